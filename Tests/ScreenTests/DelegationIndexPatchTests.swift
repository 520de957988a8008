import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// After a file changes on disk the dashboard patches its delegation index instead of rebuilding
/// it. A patch that drifts from a fresh build shows a group in the wrong place, a slot on the
/// wrong day or a conflict that is gone; so every field must equal a fresh build's, after any edits.
@Suite struct DelegationIndexPatchTests {
    static let today = LocalDate(year: 2026, month: 11, day: 25)
    static let contacts = ["erik", "asa", "lina", "wang-fang", "zhang-wei"]
    static let places = ["Borlänge", "borlänge ", "Hall B", "Käppala verket", ""]
    static let statuses = DelegationStatus.allCases

    static func slot(_ random: inout SplitMix) -> Slot {
        let day = today.adding(days: Int.random(in: -20...20, using: &random))
        let quarter = Int.random(in: 32..<72, using: &random)
        let length = Int.random(in: -1...12, using: &random) + (Int.random(in: 0..<12, using: &random) == 0 ? 200 : 0)
        func at(_ q: Int) -> LocalDateTime {
            LocalDateTime(date: day.adding(days: q / 96), time: LocalTime(hour: q % 96 / 4, minute: q % 4 * 15))
        }
        return Slot(start: at(quarter), end: at(quarter + length), place: places.randomElement(using: &random)!,
                    host: [nil, "erik", "asa", "lina"].randomElement(using: &random)!, topic: "tour")
    }

    static func received(_ random: inout SplitMix) -> LocalDate? {
        Int.random(in: 0..<5, using: &random) == 0 ? nil : today.adding(days: -Int.random(in: 0...9, using: &random))
    }

    static func delegation(_ id: String, _ random: inout SplitMix) -> Delegation {
        Delegation(id: id, title: "Delegation \(id)", titleZh: Bool.random(using: &random) ? "代表团" : nil,
                   status: statuses.randomElement(using: &random)!, direction: Bool.random(using: &random) ? .inbound : .outbound,
                   received: received(&random), lead: contacts.randomElement(using: &random),
                   owner: Bool.random(using: &random) ? contacts.randomElement(using: &random) : nil,
                   members: Array(contacts.shuffled(using: &random).prefix(Int.random(in: 0...2, using: &random))),
                   notes: Bool.random(using: &random) ? "Åsa väntar" : "",
                   slots: (0..<Int.random(in: 0...3, using: &random)).map { _ in slot(&random) })
    }

    static func edited(_ d: Delegation, _ random: inout SplitMix) -> Delegation {
        var d = d
        switch Int.random(in: 0..<7, using: &random) {
        case 0: d.status = statuses.randomElement(using: &random)!
        case 1: d.slots = (0..<Int.random(in: 0...3, using: &random)).map { _ in slot(&random) }
        case 2 where !d.slots.isEmpty: d.slots[0].host = [nil, "erik", "asa", "zhang-wei"].randomElement(using: &random)!
        case 3 where !d.slots.isEmpty: d.slots[d.slots.count - 1].place = places.randomElement(using: &random)!
        case 4: d.received = received(&random)
        case 5: d.title = "Renamed \(Int.random(in: 0...99, using: &random)) Öberg"
        default: d.lead = contacts.randomElement(using: &random)
        }
        return d
    }

    /// Applies up to `count` random inserts, removals and edits to the catalog's delegations.
    static func edit(_ delegations: [Delegation], count: Int, _ random: inout SplitMix) -> [Delegation] {
        var byID = Dictionary(uniqueKeysWithValues: delegations.map { ($0.id, $0) })
        for _ in 0..<count {
            let id = "d-\(Int.random(in: 0..<90, using: &random))"
            switch (byID[id], Int.random(in: 0..<4, using: &random)) {
            case (nil, _): byID[id] = delegation(id, &random)
            case (_?, 0): byID[id] = nil
            case (let d?, _): byID[id] = edited(d, &random)
            }
        }
        return byID.values.sorted { $0.id < $1.id }
    }

