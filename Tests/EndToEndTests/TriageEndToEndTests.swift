import Foundation
import Testing

/// Triage in the real dashboard: decisions land in the files at once, the panes and the calendar
/// follow, undo puts every byte back, and a file changed by someone else is never overwritten.
@Suite(.serialized) struct TriageEndToEndTests {
    func file(_ store: String, _ id: String) -> String {
        (try? String(contentsOfFile: "\(store)/delegations/\(id).toml", encoding: .utf8)) ?? ""
    }

    func waitForFile(_ what: String, timeout: Double = 5, _ check: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !check() {
            guard Date() < deadline else { throw TmuxError(description: "timed out waiting for \(what)") }
            usleep(50_000)
        }
    }

    /// The month view's cell for a day: `14•` once a visit is on it.
    func calendarShowsVisit(on day: String, _ screen: String) -> Bool { screen.contains(" \(day)•") }

    @Test func acceptWithASlotChangesTheFileTheGroupsAndTheCalendar() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        let before = file(store, "guangzhou-solid-waste")
        // The calendar on January 2027: the 14th is free.
        try tmux.send("3", "PgDn", "PgDn")
        var screen = try tmux.waitFor("January 2027")
        #expect(!calendarShowsVisit(on: "14", screen))
        try tmux.send("1", "a")
        try tmux.waitFor("accept guangzhou-solid-waste")
        try tmux.send("C-u"); try tmux.sendText("14/1")
        try tmux.send("Tab", "C-u"); try tmux.sendText("13:30")
        try tmux.send("Tab", "C-u"); try tmux.sendText("16:00")
        try tmux.send("Tab"); try tmux.sendText("Borlänge")
        try tmux.send("Tab"); try tmux.sendText("sjo")
        try tmux.waitFor("Erik Sjöberg · ")
        try tmux.send("Enter", "C-s")
        screen = try tmux.waitFor("saved: accept guangzhou-solid-waste")

        let after = file(store, "guangzhou-solid-waste")
        #expect(after.contains("status = \"confirmed\""))
        #expect(after.contains("[[slots]]\nstart = 2027-01-14T13:30:00\nend = 2027-01-14T16:00:00\nplace = \"Borlänge\"\nhost = \"erik-sjoberg\""))
        #expect(screen.contains("2027-01-14 13:30 Guangzhou Solid Waste Office"))
        #expect(calendarShowsVisit(on: "14", screen))
        try waitForFile("the calendar feed") {
            ((try? String(contentsOfFile: "\(store)/export/visits.ics", encoding: .utf8)) ?? "").contains("DTSTART;TZID=Europe/Stockholm:20270114T133000")
        }

