import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// Draw first, verify after: a store loaded from its start-up cache alone shows what the cache
/// held; once the folders are checked it must be exactly what a full load reads, whatever
/// happened to the files while the dashboard was closed.
@Suite("A start from the cache is checked against the folders")
struct StartupCheckTests {
    let files = [
        "contacts/anna.toml": "name = \"Anna Berg\"\n",
        "contacts/bo.toml": "name = \"Bo Ek\"\n",
        "delegations/hebei.toml": "title = \"Hebei group\"\nstatus = \"new\"\nlead = \"anna\"\n",
        "delegations/jiangsu.toml": "title = \"Jiangsu biogas\"\nstatus = \"new\"\n",
    ]

    /// A store with `files`, loaded once and its cache written "10 s from now" (nothing racy).
    func warmed(_ label: String) throws -> (TemporaryFolder, cache: TemporaryFolder) {
        let folder = TemporaryFolder(label)
        for (path, text) in files { folder.write(path, text) }
        let cache = TemporaryFolder("cache")
        let store = RecordStore(root: folder.path, cacheFolder: cache.path)
        try store.load()
        store.cacheSnapshot(now: StoreCache.now() + 10_000_000_000)?.write()
        return (folder, cache)
    }

    @Test("files changed, added and deleted while closed: the first catalog is the cache's, the checked one equals a full load")
    func changedAddedDeleted() throws {
        let (folder, cache) = try warmed("check")
        folder.write("delegations/hebei.toml", "title = \"Hebei group, renamed\"\nstatus = \"reviewing\"\nlead = \"anna\"\n")
        folder.write("delegations/yunnan.toml", "title = \"Yunnan tea\"\nstatus = \"new\"\n")
        folder.write("contacts/cai.toml", "name = \"Cai Lin\"\n")
        try FileManager.default.removeItem(atPath: folder.path + "/delegations/jiangsu.toml")
        folder.write("contacts/Bad Name.toml", "name = \"X\"\n")

        let store = RecordStore(root: folder.path, cacheFolder: cache.path)
        #expect(try store.loadFromCache())
        #expect(store.isCheckingStartup)
        // What the first frame shows: the cache, unchecked.
        #expect(store.catalog.delegation(id: "hebei")?.title == "Hebei group")
        #expect(store.catalog.delegation(id: "jiangsu") != nil)
        #expect(store.catalog.delegation(id: "yunnan") == nil)
        // Nothing unchecked may be remembered as checked.
        #expect(store.cacheSnapshot() == nil)

        let check = try #require(store.startupCheck())
        let outcome = check.run()
        let change = try #require(store.finishStartupCheck(outcome))
        #expect(!store.isCheckingStartup)
        #expect(change.changedPaths == ["contacts/cai.toml", "delegations/hebei.toml", "delegations/jiangsu.toml", "delegations/yunnan.toml"])

        let fresh = RecordStore(root: folder.path)
        try fresh.load()
        #expect(store.catalog.delegations == fresh.catalog.delegations)
        #expect(store.catalog.contacts == fresh.catalog.contacts)
        #expect(store.catalog.problems == fresh.catalog.problems)
        #expect(store.catalog.problems.contains { $0.file == "contacts/Bad Name.toml" })
        #expect(store.cacheSnapshot() != nil)
    }

    @Test("a file saved again unchanged is not a change; a folder removed while closed changes every record it held")
    func rewrittenAndRemovedFolder() throws {
        let (folder, cache) = try warmed("rewritten")
        // Same bytes, new stamp: the check reads it again and finds the contents the cache had.
        Thread.sleep(forTimeInterval: 0.01)
        folder.write("delegations/hebei.toml", files["delegations/hebei.toml"]!)
        try FileManager.default.removeItem(atPath: folder.path + "/contacts")

        let store = RecordStore(root: folder.path, cacheFolder: cache.path)
        #expect(try store.loadFromCache())
        let check = try #require(store.startupCheck())
        let change = try #require(store.finishStartupCheck(check.run()))
        #expect(change.changedPaths == ["contacts/anna.toml", "contacts/bo.toml"])
        #expect(store.filesParsedAtLoad == 1)
        #expect(store.catalog.contacts.isEmpty)
        #expect(store.catalog.delegation(id: "hebei")?.title == "Hebei group")
    }

