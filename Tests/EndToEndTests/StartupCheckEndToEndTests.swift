import Foundation
import Testing

/// Draw first, verify after, in a real terminal: the dashboard starts from its start-up cache and
/// checks the folders after its first frame. Files changed, added and deleted while it was closed
/// must be on screen once the check is done, exactly as a start without any cache shows them.
@Suite(.serialized) struct StartupCheckEndToEndTests {
    @Test func filesChangedWhileClosedAreShownAfterTheCheckAsAFullLoadShowsThem() throws {
        let store = try VisitDeskCLI.demoStore()
        let cache = store + "-cache"
        defer {
            try? FileManager.default.removeItem(atPath: store)
            try? FileManager.default.removeItem(atPath: cache)
        }
        let tmux = try TmuxSession.shell()
        defer { tmux.kill() }
        try tmux.waitFor(TmuxSession.prompt)
        // A command line that fits one row: the prompt count below reads the screen.
        // The demo store is below the size that draws first by default.
        try tmux.type("export XDG_CACHE_HOME='\(cache)' VISITDESK_DRAW_FIRST_FROM=0; clear")
        let start = "'\(VisitDeskCLI.binary)' --store '\(store)' --today 2026-11-25"
        try tmux.type(start)
        try tmux.waitFor("Guangzhou Solid Waste Office")
        try tmux.send("q")
        // Quitting writes the cache the next start draws from.
        try Self.waitForTheShell(tmux)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache + "/visitdesk").count == 1)

        // While it is closed: one request edited, one added, one deleted.
        let folder = store + "/delegations/"
        let original = try String(contentsOfFile: folder + "guangzhou-solid-waste.toml", encoding: .utf8)
        try original.replacingOccurrences(of: "Guangzhou Solid Waste Office", with: "Guangzhou Waste Bureau, edited")
            .write(toFile: folder + "guangzhou-solid-waste.toml", atomically: true, encoding: .utf8)
        try original.replacingOccurrences(of: "Guangzhou Solid Waste Office", with: "Hainan Ports Authority")
            .write(toFile: folder + "hainan-ports.toml", atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(atPath: folder + "guangzhou-waste-trip.toml")

        try tmux.type("clear; " + start)
        let checked = try tmux.waitFor("3 files changed since the last start")
        #expect(checked.contains("Guangzhou Waste Bureau, edited"))
        #expect(checked.contains("Hainan Ports Authority"))
        #expect(!checked.contains("Guangzhou Solid Waste Office"))
        try tmux.send("q")
        try Self.waitForTheShell(tmux)

        try tmux.type("clear; VISITDESK_NO_CACHE=1 '\(VisitDeskCLI.binary)' --store '\(store)' --today 2026-11-25")
        // Without a cache (and drawing first from any size) the first frame has the delegations
        // alone: the screen to compare is the one after its contacts are read and checked.
        let fresh = try tmux.waitUntil(timeout: 15, "the fresh start's contacts read and its check done") { screen in
            screen.contains("Hainan Ports Authority") && !screen.contains("Reading contacts…") && !screen.contains("checking…")
        }
        try tmux.send("q")
        // Everything above the status bar (which carries the message and the clock) is the same.
        #expect(Self.panes(checked) == Self.panes(fresh))
    }

    /// A first start without any cache: the delegations drawn first, the contacts read after the
    /// frame. Once they are in, the screen is the one a start that reads everything first shows.
    @Test func aColdStartShowsTheContactsAfterTheFirstFrameAsAFullLoadShowsThem() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let tmux = try TmuxSession.shell()
        defer { tmux.kill() }
        try tmux.waitFor(TmuxSession.prompt)
        // The demo store has fewer contacts than the size that draws first by default.
        try tmux.type("export VISITDESK_NO_CACHE=1; clear")
        let start = "'\(VisitDeskCLI.binary)' --store '\(store)' --today 2026-11-25"
        try tmux.type("VISITDESK_DRAW_FIRST_FROM=1 " + start)
        let checked = try tmux.waitUntil(timeout: 15, "the contacts read and the check done") { screen in
            screen.contains("Guangzhou Solid Waste Office") && !screen.contains("Reading contacts…") && !screen.contains("checking…")
        }
        #expect(!checked.contains("No contacts."))
        #expect(!checked.contains("files changed since the last start"), "read for the first time, not changed")
        try tmux.send("q")
        try Self.waitForTheShell(tmux)

        try tmux.type("clear; VISITDESK_CHECK_FIRST=1 " + start)
        let fresh = try tmux.waitFor("Guangzhou Solid Waste Office")
        try tmux.send("q")
        #expect(Self.panes(checked) == Self.panes(fresh))
    }

    /// The dashboard has exited: a fresh prompt is the last line. Leaving the full-screen mode
    /// brings back the command line with its prompt before the process has written its cache and
    /// exited, so "a prompt on screen" alone raced the cache write on a loaded machine.
    static func waitForTheShell(_ tmux: TmuxSession) throws {
        try tmux.waitUntil(timeout: 15, "a fresh shell prompt after quitting") { screen in
            let last = screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            return last?.trimmingCharacters(in: .whitespaces) == TmuxSession.prompt && !screen.contains("┌ Requests")
        }
    }

    /// The screen's rows from the first pane's top to the row above the status bar.
    static func panes(_ screen: String) -> [Substring] {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard let top = rows.firstIndex(where: { $0.contains("┌ Requests") }) else { return [] }
        return Array(rows[top..<(top + 37)])
    }
}
