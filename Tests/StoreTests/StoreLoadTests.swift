import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

let hebeiFile = """
# Hand-written by the coordinator.
title = "Hebei Bureau of Commerce Group"
title_zh = "河北省商务厅代表团"
status = "new"          # just arrived
received = 2017-05-02
size = 14
interests = ["waste-water", "recycling"]
lead = "wang-fang"
budget_sek = 12000      # a key VisitDesk does not know

"""

let wangFangFile = """
name = "Wang Fang"
name_zh = "王芳"
country = "CN"
phones = ["+86 138 0013 8000"]

"""

@Suite("Loading the store")
struct StoreLoadTests {
    @Test("the demo store loads with no problems")
    func demoLoadsCleanly() throws {
        let folder = TemporaryFolder("demo")
        let count = try StoreInitializer.create(at: folder.path, demo: true, today: LocalDate(year: 2026, month: 11, day: 25))
        let store = RecordStore(root: folder.path)
        try store.load()
        #expect(store.catalog.problems.map(\.description) == [])
        #expect(store.catalog.delegations.count + store.catalog.contacts.count == count)
        #expect(store.catalog.delegations.count >= 30)
        #expect(store.catalog.contacts.count >= 40)
    }

    @Test("a record loads with every field and Chinese text intact")
    func fields() throws {
        let folder = TemporaryFolder()
        folder.write("delegations/hebei-2017.toml", hebeiFile)
        folder.write("contacts/wang-fang.toml", wangFangFile)
        let store = RecordStore(root: folder.path)
        try store.load()
        let hebei = try #require(store.catalog.delegation(id: "hebei-2017"))
        #expect(hebei.titleZh == "河北省商务厅代表团")
        #expect(hebei.status == .new)
        #expect(hebei.size == 14)
        #expect(hebei.interests == ["waste-water", "recycling"])
        #expect(hebei.received == LocalDate(year: 2017, month: 5, day: 2))
        #expect(store.catalog.contact(id: "wang-fang")?.nameZh == "王芳")
        #expect(store.catalog.problems.isEmpty)
    }

    @Test("bad files are reported with file and line, left untouched, and the rest loads")
    func badInput() throws {
        let folder = TemporaryFolder()
        folder.write("contacts/wang-fang.toml", wangFangFile)
        let broken: [(String, String, Int?, String)] = [
            ("delegations/syntax.toml", "title = \"X\"\nstatus = \"new\"\nsize = \n", 3, "column"),
            ("delegations/types.toml", "title = \"X\"\nstatus = \"new\"\nsize = \"fourteen\"\n", 3, "`size` should be a whole number"),
            ("delegations/status.toml", "title = \"X\"\nstatus = \"confirmd\"\n", 2, "unknown status `confirmd`"),
            ("delegations/no-title.toml", "status = \"new\"\n", nil, "`title` is missing"),
            ("contacts/Wang Fang.toml", "name = \"Wang Fang\"\n", nil, "not a valid record id"),
        ]
        for (path, text, _, _) in broken { folder.write(path, text) }
        let latin1 = folder.path + "/contacts/latin1.toml"
        #expect(FileManager.default.createFile(atPath: latin1, contents: Data([0x6E, 0x61, 0x6D, 0x65, 0x3D, 0x22, 0xC5, 0x73, 0x61, 0x22, 0x0A])))
        let before = broken.map { folder.read($0.0) }
        let store = RecordStore(root: folder.path)
        try store.load()
        for (path, _, line, message) in broken {
            let problem = store.catalog.problems.first { $0.file == path }
            #expect(problem != nil, "\(path) is reported")
            #expect(problem?.line == line, "\(path) line")
            #expect(problem?.message.contains(message) == true, "\(path): \(problem?.message ?? "")")
        }
        #expect(store.catalog.problems.contains { $0.file == "contacts/latin1.toml" && $0.message.contains("UTF-8") })
        #expect(store.catalog.delegations.isEmpty)
        #expect(store.catalog.contacts.map(\.id) == ["wang-fang"], "the good record still loads")
        #expect(broken.map { folder.read($0.0) } == before, "nothing on disk is changed")
    }

    @Test("a dangling contact reference is an error on the line that names it, and the record still shows")
    func danglingReference() throws {
        let folder = TemporaryFolder()
        folder.write("delegations/hebei-2017.toml", hebeiFile)
        let store = RecordStore(root: folder.path)
        try store.load()
        let problem = try #require(store.catalog.problems.first)
        #expect(problem.description == "delegations/hebei-2017.toml:8: lead `wang-fang` is not a contact: create contacts/wang-fang.toml or correct the id")
        #expect(store.catalog.delegation(id: "hebei-2017") != nil)
        // The contact appears: the problem goes away.
        folder.write("contacts/wang-fang.toml", wangFangFile)
        let change = store.apply(WatchBatch(paths: ["contacts/wang-fang.toml"]))
        #expect(change?.summary == "reloaded contacts/wang-fang.toml")
        #expect(store.catalog.problems.isEmpty)
    }