    @Test("nothing changed while closed: the check reports nothing, so the screen is left as drawn")
    func unchanged() throws {
        let (folder, cache) = try warmed("same")
        let store = RecordStore(root: folder.path, cacheFolder: cache.path)
        #expect(try store.loadFromCache())
        let drawn = store.catalog
        #expect(store.finishStartupCheck(try #require(store.startupCheck()).run()) == nil)
        #expect(store.catalog.delegations == drawn.delegations)
        #expect(store.filesParsedAtLoad == 0)
        // The store keeps the arrays the screen was drawn from: the records are held once.
        func storage<T>(_ array: [T]) -> UnsafeRawPointer? { array.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }
        #expect(storage(store.catalog.delegations) == storage(drawn.delegations))
        #expect(storage(store.catalog.contacts) == storage(drawn.contacts))
    }

    @Test("the check itself holds the records once: with nothing changed it hands back the cache's arrays, not copies beside them")
    func checkSharesTheCachedArrays() throws {
        let (folder, cache) = try warmed("shared")
        let cached = try #require(StartupLoad.cachedRecords(cacheFile: StoreCache.file(in: cache.path, forStore: folder.path), root: folder.path))
        var phases = LoadPhases()
        let (delegations, contacts) = try StartupLoad.verify(root: folder.path, cached: cached, phases: &phases)
        func storage<T>(_ array: [T]) -> UnsafeRawPointer? { array.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) } }
        #expect(delegations.parsed == 0 && contacts.parsed == 0)
        #expect(storage(delegations.records) == storage(cached.delegations[0].records))
        #expect(storage(contacts.records) == storage(cached.contacts[0].records))

        // One file changed: that kind is built anew (exactly what a full load reads), the other still shared.
        folder.write("delegations/hebei.toml", "title = \"Hebei group, renamed\"\nstatus = \"new\"\n")
        let (changed, same) = try StartupLoad.verify(root: folder.path, cached: cached, phases: &phases)
        #expect(changed.parsed == 1)
        #expect(changed.records.map(\.title) == ["Hebei group, renamed", "Jiangsu biogas"])
        #expect(same.parsed == 0)
        #expect(storage(same.records) == storage(cached.contacts[0].records))
    }

    @Test("a write after the check is guarded by the version the check read, not the cache's")
    func writeAfterCheck() throws {
        let (folder, cache) = try warmed("write")
        folder.write("contacts/anna.toml", "name = \"Anna Borg\"\n")
        let store = RecordStore(root: folder.path, cacheFolder: cache.path)
        #expect(try store.loadFromCache())
        _ = store.finishStartupCheck(try #require(store.startupCheck()).run())
        var anna = try #require(store.catalog.contact(id: "anna"))
        #expect(anna.name == "Anna Borg")
        anna.role = "Engineer"
        try store.save(anna)
        #expect(folder.read("contacts/anna.toml")?.contains("role = \"Engineer\"") == true)
    }

    @Test("a cache smaller than the draw-first size is not drawn from: the full load shows what changed while closed")
    func smallStoreIsCheckedFirst() throws {
        let (folder, cache) = try warmed("small")
        folder.write("delegations/hebei.toml", "title = \"Hebei group, renamed\"\nstatus = \"reviewing\"\nlead = \"anna\"\n")
        let store = RecordStore(root: folder.path, cacheFolder: cache.path)
        #expect(try !store.loadFromCache(minimumRecords: RecordStore.drawFirstFromRecords))
        #expect(store.catalog.delegations.isEmpty)
        #expect(store.startupCheck() == nil)
        try store.load()
        #expect(store.catalog.delegation(id: "hebei")?.title == "Hebei group, renamed")
        #expect(store.filesParsedAtLoad == 1)
    }

    @Test("no cache: loadFromCache says so and loads nothing")
    func noCache() throws {
        let folder = TemporaryFolder("nocache")
        for (path, text) in files { folder.write(path, text) }
        let store = RecordStore(root: folder.path, cacheFolder: TemporaryFolder("cache").path)
        #expect(try !store.loadFromCache())
        #expect(store.catalog.delegations.isEmpty)
        #expect(store.startupCheck() == nil)
    }

    @Test("the store folder gone before the check: the store says so instead of showing the cache")
    func folderGone() throws {
        let (folder, cache) = try warmed("gone")
        let store = RecordStore(root: folder.path, cacheFolder: cache.path)
        #expect(try store.loadFromCache())
        let check = try #require(store.startupCheck())
        try FileManager.default.removeItem(atPath: folder.path)
        let change = try #require(store.finishStartupCheck(check.run()))
        #expect(change.summary == "store folder missing")
        #expect(store.catalog.delegations.isEmpty)
    }
}
