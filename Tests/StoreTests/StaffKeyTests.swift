import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// `staff = true` on a contact: read from the file, kept by the start-up cache, written only when
/// it changes and without disturbing the file's comments or keys VisitDesk does not know.
@Suite struct StaffKeyTests {
    static let lina = "# our coordinator\nname = \"Lina Berg\"\nstaff = true # she owns most requests\nshoe_size = 38\n"

    @Test func staffIsReadAndSurvivesAWarmStart() throws {
        let folder = TemporaryFolder("staff")
        let cache = TemporaryFolder("cache")
        folder.write("contacts/lina-berg.toml", Self.lina)
        folder.write("contacts/li-na.toml", "name = \"Li Na\"\nname_zh = \"李娜\"\n")
        let first = RecordStore(root: folder.path, cacheFolder: cache.path)
        try first.load()
        #expect(first.catalog.contact(id: "lina-berg")?.staff == true)
        #expect(first.catalog.contact(id: "li-na")?.staff == false)
        first.cacheSnapshot(now: StoreCache.now() + 10_000_000_000)?.write()
        let second = RecordStore(root: folder.path, cacheFolder: cache.path)
        try second.load()
        #expect(second.filesParsedAtLoad == 0)
        #expect(second.catalog.contact(id: "lina-berg")?.staff == true)
    }

    @Test func savingAnotherFieldLeavesStaffAndCommentsAlone() throws {
        let folder = TemporaryFolder("staff-save")
        let store = try folder.loadedStore(["contacts/lina-berg.toml": Self.lina])
        var lina = try #require(store.catalog.contact(id: "lina-berg"))
        lina.role = "Coordinator"
        try store.save(lina)
        #expect(folder.read("contacts/lina-berg.toml") == Self.lina + "role = \"Coordinator\"\n")
        lina.staff = false
        try store.save(lina)
        let text = try #require(folder.read("contacts/lina-berg.toml"))
        #expect(!text.contains("staff"))
        #expect(text.contains("# our coordinator") && text.contains("shoe_size = 38"))
    }

    @Test func aNewStaffContactGetsTheKey() throws {
        let folder = TemporaryFolder("staff-new")
        let store = try folder.loadedStore([:])
        try store.save(Contact(id: "johan-ek", name: "Johan Ek", staff: true))
        #expect(folder.read("contacts/johan-ek.toml")?.contains("staff = true") == true)
        try store.save(Contact(id: "guest", name: "A Guest"))
        #expect(folder.read("contacts/guest.toml")?.contains("staff") == false)
    }
}
