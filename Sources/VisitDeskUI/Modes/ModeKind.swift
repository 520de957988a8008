/// What has the keyboard, by kind: a pane at the bottom of the stack, or the mode on top of it.
/// Commands name the kinds they apply in; the keymap is one dictionary per kind.
public enum ModeKind: String, CaseIterable, Sendable, Hashable {
    case requests, groups, calendar, contacts
    /// A delegation's detail view.
    case detail
    /// A contact's full card.
    case card
    /// The store's problems.
    case problems
    case form
    case conflict
    /// Which phone or email to copy.
    case chooser
    /// The `@` contact lookup.
    case lookup
    /// `/` typing into the pane's filter.
    case filter
    /// "discard changes? y/n" and other yes/no questions.
    case prompt
    case help
    case palette
    /// The season report, full screen over the panes (`R`).
    case report
    /// A delegation's programme, name list or letter before it goes out (`D`).
    case documents
    /// Every open follow-up, overdue first (`F`).
    case followUps
    /// A group's programme editor (`p`).
    case programme
    /// Files the background sync could not merge (`S`).
    case syncInbox
    /// What colleagues changed, as the syncs brought it in (`I`).
    case arrivals

    public static let panes: [ModeKind] = [.requests, .groups, .calendar, .contacts]
    public static let lists: [ModeKind] = [.requests, .groups, .contacts]
    public static let delegationLists: [ModeKind] = [.requests, .groups]
    /// Views that scroll over the panes.
    public static let views: [ModeKind] = [.detail, .card, .problems]
    /// Where the keys that mean the same everywhere (quit, help, palette, theme) work: every mode
    /// that does not take typed text.
    public static let browsing: [ModeKind] = panes + views + [.report, .documents, .followUps, .programme, .syncInbox, .arrivals]

    init(pane: PaneID) {
        switch pane {
        case .requests: self = .requests
        case .groups: self = .groups
        case .calendar: self = .calendar
        case .contacts: self = .contacts
        }
    }

    /// The pane this kind is, for the kinds at the bottom of the stack.
    var pane: PaneID? {
        switch self {
        case .requests: return .requests
        case .groups: return .groups
        case .calendar: return .calendar
        case .contacts: return .contacts
        default: return nil
        }
    }

    /// The title of the help box for this mode, in English: `title(in:)` translates it.
    public var title: String {
        if let pane { return pane.title }
        switch self {
        case .requests, .groups, .calendar, .contacts: return rawValue
        case .detail: return Localization.key("Detail")
        case .card: return Localization.key("Contact card")
        case .problems: return Localization.key("Problems")
        case .form: return Localization.key("Form")
        case .conflict: return Localization.key("Conflict")
        case .chooser: return Localization.key("Copy chooser")
        case .lookup: return Localization.key("Find a contact")
        case .filter: return Localization.key("Filter typing")
        case .prompt: return Localization.key("Question")
        case .help: return Localization.key("Help")
        case .palette: return Localization.key("Palette")
        case .report: return Localization.key("Report")
        case .documents: return Localization.key("Documents")
        case .followUps: return Localization.key("Follow-ups")
        case .programme: return Localization.key("Programme")
        case .syncInbox: return Localization.key("Sync conflicts")
        case .arrivals: return Localization.key("From colleagues")
        }
    }

    public func title(in l10n: Localization) -> String { l10n.text(title) }
}
