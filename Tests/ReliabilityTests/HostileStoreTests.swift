import Foundation
import Testing
import VisitDeskDomain
import VisitDeskStore

/// Files a person would never write but a mistake, a sync tool or an attacker can put in the
/// store: the store must load what is valid, report the rest, and stay quick.
@Suite("hostile files in the store", .serialized)
struct HostileStoreTests {
    let folder = ScratchFolder("hostile")
    var root: String { folder.path + "/store" }

    init() {
        folder.write("store/delegations/alpha.toml", "title = \"Alpha\"\nstatus = \"new\"\n")
        folder.write("store/contacts/wang-fang.toml", "name = \"Wang Fang\"\n")
    }

    @Test("a record linking out of the store is refused and reported; a link inside it loads")
    func symlinks() throws {
        folder.write("outside/secret.toml", "name = \"Not In The Store\"\n")
        folder.write("store/archive/kept.toml", "name = \"Kept In The Archive\"\n")
        let contacts = root + "/contacts"
        try FileManager.default.createSymbolicLink(atPath: contacts + "/leak.toml", withDestinationPath: folder.path + "/outside/secret.toml")
        try FileManager.default.createSymbolicLink(atPath: contacts + "/sneaky.toml", withDestinationPath: "../../outside/secret.toml")
        try FileManager.default.createSymbolicLink(atPath: contacts + "/kept.toml", withDestinationPath: "../archive/kept.toml")
        try FileManager.default.createSymbolicLink(atPath: contacts + "/passwd.toml", withDestinationPath: "/etc/passwd")

        let store = RecordStore(root: root)
        try store.load()
        #expect(store.catalog.contacts.map(\.id).sorted() == ["kept", "wang-fang"])
        #expect(store.catalog.contact(id: "kept")?.name == "Kept In The Archive")
        for name in ["leak", "sneaky", "passwd"] {
            let problem = store.catalog.problems.first { $0.file == "contacts/\(name).toml" }
            #expect(problem?.message.contains("outside the store") == true, "\(name): \(String(describing: problem))")
        }
        // A refused link cannot be edited through either: the store never read it.
        #expect(throws: StoreWriteError.self) { try store.edit(.contact, id: "leak") { _ in } }

        // The same rule when the link appears while running.
        try FileManager.default.createSymbolicLink(atPath: contacts + "/late.toml", withDestinationPath: folder.path + "/outside/secret.toml")
        _ = store.apply(WatchBatch(paths: ["contacts/late.toml"]))
        #expect(store.catalog.contact(id: "late") == nil)
        #expect(store.catalog.problems.contains { $0.file == "contacts/late.toml" && $0.message.contains("outside the store") })
    }

    @Test("a 100 MB file is refused at once, without being read")
    func hugeFile() throws {
        try makeSparseFile(root + "/delegations/dump.toml", megabytes: 100)
        let store = RecordStore(root: root)
        let started = Date()
        try store.load()
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < 0.5, "load took \(elapsed) s")
        #expect(store.catalog.delegation(id: "alpha") != nil)
        let problem = try #require(store.catalog.problems.first { $0.file == "delegations/dump.toml" })
        #expect(problem.message.contains("100 MB") && problem.message.contains("move it out of the store"))

        // Dropped in while running: refused and reported the same way.
        try makeSparseFile(root + "/delegations/dump-2.toml", megabytes: 100)
        _ = store.apply(WatchBatch(paths: ["delegations/dump-2.toml"]))
        #expect(store.catalog.problems.contains { $0.file == "delegations/dump-2.toml" && $0.message.contains("100 MB") })
    }

    @Test("folders inside a record folder are not walked, however deep")
    func deepFolders() throws {
        var deep = "store/delegations"
        for level in 0..<120 {
            deep += "/level-\(level)"
            folder.write(deep + "/nested-\(level).toml", "title = \"Nested\"\nstatus = \"new\"\n")
        }
        try FileManager.default.createDirectory(atPath: root + "/delegations/looks-like-a-record.toml", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: root + "/delegations/loop", withDestinationPath: ".")
        let store = RecordStore(root: root)
        try store.load()
        #expect(store.catalog.delegations.map(\.id) == ["alpha"])
        // A folder named like a record is a mistake worth a message; the others are silently ignored.
        #expect(store.catalog.problems.map(\.file) == ["delegations/looks-like-a-record.toml"])
    }

    @Test("control characters and escape sequences in fields load as data")
    func controlCharactersLoad() throws {
        folder.write("store/contacts/evil.toml", #"name = "Evil \u001B[31mRed\u0007 Bell\u001B]52;c;aGk=\u0007""# + "\n" + #"notes = "line\u0000nul \u009B2J""# + "\n")
        let store = RecordStore(root: root)
        try store.load()
        let contact = try #require(store.catalog.contact(id: "evil"))
        #expect(contact.name == "Evil \u{1B}[31mRed\u{07} Bell\u{1B}]52;c;aGk=\u{07}")
        #expect(contact.notes.contains("\u{0}"))
    }

    @Test("escape sequences in a name never reach the terminal raw (visitdesk snapshot)")
    func snapshotIsClean() throws {
        folder.write("store/contacts/evil.toml", #"name = "Evil \u001B[31mRed\u0007 Bell \u009B2J""# + "\n" + #"organisation = "Org\u001B]52;c;aGk=\u0007""# + "\n")
        folder.write("store/delegations/alpha.toml", #"title = "Alpha \u001B[2J\u001B[HCleared""# + "\nstatus = \"new\"\nlead = \"evil\"\n")
        for keys in ["", "Tab Tab Tab", "Tab Tab Tab Enter", "Enter"] {
            let result = try Subprocess.visitdesk(["snapshot", "--store", root, "--today", "2026-11-25", "--size", "120x40", "--keys", keys])
            try #require(result.status == 0, "snapshot failed: \(result.stderr)")
            let raw = result.stdout.filter { $0 < 0x20 && $0 != 0x0A }
            #expect(raw.isEmpty, "keys '\(keys)': control bytes \(raw) reached stdout")
            // C1 controls (U+0080-U+009F, e.g. CSI U+009B) are terminal commands too.
            let c1 = result.text.unicodeScalars.filter { (0x80...0x9F).contains($0.value) || $0.value == 0x7F }
            #expect(c1.isEmpty, "keys '\(keys)': C1 controls reached stdout")
            if keys.isEmpty { #expect(result.text.contains("Alpha"), "the hostile record is not shown at all") }
        }
    }

    /// A file that claims its full size but holds no blocks, so the test costs no disk.
    private func makeSparseFile(_ path: String, megabytes: UInt64) throws {
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: megabytes * 1_048_576)
        try handle.close()
    }
}
