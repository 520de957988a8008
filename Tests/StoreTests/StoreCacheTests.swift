import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

@Suite("The start-up cache")
struct StoreCacheTests {
    /// A demo store plus a cache written "10 s from now", so no file counts as racily clean.
    func cachedDemo() throws -> (TemporaryFolder, TemporaryFolder, RecordStore) {
        let folder = TemporaryFolder("cached")
        let cacheFolder = TemporaryFolder("cache")
        try StoreInitializer.create(at: folder.path, demo: true, today: LocalDate(year: 2026, month: 11, day: 25))
        let first = RecordStore(root: folder.path, cacheFolder: cacheFolder.path)
        try first.load()
        #expect(first.filesParsedAtLoad == first.catalog.delegations.count + first.catalog.contacts.count)
        first.cacheSnapshot(now: StoreCache.now() + 10_000_000_000)?.write()
        return (folder, cacheFolder, first)
    }

    @Test("a second start reads no record file and gives exactly the same catalog")
    func warmStartEqualsColdStart() throws {
        let (folder, cacheFolder, first) = try cachedDemo()
        let second = RecordStore(root: folder.path, cacheFolder: cacheFolder.path)
        try second.load()
        #expect(second.filesParsedAtLoad == 0)
        #expect(second.catalog.delegations == first.catalog.delegations)
        #expect(second.catalog.contacts == first.catalog.contacts)
        #expect(second.catalog.problems == first.catalog.problems)
    }

    @Test("a file changed, added or removed since the cache was written is read from disk")
    func changesSinceTheCache() throws {
        let (folder, cacheFolder, first) = try cachedDemo()
        let id = try #require(first.catalog.contacts.first?.id)
        let original = try #require(folder.read("contacts/\(id).toml"))
        // Same size, different content: only the stamp (times, inode) can tell.
        folder.write("contacts/\(id).toml", original.replacingOccurrences(of: "name = \"", with: "name = \"X"))
        folder.write("contacts/new-person.toml", "name = \"New Person\"\n")
        try FileManager.default.removeItem(atPath: folder.path + "/contacts/" + first.catalog.contacts[1].id + ".toml")
        let second = RecordStore(root: folder.path, cacheFolder: cacheFolder.path)
        try second.load()
        #expect(second.filesParsedAtLoad == 2)
        #expect(second.catalog.contact(id: id)?.name.hasPrefix("X") == true)
        #expect(second.catalog.contact(id: "new-person") != nil)
        #expect(second.catalog.contact(id: first.catalog.contacts[1].id) == nil)
    }

    @Test("files touched just before the cache was written are not trusted")
    func racilyCleanFilesAreReread() throws {
        let folder = TemporaryFolder("racy")
        let cacheFolder = TemporaryFolder("cache")
        folder.write("contacts/a.toml", "name = \"A\"\n")
        let first = RecordStore(root: folder.path, cacheFolder: cacheFolder.path)
        try first.load()
        first.cacheSnapshot()?.write()  // written now: the file is younger than the safety window
        let second = RecordStore(root: folder.path, cacheFolder: cacheFolder.path)
        try second.load()
        #expect(second.filesParsedAtLoad == 1)
    }

    @Test("a damaged or foreign cache is ignored, never trusted")
    func damagedCache() throws {
        let (folder, cacheFolder, first) = try cachedDemo()
        let file = StoreCache.file(in: cacheFolder.path, forStore: folder.path)
        var bytes = try #require(FileManager.default.contents(atPath: file))
        bytes = bytes.prefix(bytes.count / 2)
        try bytes.write(to: URL(fileURLWithPath: file))
        let second = RecordStore(root: folder.path, cacheFolder: cacheFolder.path)
        try second.load()
        #expect(second.filesParsedAtLoad == first.catalog.delegations.count + first.catalog.contacts.count)
        #expect(second.catalog.delegations == first.catalog.delegations)
    }

    @Test("after an edit the cache holds the new version and stamp")
    func editsReachTheCache() throws {
        let (folder, cacheFolder, first) = try cachedDemo()
        var delegation = try #require(first.catalog.delegations.first)
        delegation.notes = "Edited in the dashboard"
        try first.save(delegation)
        first.cacheSnapshot(now: StoreCache.now() + 10_000_000_000)?.write()
        let second = RecordStore(root: folder.path, cacheFolder: cacheFolder.path)
        try second.load()
        #expect(second.filesParsedAtLoad == 0)
        #expect(second.catalog.delegation(id: delegation.id)?.notes == "Edited in the dashboard")
        // The version from the cache still guards writes: a save after the warm start works.
        delegation.notes = "Again"
        try second.save(delegation)
    }

    @Test("a record whose file has no stamp is left out of the cache and read from its file at the next start; the others still come from the cache")
    func recordWithoutStampIsReadAgain() throws {
        let folder = TemporaryFolder("cached")
        let cacheFolder = TemporaryFolder("cache")
        try StoreInitializer.create(at: folder.path, demo: true, today: LocalDate(year: 2026, month: 11, day: 25))
        let first = RecordStore(root: folder.path, cacheFolder: cacheFolder.path)
        try first.load()
        let unstamped = first.catalog.contacts[3]
        first.files[.contact, unstamped.id]?.stamp = nil
        let snapshot = try #require(first.cacheSnapshot(now: StoreCache.now() + 10_000_000_000))
        #expect(snapshot.recordCount == first.catalog.delegations.count + first.catalog.contacts.count - 1)
        snapshot.write()
        let second = RecordStore(root: folder.path, cacheFolder: cacheFolder.path)
        try second.load()
        #expect(second.filesParsedAtLoad == 1)
        #expect(second.catalog.contacts == first.catalog.contacts)
        #expect(second.catalog.delegations == first.catalog.delegations)
    }
}
