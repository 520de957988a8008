import Foundation
import Testing
@testable import VisitDeskStore

/// Waits (in poll, like the real loop) until the watcher has reported what `until` wants, or 2 s passed.
func collect(_ watcher: StoreWatcher, until done: (WatchBatch) -> Bool) -> WatchBatch {
    var batch = WatchBatch()
    let deadline = Date().addingTimeInterval(2)
    while Date() < deadline && !done(batch) {
        var fd = pollfd(fd: watcher.fileDescriptor, events: Int16(POLLIN), revents: 0)
        _ = poll(&fd, 1, 100)
        batch.merge(watcher.drain())
    }
    return batch
}

@Suite("The store watcher", .serialized)
struct WatcherTests {
    @Test("reports a file created, modified and deleted by another program")
    func createModifyDelete() throws {
        let folder = TemporaryFolder()
        folder.write("contacts/a.toml", "name = \"A\"\n")
        let watcher = try StoreWatcher(root: folder.path)
        folder.write("contacts/b.toml", "name = \"B\"\n")
        #expect(collect(watcher) { $0.paths.contains("contacts/b.toml") }.paths.contains("contacts/b.toml"))
        folder.write("contacts/a.toml", "name = \"A2\"\n")
        #expect(collect(watcher) { $0.paths.contains("contacts/a.toml") }.paths.contains("contacts/a.toml"))
        try FileManager.default.removeItem(atPath: folder.path + "/contacts/b.toml")
        #expect(collect(watcher) { $0.paths.contains("contacts/b.toml") }.paths.contains("contacts/b.toml"))
    }

    @Test("survives an editor's rename-save and keeps reporting later saves")
    func renameSave() throws {
        let folder = TemporaryFolder()
        folder.write("delegations/x.toml", "title = \"X\"\nstatus = \"new\"\n")
        let watcher = try StoreWatcher(root: folder.path)
        for round in 1...3 {
            // What vim does with backups on: move the original aside, write a new file, delete the backup.
            let base = folder.path + "/delegations/x.toml"
            try FileManager.default.moveItem(atPath: base, toPath: base + "~")
            folder.write("delegations/x.toml", "title = \"X\(round)\"\nstatus = \"new\"\n")
            try FileManager.default.removeItem(atPath: base + "~")
            let batch = collect(watcher) { $0.paths.contains("delegations/x.toml") }
            #expect(batch.paths.contains("delegations/x.toml"), "round \(round)")
        }
    }

    @Test("a folder named like a record is a problem while it exists, and the message says so")
    func folderNamedLikeARecord() throws {
        let folder = TemporaryFolder()
        folder.write("delegations/x.toml", "title = \"X\"\nstatus = \"new\"\n")
        let store = RecordStore(root: folder.path)
        try store.load()
        let watcher = try StoreWatcher(root: folder.path)
        try FileManager.default.createDirectory(atPath: folder.path + "/delegations/odd.toml", withIntermediateDirectories: false)
        let appeared = collect(watcher) { $0.paths.contains("delegations/odd.toml") }
        #expect(appeared.paths.contains("delegations/odd.toml"))
        let change = store.apply(appeared)
        #expect(change?.summary == "delegations/odd.toml has a problem (press ! to see it)")
        #expect(store.catalog.problems.contains { $0.message.contains("a folder, not a file") })
        try FileManager.default.removeItem(atPath: folder.path + "/delegations/odd.toml")
        _ = store.apply(collect(watcher) { $0.paths.contains("delegations/odd.toml") })
        #expect(!store.catalog.problems.contains { $0.message.contains("a folder") })
        // Other sub-folders are not the store's business.
        try FileManager.default.createDirectory(atPath: folder.path + "/delegations/attachments", withIntermediateDirectories: false)
        #expect(!collect(watcher) { !$0.paths.isEmpty }.paths.contains("delegations/attachments"))
    }

    @Test("the store's parent deleted and made again: the store is found when it is back")
    func parentRecreated() throws {
        let folder = TemporaryFolder()
        let root = folder.path + "/shared/visits"
        try FileManager.default.createDirectory(atPath: root + "/delegations", withIntermediateDirectories: true)
        let watcher = try StoreWatcher(root: root)
        try FileManager.default.removeItem(atPath: folder.path + "/shared")
        _ = collect(watcher) { $0.needsRescan }
        try FileManager.default.createDirectory(atPath: root + "/delegations", withIntermediateDirectories: true)
        #expect(collect(watcher) { $0.needsRescan }.needsRescan, "the root's return asks for a rescan")
        #expect(FileManager.default.createFile(atPath: root + "/delegations/x.toml", contents: Data("title = \"X\"\n".utf8)))
        #expect(collect(watcher) { $0.paths.contains("delegations/x.toml") }.paths.contains("delegations/x.toml"))
    }

    @Test("a record folder replaced wholesale asks for a rescan")
    func folderReplaced() throws {
        let folder = TemporaryFolder()
        folder.write("contacts/a.toml", "name = \"A\"\n")
        let watcher = try StoreWatcher(root: folder.path)
        try FileManager.default.moveItem(atPath: folder.path + "/contacts", toPath: folder.path + "/contacts-old")
        folder.write("contacts-new/b.toml", "name = \"B\"\n")
        try FileManager.default.moveItem(atPath: folder.path + "/contacts-new", toPath: folder.path + "/contacts")
        #expect(collect(watcher) { $0.needsRescan }.needsRescan)
        // The new folder is watched too.
        folder.write("contacts/c.toml", "name = \"C\"\n")
        #expect(collect(watcher) { $0.paths.contains("contacts/c.toml") }.paths.contains("contacts/c.toml"))
    }

    @Test("a missing store folder that appears later is picked up")
    func folderAppears() throws {
        let folder = TemporaryFolder()
        let watcher = try StoreWatcher(root: folder.path)
        folder.write("delegations/x.toml", "title = \"X\"\nstatus = \"new\"\n")
        #expect(collect(watcher) { $0.needsRescan }.needsRescan)
    }
}

extension WatcherTests {
    @Test("templates/ is watched like the record folders: an edit is reported, a folder made later too, and neither asks for a rescan")
    func templatesWatched() throws {
        let folder = TemporaryFolder()
        let watcher = try StoreWatcher(root: folder.path)
        let template = "templates/confirmation.en.mustache"
        let steps: [(what: String, reported: String, act: () throws -> Void)] = [
            ("the folder made", "templates/", { folder.write(template, "Subject: Hello\n\nHi\n") }),
            ("a template edited", template, { folder.write(template, "Subject: Welcome\n\nHi\n") }),
            ("the folder removed", "templates/", { try FileManager.default.removeItem(atPath: folder.path + "/templates") }),
        ]
        for step in steps {
            try step.act()
            let batch = collect(watcher) { $0.paths.contains(step.reported) }
            #expect(batch.paths.contains(step.reported) && !batch.needsRescan, "\(step.what): \(batch)")
        }
    }
}
