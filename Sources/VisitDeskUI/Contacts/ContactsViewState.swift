import VisitDeskDomain

/// Which people the Contacts pane lists: the coordinator usually wants one side of a visit,
/// the Swedish hosts or the Chinese guests, not both mixed.
public enum ContactSideFilter: Sendable, Equatable, CaseIterable {
    case all, swedish, chinese

    /// `s` cycles through the sides in this order.
    var next: ContactSideFilter {
        switch self {
        case .all: return .swedish
        case .swedish: return .chinese
        case .chinese: return .all
        }
    }

    var label: String {
        switch self {
        case .all: return Localization.key("all")
        case .swedish: return Localization.key("Swedish side")
        case .chinese: return Localization.key("Chinese side")
        }
    }

    func admits(_ side: Contact.Side) -> Bool {
        switch self {
        case .all: return true
        case .swedish: return side == .swedish
        case .chinese: return side == .chinese
        }
    }
}

/// How the Contacts pane sorts when no lookup ranks it.
public enum ContactOrder: Sendable, Equatable {
    case name, organisation

    var next: ContactOrder { self == .name ? .organisation : .name }
    var label: String { self == .name ? Localization.key("by name") : Localization.key("by organisation") }
}

/// The `@` lookup box: what was typed and the contacts it finds, best first.
public struct ContactLookup: Sendable, Equatable {
    public internal(set) var query = ""
    /// Indices into the catalog's contacts, best match first.
    public internal(set) var results: [Int] = []
    public internal(set) var cursor = 0
    public internal(set) var top = 0
    /// The contacts `results` index into; a reload replaces them and the lookup is ranked again.
    var rankedIn: [Contact] = []
    /// Set when the lookup picks who takes this person's place before they are deleted (`D`).
    var replacing: Contact?
}

/// What `y` or `Y` offers when a contact has more than one phone or email.
public struct CopyChooser: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case phone, email }

    public struct Option: Sendable, Equatable {
        /// What the row shows (`072-039 01 71  +46 72 039 01 71`).
        public var shown: String
        /// What goes to the clipboard.
        public var text: String
    }

    public var kind: Kind
    public var contactName: String
    public var options: [Option]
    public internal(set) var cursor = 0
}

/// Everything the contact features add to the dashboard's state, kept in one value so the
/// shared `AppState` grows by a single field.
public struct ContactsViewState: Sendable, Equatable {
    public internal(set) var side = ContactSideFilter.all
    public internal(set) var order = ContactOrder.name
    /// The highlighted delegation on the open contact card (Enter jumps to it).
    public internal(set) var cardCursor = 0
    /// The `/` text the list was last ranked for, so only a changed query moves the cursor.
    var rankedFilter = ""
    /// The rankings of the queries typed since the list last changed, so Backspace shows the
    /// shorter query's list again without ranking 20,000 people (5–10 ms).
    var typedRankings = TypedRankings()

    public init() {}
}
