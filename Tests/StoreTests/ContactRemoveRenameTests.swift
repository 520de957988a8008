import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// Deleting a contact's file and writing a contact under a new id: the renamed file is the old
/// one edited in place (comments and unknown keys kept), a taken id is refused, and both record
/// exactly the bytes before and after so undo can put them back.
@Suite struct ContactRemoveRenameTests {
    static let lina = "# our coordinator\nname = \"Lina Berg\"\nstaff = true # she owns most requests\nshoe_size = 38\n"

    @Test func removeDeletesTheFileAndKeepsItsBytesForUndo() throws {
        let folder = TemporaryFolder("contact-remove")
        let store = try folder.loadedStore(["contacts/lina-berg.toml": Self.lina])
        let receipt = try store.remove(.contact, id: "lina-berg")
        #expect(receipt.before == Array(Self.lina.utf8))
        #expect(receipt.after == nil)
        #expect(folder.read("contacts/lina-berg.toml") == nil)
        #expect(store.catalog.contact(id: "lina-berg") == nil)
        try store.replace(.contact, id: "lina-berg", with: receipt.before, expecting: nil)
        #expect(folder.read("contacts/lina-berg.toml") == Self.lina)
    }

    @Test func removeRefusesAFileChangedOnDisk() throws {
        let folder = TemporaryFolder("contact-remove-changed")
        let store = try folder.loadedStore(["contacts/lina-berg.toml": Self.lina])
        folder.write("contacts/lina-berg.toml", Self.lina + "role = \"Boss\"\n")
        #expect(throws: StoreWriteError.self) { try store.remove(.contact, id: "lina-berg") }
        #expect(folder.read("contacts/lina-berg.toml")?.contains("Boss") == true)
    }

    @Test func aRenamedContactKeepsCommentsAndUnknownKeys() throws {
        let folder = TemporaryFolder("contact-rename")
        let store = try folder.loadedStore(["contacts/lina-berg.toml": Self.lina])
        var lina = try #require(store.catalog.contact(id: "lina-berg"))
        lina.id = "lina-berg-dsp"
        lina.role = "Coordinator"
        let receipt = try store.saveRenamed(lina, from: "lina-berg")
        #expect(receipt.before == nil)
        #expect(folder.read("contacts/lina-berg-dsp.toml") == Self.lina + "role = \"Coordinator\"\n")
        #expect(folder.read("contacts/lina-berg.toml") == Self.lina)
        #expect(store.catalog.contact(id: "lina-berg-dsp")?.role == "Coordinator")
    }

    @Test func aRenameToATakenOrInvalidIdIsRefused() throws {
        let folder = TemporaryFolder("contact-rename-taken")
        let store = try folder.loadedStore(["contacts/lina-berg.toml": Self.lina, "contacts/li-na.toml": "name = \"Li Na\"\n"])
        var lina = try #require(store.catalog.contact(id: "lina-berg"))
        lina.id = "li-na"
        #expect(throws: StoreWriteError.self) { try store.saveRenamed(lina, from: "lina-berg") }
        lina.id = "Bad Id"
        #expect(throws: StoreWriteError.self) { try store.saveRenamed(lina, from: "lina-berg") }
        #expect(folder.read("contacts/li-na.toml") == "name = \"Li Na\"\n")
    }
}
