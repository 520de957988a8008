import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// The programme editor's delete: the slot's own table goes; the slots after it keep their
/// comments and keys VisitDesk does not know.
@Suite struct SlotRemovalTests {
    static let file = """
    title = "Hebei Bureau of Commerce Group"
    status = "confirmed"

    [[slots]]
    start = 2026-11-26T09:00:00
    end = 2026-11-26T12:00:00
    place = "Borlänge Energi"

    [[slots]]
    # the bus leaves from the hotel
    start = 2026-11-26T13:30:00
    end = 2026-11-26T16:00:00
    place = "Science Park"
    bus = "Dalatrafik 151"

    """

    @Test func deletingTheFirstSlotKeepsTheSecondsCommentAndUnknownKey() throws {
        let folder = TemporaryFolder("slots")
        let store = try folder.loadedStore(["delegations/hebei.toml": Self.file])
        var hebei = try #require(store.catalog.delegation(id: "hebei"))
        hebei.slots.remove(at: 0)
        try store.save(hebei)
        let text = try #require(folder.read("delegations/hebei.toml"))
        #expect(text.contains("# the bus leaves from the hotel\nstart = 2026-11-26T13:30:00"), "\(text)")
        #expect(text.contains("bus = \"Dalatrafik 151\""))
        #expect(!text.contains("Borlänge Energi"))
        try store.load()
        #expect(store.catalog.delegation(id: "hebei")?.slots == hebei.slots)
    }
}
