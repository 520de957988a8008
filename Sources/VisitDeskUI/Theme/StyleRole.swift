/// What a piece of text *is*, not how it looks: themes map roles to colours and attributes,
/// so panes never name a colour and a theme change never touches rendering code.
public enum StyleRole: String, CaseIterable, Sendable, Hashable {
    case normal
    case muted
    case border
    case borderFocused = "border-focused"
    case title
    case titleFocused = "title-focused"
    case selected
    case selectedUnfocused = "selected-unfocused"
    case marked
    case header
    case statusBar = "status-bar"
    case statusMessage = "status-message"
    case statusError = "status-error"
    case keyHint = "key-hint"
    case statusNew = "status-new"
    case statusReviewing = "status-reviewing"
    case statusOnHold = "status-on-hold"
    case statusConfirmed = "status-confirmed"
    case statusVisited = "status-visited"
    case statusDeclined = "status-declined"
    case statusCancelled = "status-cancelled"
    case aged
    case conflict
    case holiday
    /// A weekend day Chinese offices work (调休上班).
    case workday
    case weekend
    case today
    case visitDay = "visit-day"
    case field
    case fieldFocused = "field-focused"
    case error
    case overlay
}