    /// `count` random records in id order, as a catalog holds them.
    static func records(_ count: Int, _ random: inout SplitMix) -> [Delegation] {
        (0..<count).map { delegation("d-\($0)", &random) }.sorted { $0.id < $1.id }
    }

    static func expectSame(_ patched: DelegationIndex, _ fresh: DelegationIndex, _ note: Comment) {
        #expect(patched.requestOrder == fresh.requestOrder, note)
        #expect(patched.groupOrder == fresh.groupOrder, note)
        #expect(patched.slotsByDay == fresh.slotsByDay, note)
        #expect(patched.groupSlot == fresh.groupSlot, note)
        #expect(patched.newRequestCount == fresh.newRequestCount, note)
        #expect(patched.groupsThisMonth == fresh.groupsThisMonth, note)
        #expect(patched.corpus == fresh.corpus, note)
        #expect(patched.contactLinks == fresh.contactLinks, note)
        #expect(patched.schedule.entries == fresh.schedule.entries, note)
        #expect(patched.schedule.conflicts == fresh.schedule.conflicts, note)
        #expect(patched.schedule.conflictsByDelegation == fresh.schedule.conflictsByDelegation, note)
        #expect(patched.schedule.conflictDays == fresh.schedule.conflictDays, note)
        // Whatever the field-by-field checks above miss; the whole index would drown the report.
        let same = patched == fresh
        #expect(same, note)
    }

    @Test(arguments: [11, 12, 13]) func patchedIndexEqualsAFreshBuildAfterRandomEdits(seed: UInt64) {
        var random = SplitMix(seed: seed)
        var delegations = Self.records(60, &random)
        var index = DelegationIndex(delegations, today: Self.today)
        var conflictsSeen = 0
        for round in 0..<80 {
            // Mostly one file at a time, as a coordinator saves; now and then a sync of many.
            let edits = round % 8 == 7 ? Int.random(in: 10...40, using: &random) : 1
            let next = Self.edit(delegations, count: edits, &random)
            // The patch, not the fallback to a full build, is what is under test.
            #expect(RecordDiff(from: delegations, to: next, limit: DelegationIndex.patchLimit) != nil)
            index = DelegationIndex(next, today: Self.today, previous: (delegations, index))
            let fresh = DelegationIndex(next, today: Self.today)
            Self.expectSame(index, fresh, "seed \(seed), round \(round)")
            if index != fresh { return }
            conflictsSeen += fresh.schedule.conflicts.count
            delegations = next
        }
        #expect(conflictsSeen > 0)
    }

