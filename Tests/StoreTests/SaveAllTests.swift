import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// `saveAll`, the import's way of writing thousands of contacts with shared flushes, writes what
/// `save` writes one by one and keeps its promises: compare-and-swap, no temporary file left.
@Suite struct SaveAllTests {
    static let files = [
        "contacts/wang-fang.toml": "# Chinese side\nname = \"Wang Fang\"\nphones = [\"+86 138 0013 8000\"]  # mobile\ninterpreter = \"chen-mei\"\n",
        "contacts/erik-sjoberg.toml": "name = \"Erik Sjöberg\"\ncountry = \"SE\"\n",
        "delegations/hebei.toml": "title = \"Hebei\"\nstatus = \"new\"\nlead = \"li-na\"\n",
    ]

    static func store() throws -> (TemporaryFolder, RecordStore) {
        let folder = TemporaryFolder("save-all")
        for (path, text) in files { folder.write(path, text) }
        let store = RecordStore(root: folder.path)
        try store.load()
        return (folder, store)
    }

    static func changes(_ store: RecordStore) throws -> [Contact] {
        var wang = try #require(store.catalog.contact(id: "wang-fang"))
        wang.phones.append("0311-8765 4321")
        var erik = try #require(store.catalog.contact(id: "erik-sjoberg"))
        erik.role = "Process engineer"
        return [wang, erik, Contact(id: "li-na", name: "Li Na", emails: ["lina@example.cn"])]
    }

    @Test func writesWhatSaveWritesAndFollowsInTheCatalog() throws {
        let (one, single) = try Self.store()
        for contact in try Self.changes(single) { try single.save(contact) }
        let (all, batch) = try Self.store()
        #expect(batch.saveAll(try Self.changes(batch)).isEmpty)
        for id in ["wang-fang", "erik-sjoberg", "li-na"] {
            #expect(all.read("contacts/\(id).toml") == one.read("contacts/\(id).toml"), "\(id)")
            #expect(batch.catalog.contact(id: id) == single.catalog.contact(id: id))
        }
        #expect(all.read("contacts/wang-fang.toml")?.contains("# mobile\ninterpreter = \"chen-mei\"\n") == true, "surgical")
        #expect(batch.catalog.problems.isEmpty, "the new contact resolves the delegation's lead")
        #expect(all.names(in: "contacts") == ["erik-sjoberg.toml", "li-na.toml", "wang-fang.toml"], "no temporary file left")
    }

    @Test func aFileChangedMeanwhileIsAConflictAndKeepsItsBytes() throws {
        let (folder, store) = try Self.store()
        let contacts = try Self.changes(store)
        folder.write("contacts/erik-sjoberg.toml", "name = \"Erik Sjöberg\"\nnotes = \"edited by a colleague\"\n")
        let failures = store.saveAll(contacts)
        #expect(Array(failures.keys) == ["erik-sjoberg"])
        if case .conflict = failures["erik-sjoberg"] {} else { Issue.record("\(String(describing: failures["erik-sjoberg"]))") }
        #expect(folder.read("contacts/erik-sjoberg.toml") == "name = \"Erik Sjöberg\"\nnotes = \"edited by a colleague\"\n")
        #expect(folder.read("contacts/li-na.toml") != nil && folder.read("contacts/wang-fang.toml")?.contains("0311-8765 4321") == true)
        #expect(folder.names(in: "contacts").allSatisfy { !$0.hasPrefix(StoreLayout.temporaryPrefix) })
    }
}