        try tmux.send("u")
        screen = try tmux.waitFor("undid: accept guangzhou-solid-waste")
        #expect(file(store, "guangzhou-solid-waste") == before)
        #expect(!screen.contains("2027-01-14 13:30 Guangzhou"))
        #expect(!calendarShowsVisit(on: "14", screen))
        try tmux.send("C-r")
        try tmux.waitFor("redid: accept guangzhou-solid-waste")
        #expect(file(store, "guangzhou-solid-waste") == after)
    }

    @Test func declineWithAReasonThenUndoPutsEveryByteBack() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        let before = file(store, "guangzhou-solid-waste")
        try tmux.send("d")
        try tmux.waitFor("decline guangzhou-solid-waste")
        try tmux.send("C-u", "C-s")
        try tmux.waitFor("↳ required")
        #expect(file(store, "guangzhou-solid-waste") == before)
        try tmux.sendText("不合适 — no host in January")
        try tmux.send("C-s")
        var screen = try tmux.waitFor("saved: decline guangzhou-solid-waste")
        let declined = file(store, "guangzhou-solid-waste")
        #expect(declined.contains("status = \"declined\""))
        #expect(declined.contains("reason = \"不合适 — no host in January\""))
        #expect(!screen.contains("Guangzhou Solid Waste Office"))

        try tmux.send("u")
        screen = try tmux.waitFor("undid: decline guangzhou-solid-waste")
        #expect(file(store, "guangzhou-solid-waste") == before)
        #expect(screen.contains("Guangzhou Solid Waste Office"))
    }

    /// `r` on the first request, then someone else changes its size on disk, then `u`: the
    /// conflict view. Returns the file before `r` and the other person's version.
    func undoAfterAChangeOnDisk(_ dashboard: DashboardFixture) throws -> (original: String, theirs: String) {
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        let original = file(store, "guangzhou-solid-waste")
        try tmux.send("r")
        try tmux.waitFor("saved: reviewing guangzhou-solid-waste")
        // Someone else edits the file; undo must not overwrite their change silently.
        let theirs = file(store, "guangzhou-solid-waste").replacingOccurrences(of: "size = 11", with: "size = 12")
        try theirs.write(toFile: "\(store)/delegations/guangzhou-solid-waste.toml", atomically: true, encoding: .utf8)
        try tmux.waitFor("reloaded delegations/guangzhou-solid-waste.toml")
        try tmux.send("u")
        return (original, theirs)
    }

    @Test func aFileChangedOnDiskIsShownAndResolvedEitherWay() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        let (_, theirs) = try undoAfterAChangeOnDisk(dashboard)
        var screen = try tmux.waitFor("Conflict · reviewing guangzhou-solid-waste")
        #expect(screen.contains("disk  size = 12"))
        #expect(screen.contains("mine  size = 11"))
        #expect(file(store, "guangzhou-solid-waste") == theirs)
        try tmux.send("d")
        screen = try tmux.waitFor("kept the disk's version")
        #expect(file(store, "guangzhou-solid-waste") == theirs)
        // The conflict is offered once: the step is off the undo list, so u does not loop back.
        try tmux.send("u")
        try tmux.waitFor("nothing to undo")
        #expect(file(store, "guangzhou-solid-waste") == theirs)
    }

    @Test func keepingMineInAnUndoConflictWritesWhatUndoWouldHave() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        let (original, theirs) = try undoAfterAChangeOnDisk(dashboard)
        try tmux.waitFor("Conflict · reviewing guangzhou-solid-waste")
        try tmux.send("m")
        try tmux.waitFor("saved: keep mine")
        #expect(file(store, "guangzhou-solid-waste") == original)
        // Keeping mine is itself undoable: their version comes back.
        try tmux.send("u")
        try tmux.waitFor("undid: keep mine")
        #expect(file(store, "guangzhou-solid-waste") == theirs)
    }

    @Test func anEditorEditIsAnUndoStepAndTheStepsBeforeItStillUndo() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40, environment: "VISUAL='sed -i s/Guangzhou.Solid/Canton_Solid/'")
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        let original = file(store, "guangzhou-solid-waste")
        try tmux.send("r")
        try tmux.waitFor("saved: reviewing guangzhou-solid-waste")
        let reviewing = file(store, "guangzhou-solid-waste")
        try tmux.send("E")
        try tmux.waitFor("Canton_Solid Waste Office")
        try tmux.send("u")
        try tmux.waitFor("undid: edit delegations/guangzhou-solid-waste.toml in the editor")
        #expect(file(store, "guangzhou-solid-waste") == reviewing)
        try tmux.send("u")
        try tmux.waitFor("undid: reviewing guangzhou-solid-waste")
        #expect(file(store, "guangzhou-solid-waste") == original)
    }

    @Test func aDecisionOnAFileChangedBehindTheDashboardsBackShowsBothAndMergesMine() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        try tmux.send("d")
        try tmux.waitFor("decline guangzhou-solid-waste")
        // While the form is open, someone changes the size on disk.
        let path = "\(store)/delegations/guangzhou-solid-waste.toml"
        let theirs = file(store, "guangzhou-solid-waste").replacingOccurrences(of: "size = 11", with: "size = 13")
        try theirs.write(toFile: path, atomically: true, encoding: .utf8)
        try tmux.send("C-u"); try tmux.sendText("no plant to show")
        try tmux.send("C-s")
        let screen = try tmux.waitFor("Conflict · decline guangzhou-solid-waste")
        #expect(file(store, "guangzhou-solid-waste") == theirs)
        #expect(screen.contains("mine  reason = \"no plant to show\""))
        #expect(screen.contains("mine  status = \"declined\""))
        try tmux.send("m")
        try tmux.waitFor("saved: keep mine")
        let merged = file(store, "guangzhou-solid-waste")
        #expect(merged.contains("size = 13"))
        #expect(merged.contains("reason = \"no plant to show\""))
        #expect(merged.contains("status = \"declined\""))
    }

    @Test func bigEOpensTheEditorAndTheDashboardShowsWhatWasSaved() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40, environment: "VISUAL='sed -i s/Guangzhou.Solid/Canton_Solid/'")
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        try tmux.send("E")
        let screen = try tmux.waitFor("Canton_Solid Waste Office")
        #expect(file(store, "guangzhou-solid-waste").contains("title = \"Canton_Solid Waste Office\""))
        #expect(screen.contains("┌ Requests"))
    }

    @Test func markedRequestsAreDeclinedTogetherAndUndoneAsOneStep() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        let ids = ["guangzhou-solid-waste", "nanjing-composting"]
        let before = ids.map { file(store, $0) }
        try tmux.send("Space", "Space")
        try tmux.waitFor("2 marked")
        try tmux.send("d")
        try tmux.waitFor("decline 2 records")
        try tmux.sendText("outside the programme")
        try tmux.send("C-s")
        try tmux.waitFor("saved: decline 2 records")
        for id in ids { #expect(file(store, id).contains("status = \"declined\"")) }
        try tmux.send("u")
        try tmux.waitFor("undid: decline 2 records")
        #expect(ids.map { file(store, $0) } == before)
    }

    @Test func aNewRequestFromTheFormBecomesAFileAndARow() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        try tmux.send("n")
        try tmux.waitFor("new request")
        try tmux.sendText("Harbin Ice Water Group")
        try tmux.send("Tab"); try tmux.sendText("哈尔滨冰水考察团")
        try tmux.send("Tab", "Tab", "Tab"); try tmux.sendText("7")
        try tmux.send("C-s")
        let screen = try tmux.waitFor("saved: new request")
        let created = file(store, "harbin-ice-water-group")
        #expect(created.contains("title = \"Harbin Ice Water Group\""))
        #expect(created.contains("title_zh = \"哈尔滨冰水考察团\""))
        #expect(created.contains("size = 7"))
        #expect(created.contains("received = 2026-11-25"))
        #expect(screen.contains("Harbin Ice Water Group"))
        try tmux.send("u")
        try tmux.waitFor("undid: new request")
        #expect(!FileManager.default.fileExists(atPath: "\(store)/delegations/harbin-ice-water-group.toml"))
    }

    @Test func ctrlZInTheEditorGivesTheShellBackAndFgReturnsToIt() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40, environment: "VISUAL='vim -u NONE -i NONE'")
        let tmux = dashboard.tmux
        try tmux.send("E")
        try tmux.waitFor("title_zh = ")
        try tmux.send("C-z")
        try tmux.waitUntil("the shell's prompt") { $0.contains("Stopped") && $0.contains(TmuxSession.prompt) }
        try tmux.type("fg")
        try tmux.waitFor("title_zh = ")
        try tmux.send("Escape")
        try tmux.sendText(":q")
        try tmux.send("Enter")
        try tmux.waitUntil("the dashboard again") { $0.contains("┌ Requests") && !$0.contains("title_zh = ") }
    }
}
