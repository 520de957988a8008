#if canImport(Glibc)
import Glibc
#endif
import CNcursesShim
import VisitDeskUI

public enum CursesError: Error, CustomStringConvertible {
    case cannotStart(terminalType: String)
    case notATerminal

    public var description: String {
        switch self {
        case .notATerminal:
            return "the dashboard needs a terminal; for text output use `visitdesk snapshot`"
        case .cannotStart(let type):
            return "cannot start the terminal screen (TERM=\(type)); try TERM=xterm-256color"
        }
    }
}

/// Which terminal to drive: the process's own by default, a pty in tests.
public struct TerminalDevice: Sendable {
    public var inputFD: Int32
    public var outputFD: Int32
    /// The terminfo name; nil takes TERM from the environment.
    public var type: String?

    public init(inputFD: Int32 = STDIN_FILENO, outputFD: Int32 = STDOUT_FILENO, type: String? = nil) {
        self.inputFD = inputFD
        self.outputFD = outputFD
        self.type = type
    }
}

/// The only place that talks to ncursesw: copies Grids to the terminal (only what changed),
/// reads keys, follows resizes, and gives the terminal back on every way out.
///
/// Main-thread only; ncurses has one global screen, so create one at a time.
public final class CursesScreen {
    private let device: TerminalDevice
    private var screen: OpaquePointer?
    private var previous: Grid?
    /// Alt keys, sequences ncurses does not know, and bracketed pastes, across reads.
    private var assembler = InputAssembler()
    private var plan: ColorPlan
    private var cursorVisible = false
    public let capabilities: ColorPlan.Capabilities
    /// How many glyphs the last `draw` handed to ncurses: the cost of a frame, for tests and
    /// benchmarks (ncurses diffs again before writing, but only after this work is done).
    public private(set) var glyphsInLastFrame = 0

    public var isActive: Bool { screen != nil }

