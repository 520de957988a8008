import VisitDeskDomain

/// Everything triage adds to the dashboard's state.
public struct TriageState: Sendable {
    /// Delegation ids marked with Space; the next action applies to all of them.
    public internal(set) var marked: Set<String> = []
    public internal(set) var form: Form?
    /// A refused write waiting for the coordinator's choice; covers the panes.
    public internal(set) var conflict: WriteConflict?
    public internal(set) var history = UndoHistory()
    /// Contact search keys for contact fields, computed once per set of contacts (the pinyin
    /// transform is too slow to run per keystroke).
    var contactKeys = ContactKeyCache()

    public init() {}
}

/// The contacts' search keys, rebuilt only when the contacts themselves change.
struct ContactKeyCache: Sendable {
    private var contacts: [Contact] = []
    private var keys: [SearchKeys] = []

    mutating func keys(for current: [Contact]) -> [SearchKeys] {
        // Array == checks buffer identity first: an unchanged catalog costs nothing here.
        if current != contacts || keys.count != current.count {
            contacts = current
            keys = current.map(SearchKeys.init(contact:))
        }
        return keys
    }
}
