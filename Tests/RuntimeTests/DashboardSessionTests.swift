#if canImport(Glibc)
import Glibc
#endif
import CursesBackend
import Testing
import VisitDeskDomain
import VisitDeskUI
@testable import VisitDeskRuntime

/// The whole session on a pty with the real UI core: keys in, frames out, terminal restored.

extension OneTerminalAtATime {
@Suite struct DashboardSessionTests {
    private let today = LocalDate(year: 2026, month: 11, day: 25)

    private func state(_ catalog: Catalog = Catalog(), themes: [String] = ["default-dark"]) -> AppState {
        AppState(catalog: catalog, size: TerminalSize(width: 120, height: 40), today: today, themeNames: themes)
    }

    private func device(_ pty: PseudoTerminal) -> TerminalDevice {
        TerminalDevice(inputFD: pty.terminal, outputFD: pty.terminal, type: "xterm-256color")
    }

    @Test func qQuitsAfterDrawingThePanesAndRestoresTheTerminal() throws {
        let pty = try PseudoTerminal(width: 120, height: 40)
        pty.type("q")
        let session = DashboardSession(state: state(), hooks: StoreHooks(), inputFD: pty.terminal)
        let end = try session.run(device: device(pty))
        #expect(end == .quit)
        #expect(pty.isCooked)
        let output = pty.output()
        for title in ["Requests", "Groups", "Calendar", "Contacts"] {
            #expect(output.contains(title), "the first frame shows \(title)")
        }
        #expect(session.state.size == TerminalSize(width: 120, height: 40), "the state takes the terminal's size")
    }

    @Test func terminatingSignalEndsTheSessionWithTheTerminalRestored() throws {
        let pty = try PseudoTerminal(width: 80, height: 24)
        SignalMask.block(SignalMask.dashboard)
        defer { SignalMask.unblock(SignalMask.dashboard) }
        raise(SIGTERM)  // pending for this thread until the session's signalfd takes it
        let session = DashboardSession(state: state(), hooks: StoreHooks(), inputFD: pty.terminal)
        let end = try session.run(device: device(pty))
        #expect(end == .signal(SIGTERM))
        #expect(pty.isCooked)
    }

    @Test func storeChangeIsReloadedOnceAfterItSettles() throws {
        let pty = try PseudoTerminal(width: 120, height: 40)
        let watcher = try Pipe()
        watcher.write([1, 2, 3])  // three events of one burst
        var reloads = 0
        var drained = 0
        let changed = Catalog(contacts: [Contact(id: "asa-oberg", name: "Åsa Öberg", nameZh: "奥贝里")])
        let hooks = StoreHooks(
            watchFD: watcher.read,
            onWatchReadable: { drained += watcher.drain().count },
            reload: {
                reloads += 1
                pty.type("q")  // the user quits once the screen has followed
                return [.catalogReplaced(changed, summary: Phrase("reloaded contacts/asa-oberg.toml"))]
            }
        )
        let session = DashboardSession(state: state(), hooks: hooks, inputFD: pty.terminal)
        let start = LoopClock.system.monotonicMilliseconds()
        #expect(try session.run(device: device(pty)) == .quit)
        let elapsed = LoopClock.system.monotonicMilliseconds() - start
        #expect(drained == 3)
        #expect(reloads == 1)
        #expect(elapsed >= 20, "the default quiet time passed before the reload")
        #expect(session.state.catalog.contact(id: "asa-oberg")?.name == "Åsa Öberg")
        #expect(pty.output().contains("Åsa Öberg"), "the new contact reached the screen")
    }

    @Test func anErrorFromAHookRestoresTheTerminalAndIsRethrown() throws {
        struct StoreVanished: Error {}
        let pty = try PseudoTerminal(width: 120, height: 40)
        let watcher = try Pipe()
        watcher.write([1])
        let hooks = StoreHooks(watchFD: watcher.read, onWatchReadable: { throw StoreVanished() })
        let session = DashboardSession(state: state(), hooks: hooks, inputFD: pty.terminal)
        #expect(throws: StoreVanished.self) { try session.run(device: device(pty)) }
        #expect(pty.isCooked)
    }

    @Test func themeKeyAsksForTheNextThemeByName() throws {
        let pty = try PseudoTerminal(width: 120, height: 40)
        pty.type("T")
        var requested: [String] = []
        let hooks = StoreHooks(theme: { name in
            requested.append(name)
            guard name == "light" else { return (Theme.fallback, nil) }
            pty.type("q")  // read in the next round, after the frame with the message
            return (Theme.fallback, "light.toml: line 3: expected a colour")
        })
        let session = DashboardSession(state: state(themes: ["default-dark", "light"]), hooks: hooks, inputFD: pty.terminal)
        try session.run(device: device(pty))
        #expect(requested == ["default-dark", "light"])
        #expect(pty.output().contains("light.toml: line 3: expected a colour"), "a broken theme says why on screen")
    }

    @Test func aSessionCanRunAgainAfterQuitting() throws {
        let pty = try PseudoTerminal(width: 120, height: 40)
        let session = DashboardSession(state: state(), hooks: StoreHooks(), inputFD: pty.terminal)
        pty.type("q")
        #expect(try session.run(device: device(pty)) == .quit)
        _ = pty.output()
        pty.type("q")
        #expect(try session.run(device: device(pty)) == .quit)
        #expect(pty.output().contains("Requests"), "the second run draws again")
        #expect(pty.isCooked)
    }

    @Test func closedTerminalEndsTheSession() throws {
        let pty = try PseudoTerminal(width: 120, height: 40)
        let input = try Pipe()
        input.closeWriter()
        let session = DashboardSession(state: state(), hooks: StoreHooks(), inputFD: input.read)
        #expect(try session.run(device: device(pty)) == .terminalClosed)
        #expect(pty.isCooked)
    }
}
}
