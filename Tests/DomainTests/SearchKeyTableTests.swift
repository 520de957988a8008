import Testing
@testable import VisitDeskDomain

/// The contacts' search keys packed into shared chunks must rank exactly as each person's own
/// keys do, after any number of reloads that keep some people and change others, and must not
/// keep the keys of people who changed long ago.
@Suite struct SearchKeyTableTests {
    static let people = SwedishKeyWordsTests.people
    static let queries = SwedishKeyWordsTests.queries

    /// A table of `keys`, in order.
    static func table(_ keys: [SearchKeys]) -> SearchKeyTable {
        SearchKeyTable(count: keys.count) { keys[$0] }
    }

    /// `count` people built from the fixtures, with numbers that make each one distinct.
    static func crowd(_ count: Int, generation: Int = 0) -> [Contact] {
        (0..<count).map { n in
            var person = people[n % people.count]
            person.id += "-\(n)-\(generation)"
            person.emails.append("p\(n).g\(generation)@example.se")
            return person
        }
    }

    static func expectSameScores(_ table: SearchKeyTable, _ contacts: [Contact], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(table.count == contacts.count, sourceLocation: sourceLocation)
        for query in queries + ["p3.g", "example"] {
            let parsed = Matcher.Query(query)
            let expected = contacts.indices.compactMap { position in
                Matcher.score(parsed, keys: SearchKeys(contact: contacts[position])).map { [position, $0] }
            }
            let found = table.scores(parsed, of: contacts.indices).map { [$0.position, $0.score] }
            #expect(found == expected, "\(query)", sourceLocation: sourceLocation)
        }
    }

    @Test("a table scores every query for every person as the person's own keys do")
    func sameScoresAsOwnKeys() {
        let contacts = Self.crowd(40)
        Self.expectSameScores(SearchKeyTable(count: contacts.count) { SearchKeys(contact: contacts[$0]) }, contacts)
    }

    @Test("thousands of people fill many chunks; each is read whole, none spills into the next")
    func manyChunks() {
        let contacts = Self.crowd(3_000)
        let table = SearchKeyTable(count: contacts.count) { SearchKeys(contact: contacts[$0]) }
        #expect(table.heldBytes > 4 * SearchKeyTable.chunkBytes)
        for position in [0, 1, 255, 256, 1_500, 2_999] {
            #expect(table.scores(Matcher.Query("p\(position).g0@example.se"), of: [position]).first?.score != nil)
            #expect(table.scores(Matcher.Query("p\(position).g0@example.se"), of: contacts.indices).map(\.position) == [position])
        }
        #expect(table.scores(Matcher.Query("åsa"), of: [3_000]).first?.score == nil, "a position past the end matches nothing")
    }

    @Test("a person whose keys outgrow a chunk is kept whole in one of their own, between ordinary ones")
    func recordLargerThanAChunk() {
        var contacts = Self.crowd(200)
        // 3,000 addresses: about 90 KB of keys, more than a chunk's 16-bit ends can point into.
        for n in 0..<3_000 { contacts[100].emails.append("colleague\(n).borlange@example.se") }
        let table = SearchKeyTable(count: contacts.count) { SearchKeys(contact: contacts[$0]) }
        #expect(table.wideChunks == 1)
        Self.expectSameScores(table, contacts)
        for query in ["colleague2999.borlange", "p99.g0@example.se", "p101.g0@example.se"] {
            let expected = contacts.indices.filter { Matcher.score(Matcher.Query(query), keys: SearchKeys(contact: contacts[$0])) != nil }
            #expect(table.scores(Matcher.Query(query), of: contacts.indices).map(\.position) == expected, "\(query)")
        }
        #expect(table.scores(Matcher.Query("colleague2999.borlange"), of: contacts.indices).map(\.position) == [100])
    }

    @Test("a reload keeps the unchanged people's keys, makes the changed ones', and equals a fresh build")
    func reloadEqualsFreshBuild() {
        let before = Self.crowd(500)
        let old = SearchKeyTable(count: before.count) { SearchKeys(contact: before[$0]) }
        // Every third person changed, one in seven removed, twenty new at the end.
        var after: [Contact] = []
        var sources: [Int?] = []
        for (position, person) in before.enumerated() where position % 7 != 3 {
            if position % 3 == 0 {
                var changed = person
                changed.role = "Chef för återvinning \(position)"
                after.append(changed)
                sources.append(nil)
            } else {
                after.append(person)
                sources.append(position)
            }
        }
        after += Self.crowd(20, generation: 1)
        sources += Array(repeating: nil, count: 20)
        var made = 0
        let reloaded = SearchKeyTable(count: after.count, reusing: old, from: sources) { position in
            made += 1
            return SearchKeys(contact: after[position])
        }
        #expect(made == sources.filter { $0 == nil }.count, "only the changed and new people's keys are made")
        #expect(reloaded == SearchKeyTable(count: after.count) { SearchKeys(contact: after[$0]) })
        Self.expectSameScores(reloaded, after)
        #expect(reloaded.scores(Matcher.Query("chef"), of: [0]).first?.score != nil, "person 0 changed")
    }

