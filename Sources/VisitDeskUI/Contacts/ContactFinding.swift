import VisitDeskDomain

/// What lookup and sorting need for every contact, computed when a catalog arrives. Search keys
/// cost ~40 µs a contact (~110 µs more for a Chinese name's pinyin), 0.8 s CPU for 20,000
/// people: they are built on another thread so the first frame does not wait, and the first
/// lookup waits only if it comes sooner. A reload recomputes only the people it changed.
///
/// Even the demo store's 41 people are not built in place: the first search keys of a process pay
/// for Foundation's case folding and the pinyin table (~4 ms of a 24 ms demo start), which no
/// frame needs. Where the background queue never starts (tests, `snapshot`), the first reader
/// builds them on its own thread.
struct ContactFinding: Sendable {
    private var searchKeys = Deferred<SearchKeyTable>(SearchKeyTable())
    private var organisationOrder = Deferred<[Int]>([])
    var sides: [Contact.Side] = []

    init() {}

    /// - Parameters:
    ///   - nameKeys: each contact's Swedish collation key of its name, already computed for the name order.
    ///   - previous: the last catalog's finding; for every contact, its position in the last
    ///     catalog if it is unchanged there (its search keys are reused); and, when the reload
    ///     only edited people in place, what those edits touched.
    init(_ contacts: [Contact], nameKeys: CollationKeys, previous: (finding: ContactFinding, source: UnchangedPositions, edits: EditsInPlace?)?) {
        let oldKeys = previous?.finding.searchKeys
        let source = previous?.source
        searchKeys = Deferred(inBackground: true) {
            SearchKeyTable(contacts: contacts, reusing: oldKeys?.value ?? SearchKeyTable(), oldPosition: { source?[$0] })
        }
        if let previous, previous.edits?.keep(\.name) == true, previous.edits?.keep(\.organisation) == true,
           previous.edits?.keep(\.organisationZh) == true {
            // The order reads names and organisations at their positions, none of which changed.
            organisationOrder = previous.finding.organisationOrder
        } else {
            organisationOrder = Deferred(inBackground: true) {
                ContactFinding.organisationOrder(contacts, nameKeys: nameKeys)
            }
        }
        // `side` upper-cases the country: reuse what the last catalog worked out for unchanged people.
        // Through the buffer: `contacts[position].side` copied each person whole (fourteen
        // retains and releases) to read two fields, 5 % of a 100,000-contact start's index build.
        let oldSides = previous?.finding.sides ?? []
        sides = contacts.withUnsafeBufferPointer { people in
            people.indices.map { position in
                source?[position].flatMap { $0 < oldSides.count ? oldSides[$0] : nil } ?? people[position].side
            }
        }
    }

    /// Parallel to the catalog's contacts; waits for the background build if it is still running.
    var keys: SearchKeyTable { searchKeys.value }

    /// Contact indices by organisation (Swedish collation), then name; people without one last.
    var byOrganisation: [Int] { organisationOrder.value }

    /// Each distinct organisation is keyed and ranked once, and the people sorted by their
    /// organisation's rank: a store names a few hundred organisations in thousands of contacts, and
    /// a collation key per person was 100,000 arrays (11.4 MB at the start's peak) for a sort.
    static func organisationOrder(_ contacts: [Contact], nameKeys: CollationKeys) -> [Int] {
        let ranks = contacts.withUnsafeBufferPointer(organisationRanks)
        var order = Array(contacts.indices)
        contacts.withUnsafeBufferPointer { people in
            nameKeys.withBuffers { keys in
                order.sort { a, b in
                    ranks[a] != ranks[b] ? ranks[a] < ranks[b] : ContactIndex.precedes(a, b, people, keys)
                }
            }
        }
        return order
    }

    /// Each person's organisation's place in the Swedish order of all of them; organisations
    /// whose keys are equal share a place, and people without one come after everyone.
    private static func organisationRanks(_ people: UnsafeBufferPointer<Contact>) -> [Int32] {
        var distinct: [String] = []
        var numbers: [String: Int32] = [:]
        let numberOfPerson = people.map { person -> Int32 in
            guard let organisation = person.organisation ?? person.organisationZh else { return -1 }
            if let known = numbers[organisation] { return known }
            numbers[organisation] = Int32(distinct.count)
            distinct.append(organisation)
            return Int32(distinct.count - 1)
        }
        let keys = CollationKeys(names: distinct.count) { distinct[$0] }
        var rankOfNumber = [Int32](repeating: 0, count: distinct.count)
        keys.withBuffers { keys in
            let sorted = distinct.indices.sorted { keys.precedes($0, $1) ?? false }
            var rank: Int32 = 0
            for (place, number) in sorted.enumerated() {
                if place > 0, keys.precedes(sorted[place - 1], number) != nil { rank += 1 }
                rankOfNumber[number] = rank
            }
        }
        return numberOfPerson.map { $0 < 0 ? .max : rankOfNumber[Int($0)] }
    }

    /// `rows` ranked by how well each contact matches `query`, best first; rows that do not
    /// match are left out and equal scores keep the order of `rows`. An empty query keeps all.
    func ranked(_ rows: [Int], query: String) -> [Int] {
        let parsed = Matcher.Query(query)
        guard !parsed.isEmpty else { return rows }
        // The table reads each person's keys in place: no copy, retain or release per person.
        var hits = keys.scores(parsed, of: rows).enumerated().map { (row: $1.position, score: $1.score, order: $0) }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }
        return hits.map(\.row)
    }
}
