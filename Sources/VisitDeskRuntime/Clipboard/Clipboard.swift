import Foundation

/// Copies text to the user's clipboard from a terminal program. OSC 52 goes to the terminal
/// itself (works over ssh and inside tmux with `set-clipboard on`); where a desktop clipboard
/// tool exists it is fed too, since many terminals ignore OSC 52.
public struct Clipboard: Sendable {
    /// Where the escape sequence is written: the terminal, not through ncurses (which would
    /// draw it as text).
    public var terminalFD: Int32
    public var environment: [String: String]

    public init(terminalFD: Int32 = STDOUT_FILENO, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.terminalFD = terminalFD
        self.environment = environment
    }

    /// `ESC ] 52 ; c ; <base64> BEL`: the clipboard ("c") selection set to `text`.
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;\(Data(text.utf8).base64EncodedString())\u{07}"
    }

    /// Sends `text` everywhere it can go; returns the names of the ways used ("OSC 52",
    /// "wl-copy", "xclip") so the status bar can say where it went.
    @discardableResult
    public func copy(_ text: String) -> [String] {
        var used: [String] = []
        let sequence = Array(Self.osc52(text).utf8)
        let written = sequence.withUnsafeBytes { write(terminalFD, $0.baseAddress, $0.count) }
        if written == sequence.count { used.append("OSC 52") }
        if let tool = desktopTool(), pipe(text, to: tool) { used.append(tool.name) }
        return used
    }

    /// The desktop clipboard command for the session we run in, if it is installed.
    func desktopTool() -> (name: String, path: String, arguments: [String])? {
        if environment["WAYLAND_DISPLAY"].map({ !$0.isEmpty }) == true, let path = findInPath("wl-copy") {
            return ("wl-copy", path, [])
        }
        if environment["DISPLAY"].map({ !$0.isEmpty }) == true, let path = findInPath("xclip") {
            return ("xclip", path, ["-selection", "clipboard"])
        }
        return nil
    }

    func findInPath(_ name: String) -> String? {
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return directories.map { "\($0)/\(name)" }.first { access($0, X_OK) == 0 }
    }

    /// Starts the tool and hands it the text; does not wait, because both tools keep running
    /// to serve the selection.
    private func pipe(_ text: String, to tool: (name: String, path: String, arguments: [String])) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool.path)
        process.arguments = tool.arguments
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
            try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
            try input.fileHandleForWriting.close()
            return true
        } catch {
            return false
        }
    }
}
