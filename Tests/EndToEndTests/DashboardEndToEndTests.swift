#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// The real `visitdesk` dashboard in a real terminal (tmux, 120x40, TERM=xterm-256color), driven
/// like a user at a shell: type the command, press keys, read the screen, quit, look at the shell.
@Suite struct DashboardEndToEndTests {
    static let titles = ["Requests", "Groups", "Calendar", "Contacts"]

    /// A shell in tmux with VisitDesk started on a fresh demo store, all four panes on screen.
    private func startDashboard(width: Int = 120, height: Int = 40, environment: String = "") throws -> DashboardFixture {
        try DashboardFixture(width: width, height: height, environment: environment)
    }

    /// Whether a styled capture sets any foreground or background colour (SGR 30–38, 40–48,
    /// 90–107); 39/49 (back to the defaults), bold, underline and reverse do not count.
    static func usesColour(_ styled: String) -> Bool {
        styled.split(separator: "\u{1B}").contains { sequence in
            guard sequence.hasPrefix("["), let end = sequence.firstIndex(of: "m") else { return false }
            let parameters = sequence[sequence.index(after: sequence.startIndex)..<end].split(separator: ";").compactMap { Int($0) }
            return parameters.contains { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }
        }
    }
}

/// Owns what a dashboard test creates; removes the store and kills tmux when the test lets go,
/// whether it passed or threw.
final class DashboardFixture {
    let tmux: TmuxSession
    let store: String

    /// `environment`: assignments put before the command, e.g. `NO_COLOR=1`. `shows`: what the
    /// first frame has when it is whole (another language names the panes and clocks differently).
    init(width: Int, height: Int, environment: String = "", shows: [String] = ["┌ Requests", " new · "]) throws {
        let binary = VisitDeskCLI.binary
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw TmuxError(description: "no visitdesk binary at \(binary): run `swift build` first or set VISITDESK_BIN")
        }
        store = try VisitDeskCLI.demoStore()
        tmux = try TmuxSession.shell(width: width, height: height)
        try tmux.waitFor(TmuxSession.prompt)
        try tmux.type("\(environment) '\(binary)' --store '\(store)' --today 2026-11-25")
        // The status bar is drawn last: waiting for its first part (the demo's "5 new · …" at the
        // pinned date) means the whole first frame has arrived. Not the clock: after midnight in
        // Beijing it carries a weekday and may give way to the counts at 80 columns.
        try tmux.waitUntil("the dashboard") { screen in shows.allSatisfy(screen.contains) }
    }

    deinit {
        tmux.kill()
        try? FileManager.default.removeItem(atPath: store)
    }
}

extension DashboardEndToEndTests {
    /// Asks the shell whether its terminal is back in cooked mode with echo, the state VisitDesk
    /// found it in; the answer only appears if the shell has its prompt back.
    private func expectTerminalRestored(_ tmux: TmuxSession) throws {
        try tmux.type("clear; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo | tr '\\n' +")
        try tmux.waitFor("icanon+echo+")
    }

    /// The process running in the pane's shell: VisitDesk, while it is on screen.
    private func dashboardPID(_ tmux: TmuxSession) throws -> pid_t {
        let shell = try tmux.display("#{pane_pid}")
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        guard let pid = children.split(separator: " ").compactMap({ pid_t($0) }).first else {
            throw TmuxError(description: "the shell \(shell) runs no program")
        }
        return pid
    }

    @Test func allFourPanesAreTitledAt120x40AndQQuitsToTheShell() throws {
        let dashboard = try startDashboard()
        let tmux = dashboard.tmux
        let screen = try tmux.capture()
        for title in Self.titles {
            #expect(screen.contains("┌ \(title) "), "pane \(title) is on screen")
        }
        #expect(screen.contains("Stockholm") && screen.contains("Beijing"), "the status bar shows both clocks")
        try tmux.send("q")
        try tmux.waitUntil("the shell prompt after quitting") { screen in
            !screen.contains("┌ Requests") && screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.hasPrefix(TmuxSession.prompt) == true
        }
        try tmux.type("echo exit-status=$?")
        try tmux.waitFor("exit-status=0")
        try expectTerminalRestored(tmux)
        withExtendedLifetime(dashboard) {}
    }

