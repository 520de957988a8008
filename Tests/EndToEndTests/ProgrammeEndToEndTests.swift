import Foundation
import Testing

/// The programme jobs in the real dashboard: follow-ups ticked from the `F` list and the
/// archive's requests reopened, each landing in its file as the smallest change and undoable.
@Suite(.serialized) struct ProgrammeEndToEndTests {
    func file(_ store: String, _ id: String) -> String {
        (try? String(contentsOfFile: "\(store)/delegations/\(id).toml", encoding: .utf8)) ?? ""
    }

    /// The delegation file whose text contains `text`.
    func delegation(containing text: String, in store: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: "\(store)/delegations").filter { $0.hasSuffix(".toml") }
        guard let name = names.first(where: { file(store, String($0.dropLast(5))).contains(text) }) else {
            throw TmuxError(description: "no delegation mentions \(text)")
        }
        return String(name.dropLast(5))
    }

    @Test func tickingAnOverdueFollowUpChangesOneLineAndTheCountDrops() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        let id = try delegation(containing: "Follow up on the start-up exchange", in: store)
        let before = file(store, id)
        try tmux.send("F")
        try tmux.waitFor("2 follow-ups overdue")
        try tmux.waitFor("Follow-ups (")
        try tmux.send("Space")
        try tmux.waitFor("saved: follow-up done \(id) 1")
        // The message has the room while it shows; the count is back with the next key.
        try tmux.send("F")
        try tmux.waitFor("1 follow-up overdue")
        let after = file(store, id)
        let (old, new) = (before.split(separator: "\n", omittingEmptySubsequences: false), after.split(separator: "\n", omittingEmptySubsequences: false))
        #expect(Set(new).subtracting(old) == ["done = true"], "only the done line is new:\n\(after)")
        // One line edited (`done = false` → `done = true`) or one added where the key was absent.
        let changed = new.count == old.count ? zip(old, new).filter { $0 != $1 }.count : new.count - old.count
        #expect(changed == 1)

        try tmux.send("u")
        try tmux.waitFor("undid: follow-up done")
        #expect(file(store, id) == before)
    }

    @Test func aDeclinedRequestIsFoundAndReopenedWithALineInItsHistory() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        try tmux.send("/"); try tmux.sendText("status:declined"); try tmux.send("Enter")
        try tmux.waitFor("Hebei Mayors")
        try tmux.send("r")
        try tmux.waitFor("saved: reopen hebei-mayors-tourism")
        let after = file(store, "hebei-mayors-tourism")
        #expect(after.contains("status = \"reviewing\""))
        let json = try parsedByPython("\(store)/delegations/hebei-mayors-tourism.toml")
        #expect(json.contains(#""history": ["2026-11-25 reopened; was declined: 25 people on a sightseeing tour"#), "\(json)")
        #expect(!json.contains(#""notes""#), "nothing moved into the notes (the demo record has none)")
        #expect(after.contains("reason = \"\"") || !after.contains("reason ="))
    }

    /// The file as Python's `tomllib` reads it (an independent parser), as JSON.
    func parsedByPython(_ path: String) throws -> String {
        try Subprocess.run(["python3", "-c", "import json, sys, tomllib; print(json.dumps(tomllib.load(open(sys.argv[1], 'rb')), ensure_ascii=False, default=str))", path])
    }

    @Test func aContactAddedWithOnlyAChineseNameIsFoundByPinyin() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        try tmux.send("4", "n")
        try tmux.waitFor("new contact")
        try tmux.send("Tab"); try tmux.sendText("刘晓明")
        try tmux.waitFor("Latin name and id: Liu Xiaoming")
        try tmux.send("Tab"); try tmux.sendText("CN")
        try tmux.send("Tab"); try tmux.sendText("Zibo Ceramics")
        try tmux.send("C-s")
        try tmux.waitFor("saved: new contact liu-xiaoming")
        let json = try parsedByPython("\(store)/contacts/liu-xiaoming.toml")
        #expect(json.contains("\"name_zh\": \"刘晓明\""), "\(json)")
        #expect(json.contains("\"organisation\": \"Zibo Ceramics\""), "\(json)")
        try tmux.send("@"); try tmux.sendText("liu xiaom")
        try tmux.waitFor("刘晓明")
        try tmux.send("C-c", "u")
        try tmux.waitFor("undid: new contact liu-xiaoming")
        #expect(!FileManager.default.fileExists(atPath: "\(store)/contacts/liu-xiaoming.toml"))
    }

    /// Rows of the calendar's day list naming the Hebei group (`09:00–12:00 Hebei Bureau …`).
    func hebeiSlotRows(_ screen: String) -> Int {
        screen.split(separator: "\n").filter { $0.contains("–") && $0.contains("Hebei Bureau of Commerce") }.count
    }

    @Test func aSecondDayAddedInTheProgrammeEditorShowsInTheCalendar() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let tmux = dashboard.tmux
        try tmux.send("2", "g", "p")
        try tmux.waitFor("Programme: Hebei Bureau of Commerce")
        try tmux.send("y")
        let saved = try tmux.waitFor("saved: duplicate slot to ")
        let range = try #require(saved.range(of: #"duplicate slot to \d{4}-\d\d-\d\d"#, options: .regularExpression))
        let day = String(saved[range].suffix(10))
        try tmux.send("p", "3", ":")
        try tmux.sendText("goto \(day)")
        try tmux.send("Enter")
        let withIt = try tmux.waitUntil("the day \(day) with the Hebei slot") { $0.contains(day) && self.hebeiSlotRows($0) > 0 }
        let count = hebeiSlotRows(withIt)
        try tmux.send("2", "u")
        try tmux.waitFor("undid: duplicate slot")
        try tmux.send("3")
        try tmux.waitUntil("one Hebei slot fewer on \(day)") { $0.contains(day) && self.hebeiSlotRows($0) == count - 1 }
    }

    /// `a` with `C-n`: a request accepted with a two-day programme in one go; one `u` takes both back.
    @Test func aRequestAcceptedWithTwoSlotsShowsBothDaysAndUndoesAsOneStep() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        let before = file(store, "guangzhou-solid-waste")
        try tmux.send("a")
        try tmux.waitFor("accept guangzhou-solid-waste")
        try tmux.send("C-u"); try tmux.sendText("14/1")
        try tmux.send("Tab", "C-u"); try tmux.sendText("13:30")
        try tmux.send("Tab", "C-u"); try tmux.sendText("16:00")
        try tmux.send("Tab"); try tmux.sendText("Borlänge")
        try tmux.send("C-n")
        try tmux.waitFor("1 · 2027-01-14 13:30-16:00 · Borlänge")
        try tmux.waitFor("2027-01-15")
        try tmux.send("Tab", "Tab", "Tab"); try tmux.sendText("Falun")
        try tmux.send("C-s")
        try tmux.waitFor("saved: accept guangzhou-solid-waste")
        let json = try parsedByPython("\(store)/delegations/guangzhou-solid-waste.toml")
        #expect(json.contains(#""status": "confirmed""#))
        #expect(json.contains(#""start": "2027-01-14 13:30:00", "end": "2027-01-14 16:00:00", "place": "Borlänge""#), "\(json)")
        #expect(json.contains(#""start": "2027-01-15 13:30:00", "end": "2027-01-15 16:00:00", "place": "Falun""#), "\(json)")

        try tmux.send("2", "3", ":")
        try tmux.sendText("goto 2027-01-15")
        try tmux.send("Enter")
        try tmux.waitUntil("the second day in the calendar") {
            $0.contains("2027-01-15 · 1 visit") && $0.contains("13:30–16:00 Guangzhou Solid Waste Office")
        }

        try tmux.send("2", "u")
        try tmux.waitFor("undid: accept guangzhou-solid-waste")
        #expect(file(store, "guangzhou-solid-waste") == before, "one undo step took both slots and the status back")
    }
}
