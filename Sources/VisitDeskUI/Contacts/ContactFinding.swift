import VisitDeskDomain

/// What lookup and sorting need for every contact, computed when a catalog arrives: building
/// search keys costs ~110 µs a Chinese name (the pinyin transform), so a keystroke only compares
/// bytes, and a reload that changed one file recomputes the keys of that one contact.
struct ContactFinding: Sendable {
    /// Parallel to the catalog's contacts.
    var keys: [SearchKeys] = []
    var sides: [Contact.Side] = []
    /// Contact indices by organisation (Swedish collation), then name; people without one last.
    var byOrganisation: [Int] = []

    init() {}

    /// - Parameters:
    ///   - nameKeys: each contact's Swedish collation key of its name, already computed for the name order.
    ///   - previous: the last catalog's contacts and their finding, whose keys are reused for unchanged people.
    init(_ contacts: [Contact], nameKeys: [[UInt32]], previous: (contacts: [Contact], finding: ContactFinding)?) {
        keys = ContactFinding.searchKeys(contacts, previous: previous)
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

    private static func searchKeys(_ contacts: [Contact], previous: (contacts: [Contact], finding: ContactFinding)?) -> [SearchKeys] {
        guard let previous, previous.finding.keys.count == previous.contacts.count else {
            return contacts.map(SearchKeys.init(contact:))
        }
        let old = previous.contacts
        // Reloads usually keep positions; a file added or removed shifts them, so fall back to ids.
        var oldPosition: [String: Int]?
        return contacts.enumerated().map { index, contact in
            if index < old.count, old[index] == contact { return previous.finding.keys[index] }
            if oldPosition == nil {
                oldPosition = Dictionary(old.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
            }
            if let position = oldPosition?[contact.id], old[position] == contact { return previous.finding.keys[position] }
            return SearchKeys(contact: contact)
        }
    }

    /// `rows` ranked by how well each contact matches `query`, best first; rows that do not
    /// match are left out and equal scores keep the order of `rows`. An empty query keeps all.
    func ranked(_ rows: [Int], query: String) -> [Int] {
        let parsed = Matcher.Query(query)
        guard !parsed.isEmpty else { return rows }
        var hits: [(row: Int, score: Int, order: Int)] = []
        for (order, row) in rows.enumerated() where row < keys.count {
            if let score = Matcher.score(parsed, keys: keys[row]) { hits.append((row, score, order)) }
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }
        return hits.map(\.row)
    }
}
