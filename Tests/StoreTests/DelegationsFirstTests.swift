import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// A cold start of a large store draws the delegations alone and reads the contacts in the
/// start-up check. Before the check nothing may look wrong that is not (no dangling references
/// for people not read yet); after it, the store must be exactly what a full load reads, whatever
/// changed in between.
@Suite("A cold start reads the delegations first, the contacts in the check")
struct DelegationsFirstTests {
    /// A store with two delegations (one naming a person who exists, one naming nobody known)
    /// and three people; no start-up cache.
    func store(_ label: String) -> TemporaryFolder {
        let folder = TemporaryFolder(label)
        folder.write("contacts/anna.toml", "name = \"Anna Berg\"\n")
        folder.write("contacts/bo.toml", "name = \"Bo Ek\"\n")
        folder.write("contacts/cai.toml", "name = \"Cai Lin\"\nname_zh = \"蔡琳\"\n")
        folder.write("delegations/hebei.toml", "title = \"Hebei group\"\nstatus = \"new\"\nlead = \"anna\"\n")
        folder.write("delegations/jiangsu.toml", "title = \"Jiangsu biogas\"\nstatus = \"new\"\nlead = \"nobody\"\n")
        return folder
    }

    func fullLoad(_ folder: TemporaryFolder) throws -> Catalog {
        let fresh = RecordStore(root: folder.path)
        try fresh.load()
        return fresh.catalog
    }

    @Test("the first catalog is the delegations alone, without rule problems; the checked one equals a full load")
    func delegationsThenContacts() throws {
        let folder = store("first")
        let store = RecordStore(root: folder.path, cacheFolder: TemporaryFolder("cache").path)
        #expect(try store.loadDelegationsFirst(minimumContacts: 3))
        #expect(store.isCheckingStartup && store.contactsFollowCheck)
        #expect(store.catalog.delegations.map(\.id) == ["hebei", "jiangsu"])
        #expect(store.catalog.contacts.isEmpty)
        // "anna" is not read yet: no problem may say she is missing.
        #expect(store.catalog.problems.isEmpty)
        #expect(store.cacheSnapshot() == nil)

        let check = try #require(store.startupCheck())
        let change = try #require(store.finishStartupCheck(check.run()))
        #expect(!store.isCheckingStartup && !store.contactsFollowCheck)
        // The people were read, not changed since the last start.
        #expect(change.changedPaths.isEmpty)
        let full = try fullLoad(folder)
        #expect(store.catalog.delegations == full.delegations)
        #expect(store.catalog.contacts == full.contacts)
        #expect(store.catalog.problems == full.problems)
        #expect(store.catalog.problems.contains { $0.file == "delegations/jiangsu.toml" && $0.message.contains("nobody") })
        #expect(store.cacheSnapshot() != nil)
    }

    @Test("files changed, added and deleted between the first frame and the check: the check reads them")
    func changedBeforeTheCheck() throws {
        let folder = store("changed")
        let store = RecordStore(root: folder.path, cacheFolder: TemporaryFolder("cache").path)
        #expect(try store.loadDelegationsFirst(minimumContacts: 1))
        folder.write("delegations/hebei.toml", "title = \"Hebei group, renamed\"\nstatus = \"reviewing\"\nlead = \"bo\"\n")
        folder.write("delegations/yunnan.toml", "title = \"Yunnan tea\"\nstatus = \"new\"\n")
        try FileManager.default.removeItem(atPath: folder.path + "/delegations/jiangsu.toml")
        folder.write("contacts/dan.toml", "name = \"Dan Wu\"\n")
        folder.write("delegations/Bad Name.toml", "title = \"X\"\n")

        let check = try #require(store.startupCheck())
        let change = try #require(store.finishStartupCheck(check.run()))
        #expect(change.changedPaths == ["delegations/hebei.toml", "delegations/jiangsu.toml", "delegations/yunnan.toml"])
        let full = try fullLoad(folder)
        #expect(store.catalog.delegations == full.delegations)
        #expect(store.catalog.contacts == full.contacts)
        #expect(store.catalog.problems == full.problems)
        #expect(store.catalog.delegation(id: "hebei")?.title == "Hebei group, renamed")
        #expect(store.catalog.contact(id: "dan") != nil)
        #expect(store.catalog.problems.contains { $0.file == "delegations/Bad Name.toml" })
    }

