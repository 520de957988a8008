/// One record a colleague's commit changed, among what this session's syncs brought in: who,
/// when, the commit's words and the fields that changed. Filled by the executable from git.
public struct ArrivedRecord: Sendable, Equatable {
    /// Relative to the store: `delegations/qingdao-bank.toml`.
    public var path: String
    public var author: String
    /// "4 Dec 2026 18:13".
    public var when: String
    /// The commit's subject ("Put on hold Qingdao Bank Managers: waiting for the bank").
    public var summary: String
    /// "size: 4 → 7", one per field.
    public var changes: [String]

    public init(path: String, author: String, when: String, summary: String, changes: [String]) {
        self.path = path
        self.author = author
        self.when = when
        self.summary = summary
        self.changes = changes
    }
}

/// The arrivals list (`I`): after a sync says "3 changes from Jiaman", one key lists them,
/// newest first, and Enter opens the record. Read from git when the list opens (and with `r`).
public struct ArrivalsState: Sendable, Equatable {
    public internal(set) var cursor = 0
    /// nil until git has answered.
    public internal(set) var records: [ArrivedRecord]?
}

enum Arrivals {
    /// Title, key line and a blank row above the records.
    static let headerRows = 3

    static func toggle(_ state: inout AppState) -> [Effect] {
        if case .arrivals? = state.modes.last {
            state.pop()
            return []
        }
        guard state.storeIsShared else {
            state.message = state.l10n.text("this store is not shared: nothing arrives from colleagues")
            return []
        }
        state.push(.arrivals(ArrivalsState()))
        return [.loadArrivals]
    }

    static func reload(_ state: inout AppState) -> [Effect] {
        modify(&state) { list, _ in list.records = nil }
        return [.loadArrivals]
    }

    static func receive(_ records: [ArrivedRecord], _ state: inout AppState) {
        modify(&state) { list, _ in
            list.records = records
            list.cursor = min(list.cursor, max(0, records.count - 1))
        }
    }

    static func move(_ step: Step, _ state: inout AppState) {
        modify(&state) { list, _ in
            list.cursor = Movement.target(step, current: list.cursor, count: list.records?.count ?? 0, page: 1)
        }
    }

    /// Enter: the delegation's detail or the contact's card over the list (Esc comes back).
    static func open(_ state: inout AppState) {
        guard let list = state.arrivals, let records = list.records, records.indices.contains(list.cursor) else { return }
        let path = records[list.cursor].path
        switch record(at: path) {
        case (.delegations, let id)? where state.catalog.delegation(id: id) != nil:
            state.push(.view(.detail(id: id, top: 0)))
        case (.contacts, let id)? where state.index.contactByID[id] != nil:
            ContactKeys.openCard(id, &state)
        default:
            state.message = state.l10n.format("%s is not in the store any more", path)
        }
    }

    enum Folder: String { case delegations, contacts }

    /// `delegations/qingdao-bank.toml` → (.delegations, "qingdao-bank"); nil for any other file.
    static func record(at path: String) -> (Folder, String)? {
        let parts = path.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, let folder = Folder(rawValue: parts[0]), parts[1].hasSuffix(".toml") else { return nil }
        return (folder, String(parts[1].dropLast(".toml".count)))
    }

    private static func modify(_ state: inout AppState, _ change: (inout ArrivalsState, AppState) -> Void) {
        guard let position = state.modes.lastIndex(where: { if case .arrivals = $0 { true } else { false } }),
              case .arrivals(var list) = state.modes[position] else { return }
        change(&list, state)
        state.modes[position] = .arrivals(list)
    }
}

extension AppState {
    /// The arrivals list while it is open.
    public var arrivals: ArrivalsState? {
        modes.reversed().lazy.compactMap { if case .arrivals(let list) = $0 { list } else { nil } }.first
    }
}
