import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// After a change on disk the state's index is patched where it lies rather than rebuilt beside
/// the old one. Whatever changed (delegations, people, both, the day), it must be the index a
/// fresh build gives — and an index someone else still holds must not change under them.
@Suite struct CatalogIndexUpdateTests {
    static func people(_ random: inout SplitMix) -> [Contact] {
        Catalog(contacts: (0..<80).map { ContactIndexPatchTests.person($0, using: &random) }).contacts
    }

    static func edited(_ contacts: [Contact], _ random: inout SplitMix) -> [Contact] {
        var contacts = contacts
        let position = Int.random(in: 0..<contacts.count, using: &random)
        if Bool.random(using: &random) {
            contacts[position].role = "Role \(Int.random(in: 0...9, using: &random))"
        } else {
            contacts[position].name = ContactIndexPatchTests.names.randomElement(using: &random)!
        }
        return contacts
    }

    static func expectSame(_ index: CatalogIndex, _ fresh: CatalogIndex, _ catalog: Catalog, _ note: Comment) {
        DelegationIndexPatchTests.expectSame(index.visits, fresh.visits, note)
        #expect(index.visits == fresh.visits, note)
        #expect(index.visits.contactLinks.value == fresh.visits.contactLinks.value, note)
        ContactIndexPatchTests.expectSameIndex(index.people, fresh.people, catalog.contacts, note)
        #expect(index.contactByID["c0010"] == fresh.contactByID["c0010"], note)
        #expect(index.delegationByID["d-5"] == fresh.delegationByID["d-5"], note)
    }

    /// A store large enough that the filter text and the contact links are patched on another
    /// core once started — in place when nothing else holds the old ones.
    @Test(arguments: [1, 2])
    func anIndexUpdatedInPlaceIsTheOneAFreshBuildGives(seed: UInt64) {
        var random = SplitMix(seed: seed)
        var today = DelegationIndexPatchTests.today
        var catalog = Catalog(delegations: DelegationIndexPatchTests.records(2_100, &random), contacts: Self.people(&random))
        #expect(DelegationIndex.defersCorpus(catalog.delegations))
        var index = CatalogIndex(catalog: catalog, today: today)
        for round in 0..<18 {
            var next = catalog
            switch round % 6 {
            case 0: next = Catalog(delegations: catalog.delegations, contacts: Self.edited(catalog.contacts, &random))
            case 1: today = today.adding(days: 1)
            case 2: next = Catalog(delegations: DelegationIndexPatchTests.edit(catalog.delegations, count: 12, &random), contacts: catalog.contacts)
            default: next = Catalog(delegations: DelegationIndexPatchTests.edit(catalog.delegations, count: 1, &random), contacts: catalog.contacts)
            }
            // Every other round someone (a frame being drawn) still holds the old index.
            let held: CatalogIndex? = round.isMultiple(of: 2) ? index : nil
            index.update(to: next, today: today, from: (catalog, round % 6 == 1 ? today.adding(days: -1) : today))
            index.visits.filterText.start()
            index.visits.contactLinks.start()
            Self.expectSame(index, CatalogIndex(catalog: next, today: today), next, "seed \(seed), round \(round)")
            if let held {
                let before = round % 6 == 1 ? today.adding(days: -1) : today
                Self.expectSame(held, CatalogIndex(catalog: catalog, today: before), catalog, "the old index, round \(round)")
            }
            catalog = next
        }
    }

    /// A few people and a few visits changed in one reload (a burst of saves, a small pull) on a
    /// store large enough that building both halves again goes to two cores: the visits' half is
    /// patched in place all the same — built again it held 25 MB more at 50,000 delegations.
    @Test func aFewChangesToBothHalvesArePatchedNotBuiltAgain() {
        var random = SplitMix(seed: 5)
        let today = DelegationIndexPatchTests.today
        let people = (0..<2_000).map { ContactIndexPatchTests.person($0, using: &random) }
        let catalog = Catalog(delegations: DelegationIndexPatchTests.records(2_100, &random), contacts: people)
        #expect(catalog.contacts.count + catalog.delegations.count >= CatalogIndex.concurrentBuildThreshold)
        var index = CatalogIndex(catalog: catalog, today: today)
        func buffers(_ index: CatalogIndex) -> [UnsafeRawPointer?] {
            [index.visits.requestOrder, index.visits.groupOrder, index.visits.archiveOrder].map { order in
                order.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
            }
        }
        let before = buffers(index)

        var delegations = catalog.delegations
        delegations[700].notes = "Interpreter booked"
        var contacts = catalog.contacts
        contacts[40].role = "Head of unit"
        let next = Catalog(delegations: delegations, contacts: contacts)
        index.update(to: next, today: today, from: (catalog, today))
        index.visits.filterText.start()
        index.visits.contactLinks.start()

        Self.expectSame(index, CatalogIndex(catalog: next, today: today), next, "both halves changed")
        #expect(buffers(index) == before, "the visits' orders are the ones patched, not new ones")
    }
}