    @Test("a delegation that is a link inside the store has no stamp to vouch for it: the check reads it again")
    func linkedDelegation() throws {
        let folder = store("link")
        folder.write("drafts/tea.toml", "title = \"Yunnan tea\"\nstatus = \"new\"\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/delegations/tea.toml", withDestinationPath: folder.path + "/drafts/tea.toml")
        let store = RecordStore(root: folder.path, cacheFolder: TemporaryFolder("cache").path)
        #expect(try store.loadDelegationsFirst(minimumContacts: 1))
        #expect(store.catalog.delegation(id: "tea")?.title == "Yunnan tea")
        folder.write("drafts/tea.toml", "title = \"Yunnan tea, edited through the link\"\nstatus = \"new\"\n")
        let check = try #require(store.startupCheck())
        _ = store.finishStartupCheck(check.run())
        #expect(store.catalog.delegation(id: "tea")?.title == "Yunnan tea, edited through the link")
        #expect(store.catalog.delegations == (try fullLoad(folder)).delegations)
    }

    @Test("a write after the check is guarded by the version it read")
    func writeAfterTheCheck() throws {
        let folder = store("write")
        let store = RecordStore(root: folder.path, cacheFolder: TemporaryFolder("cache").path)
        #expect(try store.loadDelegationsFirst(minimumContacts: 1))
        let check = try #require(store.startupCheck())
        _ = store.finishStartupCheck(check.run())
        var cai = try #require(store.catalog.contact(id: "cai"))
        cai.role = "Engineer"
        try store.save(cai)
        #expect(folder.read("contacts/cai.toml")?.contains("role = \"Engineer\"") == true)
        // Someone else changes the delegation read before the first frame: our save is refused.
        folder.write("delegations/hebei.toml", "title = \"Hebei, by someone else\"\nstatus = \"new\"\n")
        var hebei = try #require(store.catalog.delegation(id: "hebei"))
        hebei.title = "Hebei, mine"
        #expect(throws: (any Error).self) { try store.save(hebei) }
        #expect(folder.read("delegations/hebei.toml")?.contains("someone else") == true)
    }

    @Test("fewer contact files than asked for, or a cache file present: nothing is loaded, load() does it all")
    func notForSmallStoresOrWarmStarts() throws {
        let folder = store("small")
        let small = RecordStore(root: folder.path, cacheFolder: TemporaryFolder("cache").path)
        #expect(try !small.loadDelegationsFirst(minimumContacts: 4))
        #expect(small.catalog.delegations.isEmpty && small.startupCheck() == nil)

        let cache = TemporaryFolder("cache")
        let writer = RecordStore(root: folder.path, cacheFolder: cache.path)
        try writer.load()
        writer.cacheSnapshot()?.write()
        let warm = RecordStore(root: folder.path, cacheFolder: cache.path)
        #expect(try !warm.loadDelegationsFirst(minimumContacts: 1))
        #expect(warm.catalog.delegations.isEmpty)
    }

    @Test("the store folder gone before the check: the store says so")
    func folderGone() throws {
        let folder = store("gone")
        let store = RecordStore(root: folder.path, cacheFolder: TemporaryFolder("cache").path)
        #expect(try store.loadDelegationsFirst(minimumContacts: 1))
        let check = try #require(store.startupCheck())
        try FileManager.default.removeItem(atPath: folder.path)
        let change = try #require(store.finishStartupCheck(check.run()))
        #expect(change.summary == "store folder missing")
        #expect(!store.contactsFollowCheck)
    }
}