    public init(device: TerminalDevice = TerminalDevice(), environment: [String: String]? = nil) throws {
        self.device = device
        guard isatty(device.inputFD) == 1, isatty(device.outputFD) == 1 else { throw CursesError.notATerminal }
        TerminalLocale.activate()
        vd_save_terminal_modes(device.inputFD)
        let type = device.type ?? Self.variable("TERM", environment)
        guard let screen = vd_newterm(type, device.outputFD, device.inputFD) else {
            throw CursesError.cannotStart(terminalType: type ?? "unset")
        }
        self.screen = screen
        vd_install_crash_restore(device.inputFD, device.outputFD)
        raw()
        noecho()
        nonl()
        let window = vd_stdscr()
        keypad(window, true)
        nodelay(window, true)
        intrflush(window, false)
        set_escdelay(25)
        curs_set(0)
        var defaultColors = false
        if has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
        }
        let noColor = !(Self.variable("NO_COLOR", environment) ?? "").isEmpty
        capabilities = ColorPlan.Capabilities(
            colors: has_colors() ? Int(vd_colors()) : 0, maxPairs: Int(vd_color_pairs()),
            defaultColors: defaultColors, noColor: noColor
        )
        plan = ColorPlan(style: Theme.fallback.style(for:), capabilities: capabilities)
        installPairs()
        bracketedPaste(true)
    }

    /// Asks the terminal to mark pastes (`ESC [ 200 ~` … `ESC [ 201 ~`), so pasted text goes
    /// into a field as text and never runs as commands. Terminals that do not know it ignore it.
    private func bracketedPaste(_ on: Bool) {
        let sequence = Array((on ? "\u{1B}[?2004h" : "\u{1B}[?2004l").utf8)
        _ = sequence.withUnsafeBytes { write(device.outputFD, $0.baseAddress, $0.count) }
    }

    deinit { restore() }

    /// Rebuilds the colour pairs for `theme`; the next draw repaints every cell in the new look.
    public func apply(theme: Theme) {
        guard isActive else { return }
        plan = ColorPlan(style: theme.style(for:), capabilities: capabilities)
        installPairs()
        previous = nil
    }

    /// Sends the cells that differ from the last frame and refreshes. `cursor` shows the
    /// terminal cursor there (text fields); nil hides it.
    public func draw(_ grid: Grid, cursor: (x: Int, y: Int)? = nil) {
        guard isActive else { return }
        let window = vd_stdscr()
        if let previous, previous.width != grid.width || previous.height != grid.height {
            werase(window)
        }
        let changed = changedGlyphPositions(from: previous, to: grid)
        for (x, y) in changed {
            put(grid[x, y], x: x, y: y, window: window)
        }
        glyphsInLastFrame = changed.count
        previous = grid
        showCursor(at: cursor, window: window)
        wrefresh(window)
    }

    /// Every key waiting right now, without blocking: the event loop calls this when the input
    /// descriptor is readable (and after a resize, since KEY_RESIZE is queued inside ncurses).
    public func readInput() -> [TerminalInput] {
        guard isActive else { return [] }
        var inputs: [TerminalInput] = []
        let window = vd_stdscr()
        while true {
            var code: wint_t = 0
            let result = wget_wch(window, &code)
            if result == ERR { break }
            if let input = KeyDecoder.decode(UInt32(code), isKeyCode: result == KEY_CODE_YES) {
                KeyDecoder.append(input, to: &inputs)
            }
        }
        return assembler.feed(inputs)
    }

    /// The keys alone, for callers that follow resizes through SIGWINCH instead.
    public func readKeys() -> [Key] {
        readInput().compactMap { if case .key(let key) = $0 { key } else { nil } }
    }

    /// The terminal's size as the kernel knows it right now.
    public func size() -> TerminalSize {
        var rows: Int32 = 0
        var cols: Int32 = 0
        if vd_terminal_size(device.outputFD, &rows, &cols) == 0 || vd_terminal_size(device.inputFD, &rows, &cols) == 0 {
            return TerminalSize(width: Int(cols), height: Int(rows))
        }
        return TerminalSize(width: Int(vd_cols()), height: Int(vd_lines()))
    }

    /// Call after SIGWINCH: tells ncurses the new size and repaints everything on the next draw.
    @discardableResult
    public func resize() -> TerminalSize {
        let current = size()
        guard isActive else { return current }
        resizeterm(Int32(current.height), Int32(current.width))
        previous = nil
        return current
    }

    /// Ctrl-Z: gives the terminal back to the shell and stops the process; returns once it is
    /// continued (fg), after which `resume()` repaints.
    public func suspend() {
        guard isActive else { return }
        bracketedPaste(false)
        endwin()
        vd_stop_self()
    }

    /// Gives the terminal to a child process (the editor) without stopping; `resume()` takes it back.
    public func leave() {
        guard isActive else { return }
        bracketedPaste(false)
        endwin()
    }

    /// After SIGCONT: takes the terminal again (modes, alternate screen) and repaints it whole;
    /// the window may have changed size while the process was stopped.
    @discardableResult
    public func resume() -> TerminalSize {
        guard isActive else { return size() }
        let window = vd_stdscr()
        clearok(vd_curscr(), true)
        wrefresh(window)
        bracketedPaste(true)
        return resize()
    }

    /// Gives the terminal back as it was (cursor, echo, line mode, main screen). Safe to call
    /// more than once and from every exit path.
    public func restore() {
        guard let screen else { return }
        vd_remove_crash_restore()
        bracketedPaste(false)
        curs_set(1)
        endwin()
        vd_delterm(screen)
        self.screen = nil
        previous = nil
    }

    private func put(_ cell: Cell, x: Int, y: Int, window: UnsafeMutablePointer<WINDOW>?) {
        let look = plan.look(for: cell.role)
        var scalars = Self.printableScalars(of: cell)
        let attributes = attributes(of: look)
        scalars.withUnsafeMutableBufferPointer { buffer in
            _ = vd_put_glyph(window, Int32(y), Int32(x), buffer.baseAddress, Int32(buffer.count), attributes, Int32(look.pair))
        }
        // The grid and glibc may disagree on a glyph's width (emoji with VS16): if the terminal
        // draws it narrow, blank the half the grid reserved so nothing stale shows through.
        if cell.width == 2, let base = scalars.first, vd_wcwidth(base) == 1 {
            var space: [UInt32] = [32]
            _ = vd_put_glyph(window, Int32(y), Int32(x + 1), &space, 1, attributes, Int32(look.pair))
        }
    }

    /// Control characters would move the terminal's cursor and break the frame: draw a space.
    private static func printableScalars(of cell: Cell) -> [UInt32] {
        guard let character = cell.character else { return [32] }
        let scalars = character.unicodeScalars.map(\.value)
        guard let first = scalars.first, first >= 32, !(0x7F..<0xA0).contains(first) else { return [32] }
        return scalars
    }

    private func attributes(of look: ColorPlan.Look) -> attr_t {
        var attributes = vd_attr_normal()
        if look.bold { attributes |= vd_attr_bold() }
        if look.underline { attributes |= vd_attr_underline() }
        if look.reverse { attributes |= vd_attr_reverse() }
        return attributes
    }

    private func installPairs() {
        for (index, pair) in plan.pairs.enumerated() {
            init_extended_pair(Int32(index + 1), Int32(pair.foreground), Int32(pair.background))
        }
    }

    private func showCursor(at cursor: (x: Int, y: Int)?, window: UnsafeMutablePointer<WINDOW>?) {
        if let cursor {
            wmove(window, Int32(cursor.y), Int32(cursor.x))
            if !cursorVisible { curs_set(1) }
        } else if cursorVisible {
            curs_set(0)
        }
        cursorVisible = cursor != nil
    }

    private static func variable(_ name: String, _ environment: [String: String]?) -> String? {
        if let environment { return environment[name] }
        return getenv(name).map { String(cString: $0) }
    }
}