    @Test("reloads that leave a few people in every old chunk do not pile up old chunks: the table holds at most twice its keys")
    func changedPeoplesKeysAreReclaimed() {
        var contacts = Self.crowd(600)
        var table = SearchKeyTable(count: contacts.count) { SearchKeys(contact: contacts[$0]) }
        // Each round leaves one more person in 37 as they are from then on and changes the rest:
        // every chunk written keeps a few people for good, so no chunk falls out on its own.
        for round in 1...12 {
            var sources: [Int?] = Array(contacts.indices)
            for position in contacts.indices where position % 37 > round {
                contacts[position].role = "Round \(round)"
                sources[position] = nil
            }
            table = SearchKeyTable(count: contacts.count, reusing: table, from: sources) { SearchKeys(contact: contacts[$0]) }
        }
        let fresh = SearchKeyTable(count: contacts.count) { SearchKeys(contact: contacts[$0]) }
        #expect(table == fresh)
        #expect(table.heldBytes <= 2 * fresh.heldBytes + SearchKeyTable.chunkBytes)
    }

    @Test("people without any keys and an empty table read as empty, not as a neighbour")
    func emptyKeys() {
        let empty = SearchKeys(names: [], swedishNames: [], initials: [], others: [], swedishOthers: [], phones: [])
        let asa = SearchKeys(contact: Self.people[0])
        let table = Self.table([empty, asa, empty])
        #expect(table.scores(Matcher.Query("åsa"), of: [0]).first?.score == nil)
        #expect(table.scores(Matcher.Query("åsa"), of: [1]).first?.score != nil)
        #expect(table.scores(Matcher.Query("åsa"), of: [2]).first?.score == nil)
        #expect(table.scores(Matcher.Query(""), of: [0]).first?.score == 0, "an empty query matches everyone")
        #expect(SearchKeyTable().scores(Matcher.Query("åsa"), of: 0..<3).isEmpty)
        #expect(table != Self.table([asa, empty, empty]))
        let kept = SearchKeyTable(count: 3, reusing: table, from: [2, 1, 0]) { _ in asa }
        #expect(kept == Self.table([empty, asa, empty]))
    }

    /// People as the dashboard's table holds them: each organisation and role kept once.
    static func sharing(_ contacts: [Contact], reusing old: SearchKeyTable = SearchKeyTable(), from sources: [Int?] = []) -> SearchKeyTable {
        SearchKeyTable(contacts: contacts, reusing: old, oldPosition: { $0 < sources.count ? sources[$0] : nil })
    }

    @Test("people who share an organisation and role share its keys, and score as their own whole keys do")
    func sharedAffiliationsScoreAsWholeKeys() {
        var contacts = Self.crowd(1_200)
        for n in stride(from: 0, to: contacts.count, by: 5) { (contacts[n].organisation, contacts[n].role) = (nil, nil) }
        contacts[7].organisationZh = "河北省商务厅"
        let table = Self.sharing(contacts)
        Self.expectSameScores(table, contacts)
        for query in ["河北", "hebei", "shangwu", "kommun", "miljöingenjör", "jiangsu bureau"] {
            let expected = contacts.indices.filter { Matcher.score(Matcher.Query(query), keys: SearchKeys(contact: contacts[$0])) != nil }
            #expect(table.scores(Matcher.Query(query), of: contacts.indices).map(\.position) == expected, "\(query)")
        }
        let whole = SearchKeyTable(count: contacts.count) { SearchKeys(contact: contacts[$0]) }
        #expect(table.heldBytes * 10 < whole.heldBytes * 7, "the shared keys are not repeated for each person")
    }

    @Test("reloads that change organisations and roles, add and remove people equal a fresh build and score alike")
    func sharedAffiliationsAcrossReloads() {
        var contacts = Self.crowd(300)
        var table = Self.sharing(contacts)
        for round in 1...6 {
            var next: [Contact] = []
            var sources: [Int?] = []
            for (position, person) in contacts.enumerated() where (position + round) % 11 != 0 {
                var person = person
                switch (position + round) % 4 {
                case 0: person.organisation = "Förbund \(round)"
                case 1 where round.isMultiple(of: 2): person.role = nil
                default:
                    next.append(person)
                    sources.append(position)
                    continue
                }
                next.append(person)
                sources.append(nil)
            }
            next += Self.crowd(7, generation: round)
            sources += Array(repeating: nil, count: 7)
            table = Self.sharing(next, reusing: table, from: sources)
            contacts = next
            #expect(table == Self.sharing(contacts), "round \(round)")
            Self.expectSameScores(table, contacts)
            #expect(table.scores(Matcher.Query("förbund \(round)"), of: contacts.indices).isEmpty == false)
        }
        let whole = SearchKeyTable(count: contacts.count, reusing: table, from: Array(contacts.indices)) { SearchKeys(contact: contacts[$0]) }
        Self.expectSameScores(whole, contacts)
    }
}
