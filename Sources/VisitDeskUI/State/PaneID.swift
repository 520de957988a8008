/// The four panes, in the order Tab visits them and the digit keys 1–4 name them.
public enum PaneID: Int, CaseIterable, Sendable, Hashable {
    case requests
    case groups
    case calendar
    case contacts

    /// Exactly the titles the issue asks for; tests and users look for these words. In English:
    /// `title(in:)` gives them in the dashboard's language.
    public var title: String {
        switch self {
        case .requests: return Localization.key("Requests")
        case .groups: return Localization.key("Groups")
        case .calendar: return Localization.key("Calendar")
        case .contacts: return Localization.key("Contacts")
        }
    }

    public func title(in l10n: Localization) -> String { l10n.text(title) }

    public var next: PaneID { PaneID(rawValue: (rawValue + 1) % 4)! }
    public var previous: PaneID { PaneID(rawValue: (rawValue + 3) % 4)! }

    /// The panes that are lists of records (the calendar moves over days instead).
    public var isList: Bool { self != .calendar }
}
