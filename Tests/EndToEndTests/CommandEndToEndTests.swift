import Foundation
import Testing

/// The command table, modes and keymap in the real dashboard under tmux.
@Suite(.serialized) struct CommandEndToEndTests {
    /// A config folder for `XDG_CONFIG_HOME` holding `visitdesk/config.toml` with `text`.
    static func configHome(_ text: String) throws -> String {
        let home = NSTemporaryDirectory() + "visitdesk-config-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: home + "/visitdesk", withIntermediateDirectories: true)
        try text.write(toFile: home + "/visitdesk/config.toml", atomically: true, encoding: .utf8)
        return home
    }

    @Test func marksInRequestsThenXInGroupsActsOnTheGroupOnly() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let tmux = dashboard.tmux
        try tmux.send("Space", "Space")
        try tmux.waitFor("2 marked")
        try tmux.send("2")
        try tmux.waitUntil("Groups to have the keyboard") { $0.contains("┌ Groups") }
        try tmux.send("x")
        let form = try tmux.waitFor("cancel ")
        #expect(!form.contains("cancel 2 records"), "the marks of Requests stay out of a command given in Groups")
        try tmux.sendText("the plant is closed")
        try tmux.send("C-s")
        let saved = try tmux.waitFor("saved: cancel ")
        #expect(!saved.contains("records"))
        #expect(saved.contains("2 marked"), "the two requests are still marked in their own pane")
        try tmux.send("q")
        try tmux.waitFor(TmuxSession.prompt)
    }

    @Test func escInAChangedFormAsksAndAltBKeepsTheForm() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let tmux = dashboard.tmux
        try tmux.send("d")
        try tmux.waitFor("C-s save · Esc cancel")
        try tmux.send("C-u")  // the demo request's reason is long: start the field empty
        try tmux.sendText("no host")
        try tmux.send("M-b")  // readline's word-back: Esc and b together, never Esc then b
        try tmux.sendText("!")
        var screen = try tmux.waitFor("no !host")
        #expect(screen.contains("C-s save · Esc cancel"), "M-b keeps the form and moves back a word")
        try tmux.send("Escape")
        try tmux.waitFor("discard changes? y/n")
        try tmux.send("n")
        screen = try tmux.waitUntil("the question to go") { !$0.contains("discard changes?") }
        #expect(screen.contains("no !host"), "n keeps the typing")
        try tmux.send("C-c")
        try tmux.waitFor("discard changes? y/n")
        try tmux.send("y")
        screen = try tmux.waitFor("cancelled: nothing was written")
        #expect(!screen.contains("no !host"))
        try tmux.send("q")
        try tmux.waitFor(TmuxSession.prompt)
    }

    @Test func helpAt80x24ScrollsToTheLastCommand() throws {
        let dashboard = try DashboardFixture(width: 80, height: 24)
        let tmux = dashboard.tmux
        try tmux.send("?")
        var screen = try tmux.waitFor("more ↓")
        #expect(!screen.contains("find a contact by name"))
        try tmux.send("End")
        screen = try tmux.waitUntil("the last command") { $0.contains("find a contact by name") }
        #expect(!screen.contains("more ↓"))
        try tmux.send("Home")
        try tmux.waitFor("more ↓")
        try tmux.send("Escape")
        try tmux.waitUntil("help to close") { !$0.contains("Keys · ") }
        try tmux.send("q")
        try tmux.waitFor(TmuxSession.prompt)
    }

    @Test func aKeysRebindingTakesEffect() throws {
        let home = try Self.configHome("""
            # my keys
            [keys]
            "app.quit" = ["Q"]
            "request.accept" = ["a", "A"]
            """)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let dashboard = try DashboardFixture(width: 120, height: 40, environment: "XDG_CONFIG_HOME='\(home)'")
        let tmux = dashboard.tmux
        try tmux.send("A")
        try tmux.waitFor("accept ")
        try tmux.send("Escape")
        try tmux.waitUntil("the form to close") { !$0.contains("C-s save") }
        try tmux.send("q")
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try tmux.capture().contains("┌ Requests"), "q is no longer quit")
        try tmux.send("Q")
        try tmux.waitFor(TmuxSession.prompt)
    }

    @Test func configCheckNamesTheLineAndConfigKeysShowsTheRebinding() throws {
        let home = try Self.configHome("""
            theme = "lihgt"
            [keys]
            "request.acept" = ["a"]
            "request.hold" = ["x"]
            "app.quit" = ["Q"]
            """)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let check = try VisitDeskCLI.run(["config", "check"], environment: ["XDG_CONFIG_HOME": home])
        #expect(check.status == 1)
        #expect(check.stdout.contains("config.toml:3: unknown command `request.acept`"))
        #expect(check.stdout.contains("config.toml:4: `x` for `request.hold` is already `request.cancel`"))
        #expect(check.stdout.contains("config.toml:1: no theme `lihgt`"))
        let keys = try VisitDeskCLI.run(["config", "keys", "--format", "json"], environment: ["XDG_CONFIG_HOME": home])
        #expect(keys.status == 0)
        let rows = try JSONSerialization.jsonObject(with: Data(keys.stdout.utf8)) as? [[String: Any]] ?? []
        let quit = rows.first { $0["command"] as? String == "app.quit" }
        #expect(quit?["keys"] as? [String] == ["Q"])
        let hold = rows.first { $0["command"] as? String == "request.hold" }
        #expect(hold?["keys"] as? [String] == ["h"], "a clash keeps the default")
        let broken = try Self.configHome("[keys\n")
        defer { try? FileManager.default.removeItem(atPath: broken) }
        let bad = try VisitDeskCLI.run(["config", "check"], environment: ["XDG_CONFIG_HOME": broken])
        #expect(bad.status == 1 && bad.stdout.contains("config.toml:1:"))
    }

    @Test(arguments: ["xterm-256color", "tmux-256color"])
    func homeEndAndDeleteWorkInAFieldUnder(term: String) throws {
        let dashboard = try DashboardFixture(width: 120, height: 40, environment: "TERM=\(term)")
        let tmux = dashboard.tmux
        try tmux.send("d")
        try tmux.waitFor("C-s save · Esc cancel")
        try tmux.send("C-u")
        try tmux.sendText("abc")
        try tmux.waitFor("abc")
        try tmux.send("Home")
        try tmux.sendText("X")
        try tmux.waitFor("Xabc")
        try tmux.send("End")
        try tmux.sendText("Y")
        try tmux.waitFor("XabcY")
        try tmux.send("Home")
        try tmux.send("DC")
        let screen = try tmux.waitFor("abcY")
        #expect(!screen.contains("XabcY"), "Delete removed the character under the cursor (\(term))")
    }
}
