/// "Who changed what" for one record of a shared store, read from git by the executable off the
/// main loop and shown in the detail view and the contact card. Plain text, so the UI core never
/// runs git.
public struct RecordHistorySummary: Sendable, Equatable {
    /// "Jiaman, 4 Dec 2026 14:24 — Set status of Qingdao Bank Managers to on-hold".
    public var lastChange: String
    /// One line per field, most recently changed first:
    /// "status: new → reviewing (Xina, 3 Dec) → on-hold (Jiaman, 4 Dec)".
    public var fields: [String]
    /// How many commits changed the record, and by how many people.
    public var changes: Int
    public var people: Int

    public init(lastChange: String, fields: [String], changes: Int, people: Int) {
        self.lastChange = lastChange
        self.fields = fields
        self.changes = changes
        self.people = people
    }
}

/// Asks for a record's history when its detail view or card is on top and the store is shared;
/// forgets every history when the catalog is replaced (a save, a colleague's change, a sync).
enum RecordHistoryRequests {
    static func path(onTopOf state: AppState) -> String? {
        switch state.modes.last {
        case .view(.detail(let id, _))?: return "delegations/\(id).toml"
        case .view(.contact(let id, _))?: return "contacts/\(id).toml"
        default: return nil
        }
    }

    static func due(_ state: inout AppState) -> [Effect] {
        guard state.storeIsShared, let path = path(onTopOf: state), state.historyRequested.insert(path).inserted else { return [] }
        return [.loadHistory(path: path)]
    }

    /// The "Changes" section of a page, when the store is shared.
    static func lines(for path: String, _ state: AppState) -> [LabeledLine] {
        guard state.storeIsShared else { return [] }
        var lines = [LabeledLine(label: "", value: ""), LabeledLine(label: "Changes", value: "", role: .header)]
        guard let loaded = state.histories[path] else {
            lines.append(LabeledLine(label: "", value: "reading the history…", role: .muted))
            return lines
        }
        guard let summary = loaded else {
            lines.append(LabeledLine(label: "", value: "not committed yet", role: .muted))
            return lines
        }
        let who = summary.people == 1 ? "1 person" : "\(summary.people) people"
        lines.append(LabeledLine(label: "Last", value: summary.lastChange))
        lines.append(LabeledLine(label: "", value: "\(summary.changes) change\(summary.changes == 1 ? "" : "s") by \(who)", role: .muted))
        for field in summary.fields { lines.append(LabeledLine(label: "", value: field)) }
        return lines
    }
}