    @Test func tabAndBackTabMoveTheFocusBetweenPanes() throws {
        let dashboard = try startDashboard()
        let tmux = dashboard.tmux
        // Focus shows as colour only; the help overlay names the focused pane in text.
        func expectFocus(_ pane: String) throws {
            try tmux.send("?")
            try tmux.waitFor("Keys · \(pane)")
            try tmux.send("Escape")
            try tmux.waitUntil("help to close") { !$0.contains("Keys · ") }
        }
        try expectFocus("Requests")
        try tmux.send("Tab")
        try expectFocus("Groups")
        try tmux.send("Tab", "Tab")
        try expectFocus("Contacts")
        try tmux.send("Tab")
        try expectFocus("Requests")
        try tmux.send("BTab")
        try expectFocus("Contacts")
        try tmux.send("q")
        withExtendedLifetime(dashboard) {}
    }

    @Test func shrinkingTheWindowSwitchesToTheTabbedLayoutAtOnce() throws {
        let dashboard = try startDashboard()
        let tmux = dashboard.tmux
        try tmux.resize(width: 80, height: 24)
        let screen = try tmux.waitFor("1 Requests  2 Groups  3 Calendar  4 Contacts", timeout: 1)
        #expect(!screen.contains("┌ Calendar"), "one pane at a time at 80x24")
        try tmux.send("3")
        try tmux.waitFor("┌ Calendar")
        try tmux.resize(width: 39, height: 12)
        try tmux.waitFor("Terminal too small (need 40x12)", timeout: 1)
        try tmux.resize(width: 40, height: 12)
        try tmux.waitFor("┌ Calendar", timeout: 1)
        try tmux.resize(width: 120, height: 40)
        try tmux.waitUntil(timeout: 1, "all four panes again") { screen in Self.titles.allSatisfy { screen.contains("┌ \($0) ") } }
        try tmux.send("q")
        withExtendedLifetime(dashboard) {}
    }

    @Test func aContactRenamedOnDiskAppearsWithinASecond() throws {
        let dashboard = try startDashboard()
        let tmux = dashboard.tmux
        let contacts = dashboard.store + "/contacts"
        let file = try FileManager.default.contentsOfDirectory(atPath: contacts).filter { $0.hasSuffix(".toml") }.sorted()[0]
        let text = try String(contentsOfFile: "\(contacts)/\(file)", encoding: .utf8)
        guard let nameLine = text.split(separator: "\n").first(where: { $0.hasPrefix("name = ") }) else {
            throw TmuxError(description: "\(file) has no name line:\n\(text)")
        }
        // "Aaberg" sorts first, so the renamed contact is on the first row of the Contacts pane.
        let renamed = text.replacingOccurrences(of: String(nameLine), with: "name = \"Anna Aaberg Testsson\"")
        // A rename-save, as editors and sync tools do it: write beside, then move over.
        let temporary = "\(contacts)/.\(file).tmp"
        try renamed.write(toFile: temporary, atomically: false, encoding: .utf8)
        let moved = Date()
        guard rename(temporary, "\(contacts)/\(file)") == 0 else { throw TmuxError(description: "rename failed") }
        let screen = try tmux.waitFor("Anna Aaberg Testsson", timeout: 1)
        #expect(Date().timeIntervalSince(moved) < 1)
        #expect(screen.contains("reloaded contacts/\(file)"), "the status bar says what changed")
        try tmux.send("q")
        withExtendedLifetime(dashboard) {}
    }

    @Test func chineseAndSwedishTextKeepEveryRowExactlyTheWindowWide() throws {
        let dashboard = try startDashboard()
        let tmux = dashboard.tmux
        try tmux.send("4")  // the contact card shows names and organisations in both scripts
        try tmux.waitFor("中文")
        let rows = try tmux.capture(keepTrailingSpaces: true).split(separator: "\n", omittingEmptySubsequences: false).prefix(40)
        #expect(rows.contains { $0.unicodeScalars.contains { terminalColumns(of: $0) == 2 } }, "wide glyphs are on screen")
        #expect(rows.contains { $0.contains("Ö") || $0.contains("å") })
        for (index, row) in rows.enumerated() {
            let width = row.unicodeScalars.reduce(0) { $0 + terminalColumns(of: $1) }
            // A blank last cell may never have been written (ncurses spares the bottom-right
            // corner), so only rows that end in a border must reach the edge exactly.
            if let last = row.last, "│┐┘┤".contains(last) {
                #expect(width == 120, "row \(index) is \(width) columns: \(row)")
            } else {
                #expect(width <= 120, "row \(index) is \(width) columns: \(row)")
            }
        }
        // 40 rows: 38 of panes, the attention line, the status bar.
        #expect(rows.filter { "│┐┘┤".contains($0.last ?? " ") }.count == 38, "every pane row ends in the right border")
        try tmux.send("q")
        withExtendedLifetime(dashboard) {}
    }

