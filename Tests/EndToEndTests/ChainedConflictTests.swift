import Foundation
import Testing

/// Three writers on one record: the coordinator declines a request in the dashboard while two
/// colleagues save the same file, one before the save and one while the conflict view is open.
/// Keeping mine must keep both colleagues' additions: each retry applies the coordinator's own
/// change to the newest version, never an older merge.
@Suite struct ChainedConflictTests {
    /// A colleague's save, written by rename as editors and sync tools do.
    func colleagueRewrites(_ path: String, _ change: (String) -> String) throws {
        let text = change(try String(contentsOfFile: path, encoding: .utf8))
        let temporary = path + ".colleague"
        try text.write(toFile: temporary, atomically: false, encoding: .utf8)
        #expect(rename(temporary, path) == 0)
    }

    /// A colleague's save that appends a new line.
    func colleagueAppends(_ line: String, to path: String) throws {
        try colleagueRewrites(path) { $0 + line + "\n" }
    }

    /// A colleague's change to a field the dashboard shows, so the form's save meets a conflict.
    func colleagueResizes(_ path: String) throws {
        try colleagueRewrites(path) { $0.replacingOccurrences(of: "size = 11", with: "size = 12") }
    }

    @Test func keepMineAfterASecondColleaguesSaveKeepsBothColleagues() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let tmux = dashboard.tmux
        let path = dashboard.store + "/delegations/guangzhou-solid-waste.toml"
        try tmux.send("d")
        try tmux.waitFor("decline guangzhou-solid-waste")
        try tmux.send("C-u")
        try tmux.sendText("no host before spring")
        try colleagueResizes(path)
        try colleagueAppends("x-colleague-one = \"interpreter booked\"", to: path)
        Thread.sleep(forTimeInterval: 0.5)
        try tmux.send("C-s")
        try tmux.waitFor("changed on disk")
        try colleagueAppends("x-colleague-two = \"bus ordered\"", to: path)
        Thread.sleep(forTimeInterval: 0.5)
        try tmux.send("m")
        // The file changed again while the view was open: the view comes back with the newest version.
        try tmux.waitUntil("the second conflict view") { $0.contains("x-colleague-two") }
        try tmux.send("m")
        try tmux.waitFor("saved: keep mine")
        let final = try String(contentsOfFile: path, encoding: .utf8)
        #expect(final.contains("status = \"declined\""), "\(final)")
        #expect(final.contains("no host before spring"))
        #expect(final.contains("x-colleague-one = \"interpreter booked\""), "the first colleague's line is kept")
        #expect(final.contains("size = 12"), "and the first colleague's size")
        #expect(final.contains("x-colleague-two = \"bus ordered\""), "the second colleague's line is kept")
        try tmux.send("q")
    }

    /// An undo that meets a colleague's save has no form to go back to: Esc leaves the refusal in
    /// the conflict inbox (the status bar counts it), and there `m` then Enter writes the undo
    /// over exactly what is on disk, through the real write runner.
    @Test func anUndoRefusedByAColleaguesSaveWaitsInTheInboxAndIsSettledThere() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let tmux = dashboard.tmux
        let path = dashboard.store + "/delegations/guangzhou-solid-waste.toml"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        try tmux.send("d")
        try tmux.waitFor("decline guangzhou-solid-waste")
        try tmux.send("C-u")
        try tmux.sendText("no host before spring")
        try tmux.send("C-s")
        try tmux.waitFor("saved: ")
        try colleagueAppends("x-colleague = \"interpreter booked\"", to: path)
        Thread.sleep(forTimeInterval: 0.5)
        try tmux.send("u")
        try tmux.waitFor("changed on disk")
        try tmux.send("Escape")
        let waiting = try tmux.waitUntil("the refusal waiting") { $0.contains("waits in the conflict inbox (S)") }
        #expect(waiting.contains("1 conflict (S)"), "\(waiting)")
        try tmux.send("S")
        try tmux.waitUntil("the inbox") { $0.contains("delegations/guangzhou-solid-waste.toml · changed on disk") }
        try tmux.send("m")
        try tmux.send("Enter")
        try tmux.waitFor("saved: keep mine")
        let final = try String(contentsOfFile: path, encoding: .utf8)
        #expect(final == original, "the undo's bytes, written over the colleague's save as chosen")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(!(try tmux.capture()).contains("1 conflict (S)"))
        try tmux.send("q")
    }

    /// A colleague renames the file (`git mv`) while the coordinator types a decline: the view
    /// says where the record went, and keeping mine writes the decline there instead of
    /// bringing the old file back beside the renamed one.
    @Test func aRenameDuringTheFormIsFollowedNotUndone() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let tmux = dashboard.tmux
        let old = dashboard.store + "/delegations/guangzhou-solid-waste.toml"
        let new = dashboard.store + "/delegations/guangzhou-solid-waste-2026.toml"
        try tmux.send("d")
        try tmux.waitFor("decline guangzhou-solid-waste")
        try tmux.send("C-u")
        try tmux.sendText("no host before spring")
        #expect(rename(old, new) == 0)
        Thread.sleep(forTimeInterval: 0.5)
        try tmux.send("C-s")
        try tmux.waitFor("was renamed to delegations/guangzhou-solid-waste-2026.toml")
        try tmux.send("m")
        try tmux.waitFor("saved: keep mine")
        #expect(!FileManager.default.fileExists(atPath: old), "the old name is not brought back")
        let final = try String(contentsOfFile: new, encoding: .utf8)
        #expect(final.contains("status = \"declined\""), "\(final)")
        #expect(final.contains("no host before spring"))
        try tmux.send("q")
    }

    @Test func escapeInTheConflictViewGoesBackToTheTypedForm() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let tmux = dashboard.tmux
        let path = dashboard.store + "/delegations/guangzhou-solid-waste.toml"
        try tmux.send("d")
        try tmux.waitFor("decline guangzhou-solid-waste")
        try tmux.send("C-u")
        try tmux.sendText("没有空 — typed with care")
        try colleagueResizes(path)
        Thread.sleep(forTimeInterval: 0.5)
        try tmux.send("C-s")
        try tmux.waitFor("changed on disk")
        try tmux.send("Escape")
        let screen = try tmux.waitFor("back to your form")
        #expect(screen.contains("没有空 — typed with care"), "the typed reason is still there")
        try tmux.send("Escape")
        try tmux.send("q")
    }
}
