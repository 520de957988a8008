import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

private let erikFile = """
name = "Erik Sjöberg"
country = "SE"
phones = ["072-039 01 71"]

"""

@Suite("Changing records")
struct StoreWriteTests {
    func makeStore() throws -> (TemporaryFolder, RecordStore) {
        let folder = TemporaryFolder()
        folder.write("delegations/hebei-2017.toml", hebeiFile)
        folder.write("contacts/wang-fang.toml", wangFangFile)
        folder.write("contacts/erik-sjoberg.toml", erikFile)
        let store = RecordStore(root: folder.path)
        try store.load()
        return (folder, store)
    }

    @Test("a change of status touches one line; comments and unknown keys survive")
    func statusChangeIsSurgical() throws {
        let (folder, store) = try makeStore()
        var hebei = try #require(store.catalog.delegation(id: "hebei-2017"))
        hebei.status = .reviewing
        try store.save(hebei)
        #expect(folder.read("delegations/hebei-2017.toml") == hebeiFile.replacingOccurrences(of: "status = \"new\"          # just arrived", with: "status = \"reviewing\"          # just arrived"))
        #expect(store.catalog.delegation(id: "hebei-2017")?.status == .reviewing)
    }

    @Test("confirming adds a [[slots]] block and leaves the rest as written")
    func confirmAddsSlot() throws {
        let (folder, store) = try makeStore()
        var hebei = try #require(store.catalog.delegation(id: "hebei-2017"))
        hebei.status = .confirmed
        let start = LocalDateTime(date: LocalDate(year: 2017, month: 7, day: 13), time: LocalTime(hour: 13, minute: 30))
        let end = LocalDateTime(date: LocalDate(year: 2017, month: 7, day: 13), time: LocalTime(hour: 16, minute: 0))
        hebei.slots = [Slot(start: start, end: end, place: "Dalarna Science Park, Borlänge", host: "erik-sjoberg", topic: "Welcome")]
        try store.save(hebei)
        let text = try #require(folder.read("delegations/hebei-2017.toml"))
        #expect(text.hasPrefix("# Hand-written by the coordinator.\ntitle = \"Hebei Bureau of Commerce Group\"\n"))
        #expect(text.contains("budget_sek = 12000      # a key VisitDesk does not know"))
        #expect(text.contains("status = \"confirmed\"          # just arrived"))
        #expect(text.hasSuffix("""
            [[slots]]
            start = 2017-07-13T13:30:00
            end = 2017-07-13T16:00:00
            place = "Dalarna Science Park, Borlänge"
            host = "erik-sjoberg"
            topic = "Welcome"

            """))
        let reloaded = RecordStore(root: folder.path)
        try reloaded.load()
        #expect(reloaded.catalog.delegation(id: "hebei-2017") == store.catalog.delegation(id: "hebei-2017"))
        #expect(reloaded.catalog.problems.isEmpty)
    }

    @Test("unknown keys inside [[slots]] survive an edit of that slot")
    func unknownKeysInSlots() throws {
        let folder = TemporaryFolder()
        folder.write("contacts/wang-fang.toml", wangFangFile)
        folder.write("delegations/x.toml", """
            title = "X"
            status = "confirmed"

            [[slots]]
            start = 2027-03-02T09:00:00
            end = 2027-03-02T11:00:00
            place = "Falun"
            bus = "Booked with Dalatrafik"  # unknown to VisitDesk

            """)
        let store = RecordStore(root: folder.path)
        try store.load()
        var x = try #require(store.catalog.delegation(id: "x"))
        x.slots[0].place = "Borlänge"
        try store.save(x)
        #expect(folder.read("delegations/x.toml")?.contains("place = \"Borlänge\"\nbus = \"Booked with Dalatrafik\"  # unknown to VisitDesk") == true)
    }

    @Test("a write that lost the race is refused with both versions; the disk keeps the other writer's bytes")
    func lostRace() throws {
        let (folder, store) = try makeStore()
        let theirs = hebeiFile.replacingOccurrences(of: "size = 14", with: "size = 20")
        folder.write("delegations/hebei-2017.toml", theirs)  // a colleague saved; the watcher has not told us yet
        var hebei = try #require(store.catalog.delegation(id: "hebei-2017"))
        hebei.status = .reviewing
        do {
            try store.save(hebei)
            Issue.record("the write should have been refused")
        } catch {
            guard case .conflict(_, _, let disk) = error else { Issue.record("unexpected \(error)"); return }
            #expect(disk.map { String(decoding: $0, as: UTF8.self) } == theirs)
        }
        #expect(folder.read("delegations/hebei-2017.toml") == theirs)
    }

    @Test("undo puts the file back byte for byte, unknown keys included; redo again")
    func undoRedo() throws {
        let (folder, store) = try makeStore()
        var hebei = try #require(store.catalog.delegation(id: "hebei-2017"))
        hebei.status = .declined
        hebei.reason = "Dates clash with Midsommar"
        let receipt = try store.save(hebei)
        #expect(folder.read("delegations/hebei-2017.toml")?.contains("reason = \"Dates clash with Midsommar\"") == true)
        try store.replace(.delegation, id: "hebei-2017", with: receipt.before, expecting: receipt.after)
        #expect(folder.read("delegations/hebei-2017.toml") == hebeiFile)
        #expect(store.catalog.delegation(id: "hebei-2017")?.status == .new)
        try store.replace(.delegation, id: "hebei-2017", with: receipt.after, expecting: receipt.before)
        #expect(store.catalog.delegation(id: "hebei-2017")?.status == .declined)
    }

    @Test("a new record gets a file in the documented key order and loads back equal")
    func createNew() throws {
        let (folder, store) = try makeStore()
        let id = store.unusedID(for: .delegation, base: RecordID.slug(from: "Shanxi Environmental Group"))
        #expect(id == "shanxi-environmental-group")
        let new = Delegation(
            id: id, title: "Shanxi Environmental Group", titleZh: "山西省环保代表团", status: .new,
            organisation: "Shanxi EPB", received: LocalDate(year: 2027, month: 1, day: 14), size: 8,
            interests: ["mine-remediation"], lead: "wang-fang", notes: "Two lines\nof notes"
        )
        try store.save(new)
        let text = try #require(folder.read("delegations/\(id).toml"))
        #expect(text.hasPrefix("title = \"Shanxi Environmental Group\"\ntitle_zh = \"山西省环保代表团\"\nstatus = \"new\"\n"))
        #expect(store.catalog.delegation(id: id) == new)
        #expect(throws: StoreWriteError.self) { try store.create(.delegation, id: id, text: text) }
    }

    @Test("an edit that would make the file unloadable is refused and nothing is written")
    func invalidEditRefused() throws {
        let (folder, store) = try makeStore()
        #expect(throws: StoreWriteError.self) {
            try store.edit(.delegation, id: "hebei-2017") { document in
                try document.setValue(.string("maybe"), at: ["status"])
            }
        }
        #expect(folder.read("delegations/hebei-2017.toml") == hebeiFile)
    }

    @Test("the program's own write is not reported again as an outside change")
    func ownWritesIgnored() throws {
        let (folder, store) = try makeStore()
        defer { withExtendedLifetime(folder) {} }
        let watcher = try StoreWatcher(root: store.root)
        var hebei = try #require(store.catalog.delegation(id: "hebei-2017"))
        hebei.size = 15
        try store.save(hebei)
        let batch = collect(watcher) { $0.paths.contains("delegations/hebei-2017.toml") }
        #expect(batch.paths.contains("delegations/hebei-2017.toml"), "the kernel does report it")
        #expect(store.apply(batch) == nil, "but the store sees its own bytes and reports no change")
    }
}
