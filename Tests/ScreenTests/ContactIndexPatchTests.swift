import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// A reload that changes a few people patches the contact index instead of re-sorting everyone;
/// whatever the edits, the patched index must be the one a fresh build gives.
@Suite struct ContactIndexPatchTests {
    static let names = ["Åsa Öberg", "Anna Berg", "Zhang Wei", "Örjan Ek", "Ärla Sund", "anna berg", "Bo Ek", "Li Na", "Émile Roux", "Zoe\u{308} Lind"]
    static let organisations: [String?] = ["Tekniska verken", "Ålands bank", nil, "河北省商务厅", "Boliden", "Älvsbyhus"]

    static func person(_ id: Int, using random: inout SplitMix) -> Contact {
        Contact(
            id: String(format: "c%04d", id),
            name: names.randomElement(using: &random)! + (Bool.random(using: &random) ? " \(id % 7)" : ""),
            nameZh: Bool.random(using: &random) ? "张伟" : nil,
            country: Bool.random(using: &random) ? "SE" : "CN",
            organisation: organisations.randomElement(using: &random)!,
            topics: Bool.random(using: &random) ? ["waste-water"] : ["mining", "banking"]
        )
    }

    static func expectSameIndex(_ patched: ContactIndex, _ fresh: ContactIndex, _ contacts: [Contact], _ note: Comment) {
        #expect(patched.order.map { contacts[$0].id } == fresh.order.map { contacts[$0].id }, note)
        #expect(patched.finding.sides == fresh.finding.sides, note)
        #expect(patched.finding.byOrganisation == fresh.finding.byOrganisation, note)
        #expect(patched.finding.keys == fresh.finding.keys, note)
        #expect(patched.byTopic == fresh.byTopic, note)
    }

    @Test(arguments: [1, 2, 3, 4])
    func randomEditsGiveTheIndexAFreshBuildGives(seed: UInt64) {
        var random = SplitMix(seed: seed)
        var byID: [Int: Contact] = [:]
        for id in stride(from: 0, to: 120, by: 2) { byID[id] = Self.person(id, using: &random) }
        var contacts = Catalog(contacts: Array(byID.values)).contacts
        var index = ContactIndex(contacts)
        for round in 0..<60 {
            // Mostly one edit, as after an editor's save; sometimes a burst, as after `git pull`.
            let edits = round.isMultiple(of: 10) ? Int.random(in: 2...20, using: &random) : 1
            for _ in 0..<edits {
                let id = Int.random(in: 0..<140, using: &random)
                switch Int.random(in: 0..<8, using: &random) {
                case 0: byID[id] = nil
                case 1: byID[id]?.name = Self.names.randomElement(using: &random)!
                // Edits that keep the name where it stands, as most saves do.
                case 2: byID[id]?.organisation = Self.organisations.randomElement(using: &random)!
                case 3: byID[id]?.topics = Bool.random(using: &random) ? ["composting"] : []
                case 4: byID[id]?.country = Bool.random(using: &random) ? "SE" : "CN"
                case 5: byID[id]?.role = "Role \(round)"
                default: byID[id] = Self.person(id, using: &random)
                }
            }
            let next = Catalog(contacts: Array(byID.values)).contacts
            let patched = ContactIndex(next, previous: (contacts, index))
            Self.expectSameIndex(patched, ContactIndex(next), next, "seed \(seed), round \(round)")
            (contacts, index) = (next, patched)
        }
    }

    /// A role or a phone number edited in a file: nobody moves, so the name order is the last
    /// one, shared rather than rebuilt (at 100,000 people a copy is 3.8 MB more at the reload).
    @Test func anEditThatKeepsEveryNameKeepsTheOrderItself() {
        var random = SplitMix(seed: 9)
        let contacts = Catalog(contacts: (0..<50).map { Self.person($0, using: &random) }).contacts
        let index = ContactIndex(contacts)
        var edited = contacts
        edited[7].role = "Environmental engineer"
        edited[31].organisation = "Boliden"
        let patched = ContactIndex(edited, previous: (contacts, index))
        Self.expectSameIndex(patched, ContactIndex(edited), edited, "role and organisation edited")
        let shared = index.order.withUnsafeBufferPointer { old in patched.order.withUnsafeBufferPointer { $0.baseAddress == old.baseAddress } }
        #expect(shared)
        // A new name at the same place is sorted again.
        var renamed = edited
        renamed[7].name = "Östen Ahl"
        let resorted = ContactIndex(renamed, previous: (edited, patched))
        Self.expectSameIndex(resorted, ContactIndex(renamed), renamed, "renamed")
        #expect(resorted.order.last.map { renamed[$0].name } == "Östen Ahl")
    }

    @Test func aRenamedPersonMovesToTheirNewPlaceInTheList() {
        let contacts = Catalog(contacts: [
            Contact(id: "a", name: "Anna Berg"), Contact(id: "b", name: "Bo Ek"), Contact(id: "c", name: "Örjan Ek"),
        ]).contacts
        let index = ContactIndex(contacts)
        var renamed = contacts
        renamed[0].name = "Östen Ahl"
        let patched = ContactIndex(renamed, previous: (contacts, index))
        // Swedish order: ö after z, and "Ör" before "Ös".
        #expect(patched.order.map { renamed[$0].name } == ["Bo Ek", "Örjan Ek", "Östen Ahl"])
    }
}

/// A store opening builds the two halves of the index on two cores; the result must be the one
/// a single thread builds.
@Suite struct ConcurrentIndexBuildTests {
    @Test func bothHalvesBuiltSideBySideEqualTheOnesBuiltInTurn() {
        var random = SplitMix(seed: 11)
        let contacts = (0..<3_000).map { ContactIndexPatchTests.person($0, using: &random) }
        let delegations = (0..<1_500).map { DelegationIndexPatchTests.delegation(String(format: "d%05d", $0), &random) }
        let catalog = Catalog(delegations: delegations, contacts: contacts)
        #expect(catalog.contacts.count + catalog.delegations.count >= CatalogIndex.concurrentBuildThreshold)
        let today = LocalDate(year: 2026, month: 11, day: 25)
        let index = CatalogIndex(catalog: catalog, today: today)
        ContactIndexPatchTests.expectSameIndex(index.people, ContactIndex(catalog.contacts), catalog.contacts, "contacts")
        #expect(index.visits == DelegationIndex(catalog.delegations, today: today, previous: nil))
    }
}
