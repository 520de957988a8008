import Foundation

struct TmuxError: Error, CustomStringConvertible {
    let description: String
}

/// A private tmux server with one window of a fixed size: the end-to-end tests' terminal.
/// Each session gets its own socket (`-L visitdesk-e2e-<random>`), so tests never see each
/// other or the user's tmux; the server is killed when the session is released, pass or fail.
final class TmuxSession {
    let socket: String
    private(set) var isKilled = false

    /// Starts `command` (one shell word string) in a `width`x`height` window.
    init(command: String, width: Int = 120, height: Int = 40) throws {
        socket = "visitdesk-e2e-\(UInt32.random(in: 0...UInt32.max))"
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)", command])
        // Keep the pane after the program exits, so a test can still read what it left behind.
        try tmux(["set-option", "-g", "remain-on-exit", "on"])
        try tmux(["set-option", "-g", "set-clipboard", "on"])
        socketPath = try display("#{socket_path}")
    }

    /// tmux leaves its socket file behind after kill-server; removed in `kill`.
    private var socketPath = ""

    /// A POSIX shell with a fixed prompt: tests type commands into it like a user would, and
    /// see the prompt come back when VisitDesk exits.
    /// Its config folder (`XDG_CONFIG_HOME`) is its own and empty, so nothing from the tester's
    /// ~/.config or another test's run (a language, a store, a remembered name) reaches it;
    /// a test that wants a config puts `XDG_CONFIG_HOME=…` before its command.
    static func shell(width: Int = 120, height: Int = 40) throws -> TmuxSession {
        let config = NSTemporaryDirectory() + "visitdesk-e2e-config-\(UUID().uuidString.prefix(8))"
        let session = try TmuxSession(
            command: "env -i PATH=/usr/bin:/bin HOME=\(NSTemporaryDirectory()) XDG_CONFIG_HOME=\(config) TERM=xterm-256color LANG=C.UTF-8 PS1='e2e$ ' sh",
            width: width, height: height
        )
        session.ownFolders.append(config)
        return session
    }

    static let prompt = "e2e$"

    deinit { kill() }

    /// tmux key names (`Tab`, `BTab`, `Escape`, `C-z`, `q`), each sent as one key.
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Literal text, then Enter: a command line typed into the shell.
    func type(_ line: String) throws {
        try sendText(line)
        try tmux(["send-keys", "-t", "0", "Enter"])
    }

    /// Literal text, as typed (no key-name lookup: `Tab` would be three letters).
    func sendText(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    /// The visible screen as text, one line per row; `keepTrailingSpaces` keeps every row at the
    /// window's full width (tmux trims them otherwise).
    func capture(keepTrailingSpaces: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"] + (keepTrailingSpaces ? ["-N"] : []))
    }

    /// The screen with its colours and attributes as escape sequences (`capture-pane -e`).
    func captureStyled() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", "0"])
    }

    /// Polls the screen every 50 ms until `predicate` holds; throws with the last screen if it
    /// does not within `timeout` seconds.
    @discardableResult
    func waitUntil(timeout: Double = 5, _ what: String, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = ""
        while true {
            screen = try capture()
            // A frame reaches tmux as a stream of bytes: the text looked for can be on screen
            // while the rows below it are still being drawn. Only a screen that stays the same
            // for a moment is returned, so the test reads the whole frame.
            if predicate(screen) {
                Thread.sleep(forTimeInterval: 0.03)
                if try capture() == screen { return screen }
            }
            if Date() >= deadline { break }
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError(description: "waited \(timeout) s for \(what); the screen was:\n\(screen)")
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = 5) throws -> String {
        try waitUntil(timeout: timeout, "\"\(text)\"") { $0.contains(text) }
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// tmux format variables of the pane, e.g. `#{pane_pid}`.
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// What the copy side of OSC 52 put into tmux's paste buffer.
    func pasteBuffer() throws -> String {
        try tmux(["show-buffer"])
    }

    func kill() {
        guard !isKilled else { return }
        isKilled = true
        _ = try? tmux(["kill-server"])
        if !socketPath.isEmpty { unlink(socketPath) }
        for folder in ownFolders { try? FileManager.default.removeItem(atPath: folder) }
    }

    /// Folders made for this session (its config folder), removed in `kill`.
    var ownFolders: [String] = []

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Subprocess.run(["tmux", "-L", socket] + arguments)
    }
}

