/// One line of a breakdown: a key (a status word, an interest tag, a host's contact id), what to
/// call it, how many delegations and people it stands for, and which delegations — so every
/// figure can be traced back to the records behind it.
public struct ReportRow: Hashable, Sendable {
    /// The stable key, as written in the store (`waste-water`, `erik-sjoberg`, `on-hold`).
    public var key: String
    /// What a person reads: a contact's name, a month's name; the key when there is nothing better.
    public var label: String
    /// A second label in Chinese, when the store has one (a host's `name_zh`).
    public var labelZh: String?
    /// The delegation ids behind the row, in id order, each once.
    public var ids: [String]
    /// The sum of the positive sizes of those delegations.
    public var people: Int

    public var count: Int { ids.count }

    public init(key: String, label: String? = nil, labelZh: String? = nil, ids: [String] = [], people: Int = 0) {
        self.key = key
        self.label = label ?? key
        self.labelZh = labelZh
        self.ids = ids
        self.people = people
    }
}

/// Collects delegations under keys and hands back rows, largest first.
struct Tally {
    private var rows: [String: ReportRow] = [:]
    private var lastID: [String: String] = [:]

    /// Adds `delegation` under `key` once, however often it is added — as long as all of one
    /// delegation's keys are added before the next delegation's (the report walks them in turn).
    mutating func add(_ key: String, _ delegation: Delegation, label: @autoclosure () -> String? = nil, labelZh: @autoclosure () -> String? = nil) {
        if lastID[key] == delegation.id { return }
        lastID[key] = delegation.id
        if rows[key] == nil { rows[key] = ReportRow(key: key, label: label(), labelZh: labelZh()) }
        rows[key]!.ids.append(delegation.id)
        rows[key]!.people += SeasonReport.people(in: delegation)
    }

    /// Rows by count (most first), then by key, so equal counts list the same way every time.
    var sortedByCount: [ReportRow] {
        finished.sorted { ($0.count, $1.key) > ($1.count, $0.key) }
    }

    /// Rows in the order of `keys`, with an empty row for a key nothing was added under.
    func inOrder(_ keys: [(key: String, label: String)]) -> [ReportRow] {
        let done = Dictionary(uniqueKeysWithValues: finished.map { ($0.key, $0) })
        return keys.map { done[$0.key] ?? ReportRow(key: $0.key, label: $0.label) }
    }

    private var finished: [ReportRow] {
        rows.values.map { row in
            var row = row
            row.ids.sort()
            return row
        }
    }
}