    @Test func typedChineseAndSwedishArriveWholeInTheFilter() throws {
        let dashboard = try startDashboard()
        let tmux = dashboard.tmux
        try tmux.send("4", "/")
        try tmux.sendText("陈")  // one keystroke of three UTF-8 bytes, as an input method sends it
        // Only the two Chens (陈) stay; Anders Lindqvist, first in the full list, goes.
        var screen = try tmux.waitUntil("the filter to narrow to 陈") { !$0.contains("Anders Lindqvist") }
        #expect(screen.contains("Chen Jing") && screen.contains("Chen Mei"))
        try tmux.send("Escape")
        try tmux.waitFor("Anders Lindqvist")
        try tmux.send("/")
        try tmux.sendText("sjö")
        screen = try tmux.waitUntil("the filter to narrow") { !$0.contains("Anders Lindqvist") }
        #expect(screen.contains("Erik Sjöberg"))
        try tmux.send("Escape")
        try tmux.waitUntil("the filter to clear") { !$0.contains("/sjö") }
        try tmux.send("q")
        withExtendedLifetime(dashboard) {}
    }

    @Test func themesReachTheTerminalAndTCyclesThem() throws {
        let dashboard = try startDashboard()
        let tmux = dashboard.tmux
        let first = try tmux.captureStyled()
        #expect(Self.usesColour(first), "the default theme colours the screen")
        try tmux.send("T")
        let second = try tmux.waitUntil(timeout: 1, "the next theme") { _ in (try? tmux.captureStyled()).map { $0 != first } ?? false }
        #expect(second.contains("┌ Requests"))
        try tmux.send("q")
        withExtendedLifetime(dashboard) {}
    }

    @Test func noColorLeavesOnlyAttributes() throws {
        let dashboard = try startDashboard(environment: "NO_COLOR=1")
        let tmux = dashboard.tmux
        let styled = try tmux.captureStyled()
        #expect(!Self.usesColour(styled), "NO_COLOR: no colour sequences")
        #expect(styled.contains("\u{1B}[7m") || styled.contains("\u{1B}[1m"), "the selection still stands out (reverse or bold)")
        try tmux.send("q")
        withExtendedLifetime(dashboard) {}
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func terminatingSignalRestoresTheTerminal(signal: Int32) throws {
        let dashboard = try startDashboard()
        let tmux = dashboard.tmux
        let pid = try dashboardPID(tmux)
        #expect(kill(pid, signal) == 0)
        try tmux.waitUntil("the dashboard to leave the screen") { !$0.contains("┌ Requests") }
        try tmux.type("echo exit-status=$?")
        try tmux.waitFor("exit-status=\(128 + signal)")
        try expectTerminalRestored(tmux)
        withExtendedLifetime(dashboard) {}
    }

    @Test func ctrlZSuspendsToTheShellAndFgBringsTheScreenBack() throws {
        let dashboard = try startDashboard()
        let tmux = dashboard.tmux
        try tmux.send("C-z")
        try tmux.waitUntil("the shell's job control prompt") { screen in
            !screen.contains("┌ Requests") && screen.contains("Stopped")
        }
        try tmux.type("fg")
        try tmux.waitUntil("the panes repainted") { screen in Self.titles.allSatisfy { screen.contains("┌ \($0) ") } }
        try tmux.send("q")
        try tmux.waitUntil("the prompt") { !$0.contains("┌ Requests") }
        withExtendedLifetime(dashboard) {}
    }
}

/// Columns a terminal gives a scalar: enough of East Asian Width for the store's scripts (CJK,
/// fullwidth forms, Hangul, emoji) and zero for combining marks. Deliberately independent of the
/// UI core's table, so the two cannot agree by sharing a bug.
func terminalColumns(of scalar: Unicode.Scalar) -> Int {
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark: return 0
    default: break
    }
    let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
    ]
    return wide.contains { $0.contains(scalar.value) } ? 2 : 1
}
