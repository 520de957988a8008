import VisitDeskDomain

/// Which of the three calendar layouts is on screen.
public enum CalendarViewKind: String, Sendable, Equatable, CaseIterable {
    /// The month grid with the selected day's programme under it.
    case month
    /// Hours down, the seven days of the ISO week across, slots as blocks.
    case week
    /// The coming slots as a list, from the selected day on.
    case agenda
}

/// One slot on one of its days, named by record id so it survives the catalog being replaced
/// (positions shift when a file is added; ids do not). A multi-day slot has one cursor per day.
public struct SlotCursor: Sendable, Hashable {
    public var delegationID: String
    public var slot: Int
    public var day: LocalDate

    public init(delegationID: String, slot: Int, day: LocalDate) {
        self.delegationID = delegationID
        self.slot = slot
        self.day = day
    }
}

/// The calendar's position: a view, a day, the slot the cursor is on, an optional filter that
/// limits which visits it shows. (A date typed in the `:` palette jumps to it.)
public struct CalendarState: Sendable, Equatable {
    public internal(set) var view: CalendarViewKind = .month
    public internal(set) var selected: LocalDate
    public internal(set) var cursor: SlotCursor?
    public internal(set) var filter: String = ""
    /// Delegation indices the filter lets through; nil when there is no filter.
    public internal(set) var matches: Set<Int>?
    /// The calendar fills the screen body (`CalendarZoom`).
    public internal(set) var zoomed = false

    init(selected: LocalDate) {
        self.selected = selected
    }
}

extension CalendarViewKind {
    /// What the pane's title calls the view, in English (translated where it is drawn).
    var title: String {
        switch self {
        case .month: return Localization.key("month")
        case .week: return Localization.key("week")
        case .agenda: return Localization.key("agenda")
        }
    }

    /// What the status bar says after the switch.
    var viewMessage: String {
        switch self {
        case .month: return Localization.key("month view")
        case .week: return Localization.key("week view")
        case .agenda: return Localization.key("agenda view")
        }
    }
}
