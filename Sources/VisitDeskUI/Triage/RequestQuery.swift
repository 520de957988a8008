import VisitDeskDomain

/// The Requests and Groups filter: free text plus `key:value` words typed after `/`, e.g.
/// `status:new interest:camping month:2027-01 sort:size sjö`. Structured words narrow by field;
/// what is left is matched as text against titles in both scripts, organisation, origin, notes.
public struct RequestQuery: Sendable, Equatable {
    public enum Sort: String, Sendable, CaseIterable {
        /// Oldest request first: the default, so the longest-waiting is on top.
        case age
        /// Newest request first.
        case received
        /// Earliest wished date first; no wish last.
        case wished
        /// Biggest group first.
        case size
    }

    public var statuses: Set<DelegationStatus> = []
    public var direction: Direction?
    public var interests: [String] = []
    public var owner: String?
    /// Year and month whose days the wished period (earliest…latest) must touch.
    public var month: (year: Int?, month: Int)?
    public var sort: Sort?
    /// `received:<2026-11-18`: received before that day (the attention line's "waiting" list).
    public var receivedBefore: LocalDate?
    public var text = ""
    /// Words that look structured but are not understood, to say so in the title.
    public var unknown: [String] = []

    public init(_ filter: String) {
        var free: [Substring] = []
        for word in filter.split(separator: " ") {
            guard let colon = word.firstIndex(of: ":"), colon != word.startIndex else {
                free.append(word)
                continue
            }
            let key = word[..<colon].lowercased()
            let value = String(word[word.index(after: colon)...]).lowercased()
            switch key {
            case "status", "s":
                let matches = DelegationStatus.allCases.filter { $0.rawValue.hasPrefix(value) && !value.isEmpty }
                if matches.isEmpty { unknown.append(String(word)) } else { statuses.formUnion(matches) }
            case "dir", "direction":
                if let found = Direction.allCases.first(where: { $0.rawValue.hasPrefix(value) && !value.isEmpty }) {
                    direction = found
                } else { unknown.append(String(word)) }
            case "interest", "i": if !value.isEmpty { interests.append(value) }
            case "owner", "o": if !value.isEmpty { owner = value }
            case "month", "m":
                if let parsed = RequestQuery.month(value) { month = parsed } else { unknown.append(String(word)) }
            case "received":
                if value.hasPrefix("<"), let date = LocalDate(iso: value.dropFirst()) { receivedBefore = date } else { unknown.append(String(word)) }
            case "sort":
                if let found = Sort.allCases.first(where: { $0.rawValue.hasPrefix(value) && !value.isEmpty }) {
                    sort = found
                } else { unknown.append(String(word)) }
            default:
                free.append(word)
            }
        }
        text = free.joined(separator: " ")
    }

    public static func == (a: RequestQuery, b: RequestQuery) -> Bool {
        a.statuses == b.statuses && a.direction == b.direction && a.interests == b.interests && a.owner == b.owner
            && a.month?.year == b.month?.year && a.month?.month == b.month?.month && a.sort == b.sort && a.receivedBefore == b.receivedBefore
            && a.text == b.text && a.unknown == b.unknown
    }