    @Test("conflict copies are reported, never loaded as records")
    func conflictCopies() throws {
        let folder = TemporaryFolder()
        folder.write("contacts/wang-fang.toml", wangFangFile)
        folder.write("contacts/wang-fang.sync-conflict-20171010-101010-ABCDEFG.toml", wangFangFile)
        folder.write("contacts/.wang-fang.toml.swp", "garbage")
        let store = RecordStore(root: folder.path)
        try store.load()
        #expect(store.catalog.contacts.count == 1)
        #expect(store.catalog.problems.count == 1)
        #expect(store.catalog.problems.first?.severity == .warning)
        #expect(store.catalog.problems.first?.message.contains("conflict copy of contacts/wang-fang.toml") == true)
    }

    @Test("a missing store folder is a clear error")
    func missingStore() {
        let store = RecordStore(root: "/nonexistent/visitdesk-store")
        #expect(throws: FileIOError.notFound(path: "/nonexistent/visitdesk-store")) { try store.load() }
    }

    @Test("leftover temporary files of a dead writer are removed at load; the record is intact")
    func leftoverTemporary() throws {
        let folder = TemporaryFolder()
        folder.write("contacts/wang-fang.toml", wangFangFile)
        folder.write("contacts/\(StoreLayout.temporaryPrefix)999999-wang-fang.toml", "name = \"Wa")
        let store = RecordStore(root: folder.path)
        try store.load()
        #expect(store.cleanedTemporaryFiles == ["contacts/\(StoreLayout.temporaryPrefix)999999-wang-fang.toml"])
        #expect(folder.names(in: "contacts") == ["wang-fang.toml"])
        #expect(store.catalog.contact(id: "wang-fang")?.name == "Wang Fang")
    }

    @Test("reloading: changed, unchanged, deleted and newly broken files")
    func reload() throws {
        let folder = TemporaryFolder()
        folder.write("contacts/wang-fang.toml", wangFangFile)
        folder.write("delegations/hebei-2017.toml", hebeiFile)
        let store = RecordStore(root: folder.path)
        try store.load()
        #expect(store.apply(WatchBatch(paths: ["delegations/hebei-2017.toml"])) == nil, "same bytes: no change")
        folder.write("delegations/hebei-2017.toml", hebeiFile.replacingOccurrences(of: "size = 14", with: "size = 16"))
        _ = store.apply(WatchBatch(paths: ["delegations/hebei-2017.toml"]))
        #expect(store.catalog.delegation(id: "hebei-2017")?.size == 16)
        folder.write("delegations/hebei-2017.toml", "title = \"Broken\nstatus = \"new\"\n")
        let broken = store.apply(WatchBatch(paths: ["delegations/hebei-2017.toml"]))
        #expect(broken?.summary.contains("has a problem") == true)
        #expect(store.catalog.problems.first?.file == "delegations/hebei-2017.toml")
        try FileManager.default.removeItem(atPath: folder.path + "/delegations/hebei-2017.toml")
        #expect(store.apply(WatchBatch(paths: ["delegations/hebei-2017.toml"]))?.summary == "removed delegations/hebei-2017.toml")
        #expect(store.catalog.delegations.isEmpty)
        #expect(store.catalog.problems.isEmpty)
    }

    @Test("store.toml sets the name and zones; a bad zone is reported")
    func settings() throws {
        let folder = TemporaryFolder()
        folder.write("store.toml", "name = \"Dalarna technical visits\"\ntimezone = \"Europe/Stockholm\"\npartner_timezone = \"Asia/Beijing\"\n")
        let store = RecordStore(root: folder.path)
        try store.load()
        #expect(store.catalog.settings.name == "Dalarna technical visits")
        #expect(store.catalog.settings.partnerTimezone == "Asia/Shanghai")
        #expect(store.catalog.problems.first?.description == "store.toml:3: unknown time zone `Asia/Beijing`: use an IANA name like \"Europe/Stockholm\" or \"Asia/Shanghai\"")
    }

    @Test("store.toml's season_start moves the report's season; a day not every year has is reported with its line")
    func seasonStart() throws {
        let folder = TemporaryFolder()
        folder.write("store.toml", "name = \"Dalarna\"\nseason_start = \"07-01\"\n")
        let store = RecordStore(root: folder.path)
        try store.load()
        #expect(store.catalog.settings.seasonStart == SeasonStart(month: 7, day: 1))
        #expect(store.catalog.problems.isEmpty)

        folder.write("store.toml", "season_start = \"02-29\"\n")
        let bad = RecordStore(root: folder.path)
        try bad.load()
        #expect(bad.catalog.settings.seasonStart == .september)
        #expect(bad.catalog.problems.first?.description.hasPrefix("store.toml:1: `season_start` should be a month and day like \"09-01\"") == true)
    }
}

