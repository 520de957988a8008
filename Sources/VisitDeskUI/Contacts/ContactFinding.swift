import VisitDeskDomain

/// What lookup and sorting need for every contact, computed when a catalog arrives. Search keys
/// cost ~40 µs a contact (~110 µs more for a Chinese name's pinyin), 0.8 s CPU for 20,000
/// people: a large store builds them on another thread so the first frame does not wait, and the
/// first lookup waits only if it comes sooner. A reload recomputes only the people it changed.
struct ContactFinding: Sendable {
    private var table = SearchKeyTable(contacts: [], previous: nil)
    var sides: [Contact.Side] = []
    /// Contact indices by organisation (Swedish collation), then name; people without one last.
    var byOrganisation: [Int] = []

    init() {}

    /// - Parameters:
    ///   - nameKeys: each contact's Swedish collation key of its name, already computed for the name order.
    ///   - previous: the last catalog's contacts and their finding, whose keys are reused for unchanged people.
    init(_ contacts: [Contact], nameKeys: [[UInt32]], previous: (contacts: [Contact], finding: ContactFinding)?) {
        table = SearchKeyTable(contacts: contacts, previous: previous.map { ($0.contacts, $0.finding.table) })
        sides = contacts.map(\.side)
        let organisationKeys = contacts.map { contact in
            (contact.organisation ?? contact.organisationZh).map(SwedishCollation.key)
        }
        byOrganisation = Array(contacts.indices)
        byOrganisation.sort { a, b in
            switch (organisationKeys[a], organisationKeys[b]) {
            case let (x?, y?) where x != y: return x.lexicographicallyPrecedes(y)
            case (_?, nil): return true
            case (nil, _?): return false
            default: return SwedishCollation.precedes((nameKeys[a], contacts[a].name), (nameKeys[b], contacts[b].name))
            }
        }
    }

    /// Parallel to the catalog's contacts; waits for the background build if it is still running.
    var keys: [SearchKeys] { table.keys }

    /// `rows` ranked by how well each contact matches `query`, best first; rows that do not
    /// match are left out and equal scores keep the order of `rows`. An empty query keeps all.
    func ranked(_ rows: [Int], query: String) -> [Int] {
        let parsed = Matcher.Query(query)
        guard !parsed.isEmpty else { return rows }
        let keys = self.keys
        var hits: [(row: Int, score: Int, order: Int)] = []
        for (order, row) in rows.enumerated() where row < keys.count {
            if let score = Matcher.score(parsed, keys: keys[row]) { hits.append((row, score, order)) }
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }
        return hits.map(\.row)
    }
}