    /// `2027-01`, `1` or `jan`: a month, of any year when none is given.
    static func month(_ value: String) -> (year: Int?, month: Int)? {
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        if let index = names.firstIndex(where: { value.hasPrefix($0) }) { return (nil, index + 1) }
        let parts = value.split(separator: "-")
        if parts.count == 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) { return (year, month) }
        if parts.count == 1, let month = Int(parts[0]), (1...12).contains(month) { return (nil, month) }
        return nil
    }

    var isStructured: Bool {
        !statuses.isEmpty || direction != nil || !interests.isEmpty || owner != nil || month != nil || sort != nil || receivedBefore != nil
    }

    /// What the pane title shows while the filter is active: the structured part, readably.
    public var summary: String {
        var parts: [String] = []
        if !statuses.isEmpty { parts.append(statuses.map(\.rawValue).sorted().joined(separator: "|")) }
        if let direction { parts.append(direction.rawValue) }
        parts += interests.map { "#" + $0 }
        if let owner { parts.append("owner " + owner) }
        if let month { parts.append("wished " + (month.year.map { "\($0)-" } ?? "") + String(format2(month.month))) }
        if let receivedBefore { parts.append("received before \(receivedBefore)") }
        if let sort { parts.append("by " + sort.rawValue) }
        if !text.isEmpty { parts.append("\"\(text)\"") }
        parts += unknown.map { "?" + $0 }
        return parts.joined(separator: " · ")
    }

    private func format2(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// `owner:me`: the coordinator's own delegations (see Coordinator).
    var ownerIsMe: Bool { owner == "me" }

    /// Whether one delegation passes the structured part (the text is matched by the corpus).
    /// `me`: the coordinator's contact id, for `owner:me` (nil: unknown, nothing is theirs).
    func admits(_ d: Delegation, contacts: (String) -> Contact?, me: String? = nil) -> Bool {
        if !statuses.isEmpty, !statuses.contains(d.status) { return false }
        if let direction, d.direction != direction { return false }
        for interest in interests where !d.interests.contains(where: { $0.hasPrefix(interest) }) { return false }
        if ownerIsMe {
            guard let me, d.owner == me else { return false }
        } else if let owner {
            guard let id = d.owner else { return false }
            let name = contacts(id)?.name.lowercased() ?? ""
            if !id.hasPrefix(owner) && !name.contains(owner) { return false }
        }
        if let month, !wishes(d, month) { return false }
        if let receivedBefore, !(d.received.map { $0 < receivedBefore } ?? false) { return false }
        return true
    }

    private func wishes(_ d: Delegation, _ month: (year: Int?, month: Int)) -> Bool {
        guard let from = d.earliest ?? d.latest, let to = d.latest ?? d.earliest else { return false }
        var day = LocalDate(year: from.year, month: from.month, day: 1)
        // Walk month by month through the wished period (a few steps: periods are weeks long).
        for _ in 0..<240 where day <= to {
            if day.month == month.month, month.year.map({ $0 == day.year }) ?? true { return true }
            day = day.adding(months: 1)
        }
        return false
    }

    /// The pane's rows: `base` (already in default order) narrowed by every part, then sorted.
    /// The corpus is asked for only when there is text to look for: it may still be building.
    func rows(base: [Int], corpus: () -> FilterCorpus, delegations: [Delegation], contacts: (String) -> Contact?, me: String? = nil) -> [Int] {
        let needle = FilterCorpus.needle(text)
        var rows = needle.isEmpty ? base : corpus().filter(base, containing: needle)
        if isStructured { rows = rows.filter { admits(delegations[$0], contacts: contacts, me: me) } }
        guard let sort, sort != .age else { return rows }
        let rank = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1, $0) })
        rows.sort { a, b in
            let (x, y) = (delegations[a], delegations[b])
            switch sort {
            case .received:
                if x.received != y.received { return (x.received ?? LocalDate(year: 1, month: 1, day: 1)) > (y.received ?? LocalDate(year: 1, month: 1, day: 1)) }
            case .wished:
                if x.earliest != y.earliest {
                    guard let ex = x.earliest else { return false }
                    guard let ey = y.earliest else { return true }
                    return ex < ey
                }
            case .size:
                if x.size != y.size { return (x.size ?? 0) > (y.size ?? 0) }
            case .age:
                break
            }
            return rank[a]! < rank[b]!
        }
        return rows
    }
}

extension RequestQuery {
    /// A list pane's rows for its filter. `narrowed`: the rows shown before a character was added
    /// to plain text, which can only shrink; a filter with `key:` words is always recomputed,
    /// since finishing a key (`status:`) widens what the bare word matched.
    static func rows(filter: String, base: [Int], narrowed: [Int]?, corpus: @autoclosure () -> FilterCorpus,
                     delegations: [Delegation], contacts: [Contact], contactByID: PositionByID<Contact>,
                     me: () -> String? = { nil }) -> [Int] {
        if filter.isEmpty { return base }
        let start = narrowed.flatMap { filter.contains(":") ? nil : $0 } ?? base
        let query = RequestQuery(filter)
        return query.rows(base: start, corpus: corpus, delegations: delegations, contacts: { id in
            contactByID[id].map { contacts[$0] }
        }, me: query.ownerIsMe ? me() : nil)
    }

    /// ` · new|reviewing · by size`, appended to the pane title while a structured filter is on.
    /// `owner:me` whose person is unknown (no identity, or no card with their e-mail) reads `?owner:me`.
    static func titleSuffix(_ filter: String, _ state: AppState) -> String {
        var query = RequestQuery(filter)
        guard query.isStructured || !query.unknown.isEmpty else { return "" }
        if query.ownerIsMe, state.me?.contactID(in: state.catalog.contacts) == nil {
            query.owner = nil
            query.unknown.append("owner:me")
        }
        return query.isStructured || !query.unknown.isEmpty ? " · " + query.summary : ""
    }
}
