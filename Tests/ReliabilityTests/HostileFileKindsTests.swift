import Dispatch
import Foundation
import Testing
import VisitDeskDomain
import VisitDeskStore
#if canImport(Glibc)
import Glibc
#endif

/// Files with a record's name that are not files, and what writes do to permissions and links.
/// Each test failed before its fix: a FIFO blocked `open` forever, writes made 0644 files owned
/// by the writer's group, the cache was world-readable, a link in the store became a file.
@Suite("hostile file kinds and permissions", .serialized)
struct HostileFileKindsTests {
    static let delegation = "title = \"Kept\"\nstatus = \"new\"\nreceived = 2026-11-01\n"

    /// Loads the store on another thread; fails (instead of hanging the run) after `seconds`.
    private func loadWithin(_ seconds: Double, _ store: RecordStore) -> Bool {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) let loading = store  // handed over: this thread does not touch it until the load ends
        Thread {
            try? loading.load()
            done.signal()
        }.start()
        return done.wait(timeout: .now() + seconds) == .success
    }

    @Test("a FIFO named *.toml in delegations/, contacts/ or as store.toml is a problem, not a hang",
          arguments: ["delegations/fifo.toml", "contacts/fifo.toml", "store.toml"])
    func fifoIsAProblem(place: String) throws {
        let folder = ScratchFolder("fifo")
        folder.write("delegations/kept.toml", Self.delegation)
        try FileManager.default.createDirectory(atPath: folder.path + "/contacts", withIntermediateDirectories: true)
        #expect(mkfifo(folder.path + "/" + place, 0o644) == 0)
        let store = RecordStore(root: folder.path)
        try #require(loadWithin(10, store), "loading blocked on the FIFO \(place)")
        #expect(store.catalog.delegation(id: "kept") != nil, "the rest of the store loads")
        if place != "store.toml" {
            let problem = store.catalog.problems.first { $0.file == place }
            #expect(problem?.message.contains("FIFO") == true, "\(store.catalog.problems)")
        }
    }

    @Test("a cache path that is a FIFO or a device is ignored: the store loads from its files")
    func hostileCachePath() throws {
        for kind in ["fifo", "device"] {
            let folder = ScratchFolder("cache-\(kind)")
            folder.write("delegations/kept.toml", Self.delegation)
            let cacheFolder = folder.path + "/cache"
            try FileManager.default.createDirectory(atPath: cacheFolder, withIntermediateDirectories: true)
            let cacheFile = StoreCache.file(in: cacheFolder, forStore: folder.path)
            if kind == "fifo" { #expect(mkfifo(cacheFile, 0o600) == 0) } else { try FileManager.default.createSymbolicLink(atPath: cacheFile, withDestinationPath: "/dev/zero") }
            let store = RecordStore(root: folder.path, cacheFolder: cacheFolder)
            try #require(loadWithin(10, store), "loading blocked on the cache (\(kind))")
            #expect(store.catalog.delegation(id: "kept") != nil)
        }
    }

    @Test("a write keeps the file's mode (0600 stays 0600, 0664 stays 0664)", arguments: [0o600, 0o664, 0o640] as [mode_t])
    func writeKeepsMode(mode: mode_t) throws {
        let folder = ScratchFolder("mode")
        folder.write("delegations/kept.toml", Self.delegation)
        let path = folder.path + "/delegations/kept.toml"
        #expect(chmod(path, mode) == 0)
        let store = RecordStore(root: folder.path)
        try store.load()
        var delegation = try #require(store.catalog.delegation(id: "kept"))
        delegation.status = .reviewing
        _ = try store.save(delegation)
        var info = stat()
        #expect(stat(path, &info) == 0)
        #expect(info.st_mode & 0o7777 == mode, "mode \(String(info.st_mode & 0o7777, radix: 8)) after the write")
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("status = \"reviewing\""))
    }

    @Test("a new record takes its siblings' mode")
    func newFileTakesSiblingMode() throws {
        let folder = ScratchFolder("newmode")
        folder.write("delegations/kept.toml", Self.delegation)
        #expect(chmod(folder.path + "/delegations/kept.toml", 0o600) == 0)
        let store = RecordStore(root: folder.path)
        try store.load()
        _ = try store.save(Delegation(id: "fresh", title: "Fresh", received: LocalDate(year: 2026, month: 11, day: 2)))
        var info = stat()
        #expect(stat(folder.path + "/delegations/fresh.toml", &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test("an import's new contacts take their private siblings' mode too (saveAll works the folder's convention out once)")
    func importedContactsTakeSiblingMode() throws {
        let folder = ScratchFolder("newmode-all")
        folder.write("contacts/kept.toml", "name = \"Kept\"\n")
        #expect(chmod(folder.path + "/contacts/kept.toml", 0o600) == 0)
        let store = RecordStore(root: folder.path)
        try store.load()
        let fresh = (1...3).map { Contact(id: "fresh-\($0)", name: "Fresh \($0)") }
        #expect(store.saveAll(fresh).isEmpty)
        for contact in fresh {
            var info = stat()
            #expect(stat(folder.path + "/contacts/\(contact.id).toml", &info) == 0)
            #expect(info.st_mode & 0o777 == 0o600, "\(contact.id): \(String(info.st_mode & 0o777, radix: 8))")
        }
    }

    @Test("the start-up cache is private: folder 0700, file 0600")
    func cacheIsPrivate() throws {
        let folder = ScratchFolder("cacheperm")
        folder.write("delegations/kept.toml", Self.delegation)
        let cacheFolder = folder.path + "/cache/visitdesk"
        let store = RecordStore(root: folder.path, cacheFolder: cacheFolder)
        try store.load()
        store.cacheSnapshot()?.write()
        var info = stat()
        #expect(stat(cacheFolder, &info) == 0)
        #expect(info.st_mode & 0o777 == 0o700)
        #expect(stat(StoreCache.file(in: cacheFolder, forStore: folder.path), &info) == 0)
        #expect(info.st_mode & 0o777 == 0o600)
    }

    @Test("writing a record that is a link inside the store writes through the link")
    func writeThroughLink() throws {
        let folder = ScratchFolder("link")
        folder.write("archive/kept.toml", Self.delegation)
        try FileManager.default.createDirectory(atPath: folder.path + "/delegations", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/delegations/kept.toml", withDestinationPath: "../archive/kept.toml")
        let store = RecordStore(root: folder.path)
        try store.load()
        var delegation = try #require(store.catalog.delegation(id: "kept"))
        delegation.status = .reviewing
        _ = try store.save(delegation)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path + "/delegations/kept.toml")
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink, "the link is still a link")
        #expect(try String(contentsOfFile: folder.path + "/archive/kept.toml", encoding: .utf8).contains("status = \"reviewing\""))
    }
}
