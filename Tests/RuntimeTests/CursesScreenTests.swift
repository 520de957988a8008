import CNcursesShim
import CursesBackend
import Testing
import VisitDeskUI

/// The real ncursesw on a pty.
extension OneTerminalAtATime {
@Suite struct CursesScreenTests {
    private func open(_ pty: PseudoTerminal, environment: [String: String] = [:]) throws -> CursesScreen {
        try CursesScreen(device: TerminalDevice(inputFD: pty.terminal, outputFD: pty.terminal, type: "xterm-256color"), environment: environment)
    }

    private func grid(_ lines: [String], width: Int) -> Grid {
        var grid = Grid(width: width, height: lines.count)
        for (y, line) in lines.enumerated() {
            var x = 0
            for character in line {
                let width = character.unicodeScalars.first!.value >= 0x1100 ? 2 : 1
                grid.put(character, width: width, x: x, y: y, role: .normal)
                x += width
            }
        }
        return grid
    }

    @Test func typedKeysArriveAsVisitDeskKeys() throws {
        let pty = try PseudoTerminal(width: 40, height: 12)
        let screen = try open(pty)
        defer { screen.restore() }
        // Swedish and Chinese whole, Tab, Shift-Tab (CSI Z), Up in keypad mode, Backspace, Ctrl-R.
        pty.type("å张\t\u{1B}[Z\u{1B}OA\u{7F}\u{12}e\u{308}")
        #expect(screen.readInput() == [
            .key(.character("å")), .key(.character("张")), .key(.tab), .key(.backTab), .key(.up),
            .key(.backspace), .key(.control("r")), .key(.character("e\u{308}")),
        ])
        #expect(screen.readInput().isEmpty, "a second read finds nothing and does not block")
    }

    @Test func aLoneEscapeIsTheEscapeKey() throws {
        let pty = try PseudoTerminal(width: 40, height: 12)
        let screen = try open(pty)
        defer { screen.restore() }
        pty.type("\u{1B}")
        var inputs = screen.readInput()
        if inputs.isEmpty {  // ncurses waits ESCDELAY (25 ms) for the rest of a sequence
            pty.type("")
            inputs = screen.readInput()
        }
        #expect(inputs == [.key(.escape)])
    }

    @Test func onlyChangedCellsAreSentAgain() throws {
        let pty = try PseudoTerminal(width: 20, height: 3)
        let screen = try open(pty)
        defer { screen.restore() }
        screen.draw(grid(["张伟 Åsa Öberg", "河北省商务厅", "Zoe\u{308}"], width: 20))
        let first = pty.output()
        #expect(first.contains("张伟"))
        #expect(first.contains("Åsa"))
        #expect(first.contains("Zoe\u{308}"))

        screen.draw(grid(["张伟 Åsa Öberg", "河北省商务厅", "Zoe\u{308}"], width: 20))
        let repeatFrame = pty.output()
        #expect(!repeatFrame.contains("张") && !repeatFrame.contains("Å"), "an unchanged frame redraws nothing: \(repeatFrame.debugDescription)")
        #expect(screen.glyphsInLastFrame == 0)

        screen.draw(grid(["张伟 Åsa Öberg", "河北省商务厅", "Zoé"], width: 20))
        let change = pty.output()
        #expect(change.contains("é"))
        #expect(!change.contains("张") && !change.contains("河"))
        #expect(screen.glyphsInLastFrame == 1)
    }

    @Test func themeChangeRepaintsEveryCell() throws {
        let pty = try PseudoTerminal(width: 20, height: 2)
        let screen = try open(pty)
        defer { screen.restore() }
        let frame = grid(["Åsa", "张伟"], width: 20)
        screen.draw(frame)
        _ = pty.output()
        screen.apply(theme: Theme(name: "test", styles: [.normal: Style(foreground: .rgb(0, 0, 255))]))
        screen.draw(frame)
        let repaint = pty.output()
        #expect(repaint.contains("Åsa") && repaint.contains("张伟"))
        #expect(screen.glyphsInLastFrame == 40 - 2, "every glyph of the 20x2 frame; 张伟 take two cells each")
    }

    @Test func restoreGivesTheShellItsTerminalBackAndIsIdempotent() throws {
        let pty = try PseudoTerminal(width: 40, height: 12)
        let screen = try open(pty)
        #expect(!pty.isCooked, "the dashboard runs the terminal raw")
        screen.draw(grid(["x"], width: 40))
        _ = pty.output()
        screen.restore()
        #expect(pty.isCooked)
        #expect(pty.output().contains("\u{1B}[?1049l"), "leaves the alternate screen")
        screen.restore()
        #expect(!screen.isActive)
        #expect(screen.readInput().isEmpty)
    }

    @Test func resizeReportsTheNewSizeAndQueuesAResize() throws {
        let pty = try PseudoTerminal(width: 120, height: 40)
        let screen = try open(pty)
        defer { screen.restore() }
        #expect(screen.size() == TerminalSize(width: 120, height: 40))
        pty.resize(width: 80, height: 24)
        #expect(screen.resize() == TerminalSize(width: 80, height: 24))
        #expect(screen.readInput().contains(.resize))
        screen.draw(grid(["after resize"], width: 80))
        #expect(pty.output().contains("after resize"))
    }

    @Test func crashRestoreGivesTheTerminalBackWithoutNcurses() throws {
        let pty = try PseudoTerminal(width: 40, height: 12)
        let screen = try open(pty)
        screen.draw(grid(["张伟"], width: 40))
        _ = pty.output()
        #expect(!pty.isCooked)
        // What the SIGSEGV/SIGILL handler runs, called directly: modes back, full screen left.
        vd_crash_restore_terminal()
        #expect(pty.isCooked)
        #expect(pty.output().contains("\u{1B}[?1049l"))
        screen.restore()
    }

    @Test func aPipeIsNotATerminal() throws {
        let pipe = try Pipe()
        #expect(throws: CursesError.self) {
            _ = try CursesScreen(device: TerminalDevice(inputFD: pipe.read, outputFD: pipe.write, type: "xterm-256color"))
        }
    }

    @Test func terminalTypeComesFromTheGivenEnvironment() throws {
        let pty = try PseudoTerminal(width: 40, height: 12)
        #expect(throws: CursesError.self) {
            _ = try CursesScreen(device: TerminalDevice(inputFD: pty.terminal, outputFD: pty.terminal), environment: ["TERM": "no-such-terminal-42"])
        }
        let screen = try CursesScreen(device: TerminalDevice(inputFD: pty.terminal, outputFD: pty.terminal), environment: ["TERM": "xterm-256color"])
        #expect(screen.capabilities.colors == 256)
        screen.restore()
    }

    @Test func unknownTerminalTypeIsAnErrorNotAnExit() throws {
        let pty = try PseudoTerminal(width: 40, height: 12)
        #expect(throws: CursesError.self) {
            _ = try CursesScreen(device: TerminalDevice(inputFD: pty.terminal, outputFD: pty.terminal, type: "no-such-terminal-42"))
        }
    }
}
}
