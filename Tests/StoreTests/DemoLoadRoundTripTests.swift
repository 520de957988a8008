import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// The store's own loader reads the demo files back into exactly the values the demo was built
/// from: what the TOML says is what the demo meant, field by field.
@Suite struct DemoLoadRoundTripTests {
    @Test func loaderReadsBackTheSameRecords() throws {
        let today = LocalDate(year: 2026, month: 11, day: 25)
        let folder = TemporaryFolder("demo-roundtrip")
        for file in DemoStore.files(today: today) { folder.write(file.path, file.contents) }
        let store = RecordStore(root: folder.path)
        try store.load()
        #expect(store.catalog.problems.map(\.description) == [])

        let expected = DemoStore.catalog(today: today)
        #expect(store.catalog.settings == expected.settings)
        #expect(store.catalog.delegations.map(\.id) == expected.delegations.map(\.id))
        for (loaded, built) in zip(store.catalog.delegations, expected.delegations) {
            #expect(loaded == built, "\(built.id)")
        }
        for (loaded, built) in zip(store.catalog.contacts, expected.contacts) {
            #expect(loaded == built, "\(built.id)")
        }
    }
}
