import Foundation
import Testing
import VisitDeskDomain
import VisitDeskStore

/// A store on a read-only folder or a full disk: the program must say so plainly and never
/// damage what is on disk. These tests need root (mount) or util-linux (setpriv); where the
/// machine does not allow that they say why and pass without checking.
@Suite("read-only store and full disk", .serialized)
struct EnvironmentTests {
    @Test("a store the user cannot write opens read-only and refuses changes with a clear message")
    func readOnlyForAnotherUser() throws {
        guard getuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            print("skipped: needs root and setpriv to run visitdesk as the user nobody")
            return
        }
        let folder = ScratchFolder("readonly")
        let root = folder.path + "/store"
        try #require(try Subprocess.visitdesk(["init", root, "--demo", "--today", "2026-11-25"]).status == 0)
        let target = try #require(try StoreAudit.take(root).delegations.first { $0.status == .new }?.id)
        let file = root + "/delegations/\(target).toml"
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let asNobody = ["--reuid=65534", "--regid=65534", "--clear-groups", Subprocess.visitdesk]
        // The binary or the temp folder may sit below a folder only root may enter (a private
        // TMPDIR, a CI checkout): then nobody cannot even start, and the test has nothing to say.
        guard try Subprocess.run("/usr/bin/setpriv", asNobody + ["list", "delegations", "--store", root]).status == 0 else {
            print("skipped: the user nobody cannot reach \(Subprocess.visitdesk) or \(root)")
            return
        }
        for path in [folder.path, root, root + "/delegations", root + "/contacts", root + "/export"] {
            chmod(path, 0o555)
        }
        let list = try Subprocess.run("/usr/bin/setpriv", asNobody + ["list", "delegations", "--store", root])
        #expect(list.status == 0, "list as nobody: \(list.stderr)")
        #expect(list.text.contains(target))
        let write = try Subprocess.run("/usr/bin/setpriv", asNobody + ["set-status", "--store", root, target, "reviewing"])
        #expect(write.status != 0)
        #expect(write.stderr.contains("read-only"), "stderr: \(write.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
    }

    @Test("a store on a read-only mount opens read-only, even for root")
    func readOnlyMount() throws {
        let folder = ScratchFolder("rofs")
        folder.write("contacts/wang-fang.toml", "name = \"Wang Fang\"\n")
        guard mountCommand(["--bind", folder.path, folder.path]) else {
            print("skipped: bind mounts are not permitted here")
            return
        }
        defer { _ = mountCommand([folder.path], program: "/bin/umount") }
        // Opened while writable, then the folder turns read-only under it: the save fails with
        // the reason, the file is untouched, and the change is still the caller's to retry.
        let running = RecordStore(root: folder.path)
        try running.load()
        try #require(mountCommand(["-o", "remount,ro,bind", folder.path]))
        var contact = try #require(running.catalog.contact(id: "wang-fang"))
        contact.notes = "met in Lidingö"
        #expect {
            try running.save(contact)
        } throws: { error in
            guard case StoreWriteError.io(let cause) = error else { return false }
            return cause.description.contains("check the folder's permissions")
        }
        #expect(running.catalog.contact(id: "wang-fang")?.notes == "")
        #expect(folder.names(in: "contacts") == ["wang-fang.toml"])

        // Opened when already read-only: known up front, so nothing is even attempted.
        let store = RecordStore(root: folder.path)
        try store.load()
        #expect(store.isReadOnly)
        #expect {
            try store.save(contact)
        } throws: { error in
            (error as? StoreWriteError)?.description.contains("read-only") == true
        }
    }

    @Test("a full disk fails the save with a clear message and leaves the file and the change intact")
    func diskFull() throws {
        let folder = ScratchFolder("full")
        guard mountCommand(["-t", "tmpfs", "-o", "size=64k", "tmpfs", folder.path]) else {
            print("skipped: mounting a tmpfs is not permitted here")
            return
        }
        defer { _ = mountCommand([folder.path], program: "/bin/umount") }
        let original = "name = \"Wang Fang\"\nnotes = \"short\"\n"
        folder.write("contacts/wang-fang.toml", original)
        let store = RecordStore(root: folder.path)
        try store.load()
        // Fill every free block.
        let ballast = folder.path + "/ballast"
        _ = try Subprocess.run("/bin/dd", ["if=/dev/zero", "of=\(ballast)", "bs=4096"])
        var contact = try #require(store.catalog.contact(id: "wang-fang"))
        contact.notes = String(repeating: "Visited Käppala and Henriksdal; wants composting next. ", count: 200)
        #expect {
            try store.save(contact)
        } throws: { error in
            guard case StoreWriteError.io(let cause) = error else { return false }
            return cause.description.contains("free some disk space")
        }
        #expect(folder.names(in: "contacts") == ["wang-fang.toml"], "a temporary file was left behind")
        #expect(try String(contentsOfFile: folder.path + "/contacts/wang-fang.toml", encoding: .utf8) == original)
        #expect(store.catalog.contact(id: "wang-fang")?.notes == "short")
        // Space freed: the same change, kept by the caller, saves on retry.
        try FileManager.default.removeItem(atPath: ballast)
        try store.save(contact)
        #expect(store.catalog.contact(id: "wang-fang")?.notes == contact.notes)
    }

    private func mountCommand(_ arguments: [String], program: String = "/bin/mount") -> Bool {
        guard getuid() == 0, let result = try? Subprocess.run(program, arguments) else { return false }
        return result.status == 0
    }
}
