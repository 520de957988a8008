/// The Contacts list ranked for each query typed in a row (`e`, `er`, `eri`), kept while the list
/// they were ranked from stays the same. Backspace then goes back to a ranking already made.
///
/// An entry is only ever used with the very list (`base`: the people shown before filtering, in
/// order) it was ranked from; a new catalog clears it, since a person's keys may have changed
/// while the list kept its order.
struct TypedRankings: Sendable, Equatable {
    private struct Entry: Sendable, Equatable {
        var filter: String
        var rows: [Int]
    }

    private var base: [Int] = []
    private var entries: [Entry] = []
    /// A typed word is rarely longer; past it the oldest entries go.
    private static let limit = 32

    /// The rows ranked for `filter` from `base`, if this query was typed and ranked before.
    func rows(for filter: String, base: [Int]) -> [Int]? {
        guard base == self.base else { return nil }
        return entries.last { $0.filter == filter }?.rows
    }

    mutating func remember(_ rows: [Int], for filter: String, base: [Int]) {
        if base != self.base {
            self.base = base
            entries = []
        }
        entries.removeAll { $0.filter == filter }
        entries.append(Entry(filter: filter, rows: rows))
        if entries.count > TypedRankings.limit { entries.removeFirst() }
    }

    mutating func forget() {
        base = []
        entries = []
    }
}