    /// A large store builds its filter text after the first frame, and each patch builds the next
    /// from the last one still unbuilt: the text a filter finally reads equals a fresh build's.
    @Test func deferredFilterTextOfALargeStoreAgreesAfterPatches() {
        var random = SplitMix(seed: 31)
        var delegations = Self.records(2_100, &random)
        #expect(DelegationIndex.defersCorpus(delegations))
        var index = DelegationIndex(delegations, today: Self.today)
        for _ in 0..<6 {
            let next = Self.edit(delegations, count: 3, &random)
            index = DelegationIndex(next, today: Self.today, previous: (delegations, index))
            delegations = next
        }
        let fresh = FilterCorpus(count: delegations.count, fields: DelegationIndex.searchFields(delegations))
        #expect(index.corpus == fresh)
        let needle = FilterCorpus.needle("öberg")
        #expect(index.corpus.filter(Array(delegations.indices), containing: needle)
                == delegations.indices.filter { delegations[$0].title.contains("Öberg") || delegations[$0].notes.contains("Öberg") })
    }

    /// The dashboard lets go of the old index before the patched text is made: the old text is
    /// then changed in place. An old index someone still holds keeps its own text, unchanged.
    @Test func filterTextIsPatchedInPlaceOnlyWhenTheOldIndexIsGone() {
        var random = SplitMix(seed: 43)
        var delegations = Self.records(2_100, &random)
        var index = DelegationIndex(delegations, today: Self.today)
        for round in 0..<4 {
            _ = index.corpus
            let next = Self.edit(delegations, count: 3, &random)
            let patched = DelegationIndex(next, today: Self.today, previous: (delegations, index))
            if round % 2 == 0 {
                // Still held (a copy of the state): the patch must copy, and the old text stays readable.
                patched.filterText.start()
                #expect(patched.corpus == FilterCorpus(count: next.count, fields: DelegationIndex.searchFields(next)))
                #expect(index.corpus == FilterCorpus(count: delegations.count, fields: DelegationIndex.searchFields(delegations)))
            }
            index = patched
            index.filterText.start()
            delegations = next
            #expect(index.corpus == FilterCorpus(count: delegations.count, fields: DelegationIndex.searchFields(delegations)), "round \(round)")
        }
    }

    /// A large store builds its contact links after the first frame too; a card drawn sooner
    /// scans for its one person, and must list what the finished table lists, in its order.
    @Test func deferredContactLinksAgreeWithTheTableBeforeAndAfterPatches() {
        var random = SplitMix(seed: 37)
        var delegations = Self.records(2_100, &random)
        var index = DelegationIndex(delegations, today: Self.today)
        for _ in 0..<4 {
            let next = Self.edit(delegations, count: 3, &random)
            index = DelegationIndex(next, today: Self.today, previous: (delegations, index))
            delegations = next
        }
        let table = ContactLinks(delegations)
        for id in Self.contacts + ["nobody"] {
            #expect(ContactLinks.scan(for: id, in: delegations) == table.links(of: id, in: delegations), "\(id)")
            #expect(index.contactLinks.links(of: id) == table.links(of: id, in: delegations), "\(id)")
        }
        #expect(index.contactLinks.value == table)
        #expect(!table.links(of: "erik", in: delegations).isEmpty)
    }

    @Test func manyChangesAtOnceRebuildAndStillAgree() {
        var random = SplitMix(seed: 5)
        let delegations = Self.records(80, &random)
        let next = delegations.map { Self.edited($0, &random) }
        let index = DelegationIndex(next, today: Self.today, previous: (delegations, DelegationIndex(delegations, today: Self.today)))
        Self.expectSame(index, DelegationIndex(next, today: Self.today), "every record edited")
    }

    @Test func aSecondRecordWithTheSameIdStillAgrees() {
        var random = SplitMix(seed: 8)
        let delegations = Self.records(20, &random)
        var twin = Self.edited(delegations[5], &random)
        twin.title = "Twin"
        var next = delegations
        next.insert(twin, at: 6)
        let index = DelegationIndex(next, today: Self.today, previous: (delegations, DelegationIndex(delegations, today: Self.today)))
        Self.expectSame(index, DelegationIndex(next, today: Self.today), "duplicate id")
    }

    /// What the coordinator sees: every pane and a contact card drawn from a patched index match
    /// the same screens drawn after a full rebuild.
    @Test func screensFromAPatchedIndexMatchAFreshOne() {
        var random = SplitMix(seed: 21)
        let people = Self.contacts.map { Contact(id: $0, name: $0.capitalized) }
        var delegations = Self.records(50, &random)
        var state = AppState(catalog: Catalog(delegations: delegations, contacts: people), size: TerminalSize(width: 120, height: 40),
                             today: Self.today)
        for round in 0..<20 {
            delegations = Self.edit(delegations, count: round % 5 == 4 ? 12 : 1, &random)
            state.catalog = Catalog(delegations: delegations, contacts: people)
            var rebuilt = state
            rebuilt.reindex()
            for key in [Key.character("1"), .character("2"), .character("3"), .character("4"), .enter] {
                _ = update(&state, .key(key))
                _ = update(&rebuilt, .key(key))
                #expect(render(state) == render(rebuilt), "round \(round), after \(key)")
            }
            _ = update(&state, .key(.escape))
        }
    }
}
