#if canImport(Glibc)
import Glibc
#endif
import CNcursesShim
import Testing

/// A pty pair: the screen under test drives the `terminal` side, the test plays the human at
/// the `controller` side (types bytes, reads what would be drawn).
final class PseudoTerminal {
    let controller: Int32
    let terminal: Int32

    init(width: Int, height: Int) throws {
        var controller: Int32 = -1
        var terminal: Int32 = -1
        guard vd_open_pty(&controller, &terminal) == 0 else { throw PseudoTerminalError() }
        self.controller = controller
        self.terminal = terminal
        _ = fcntl(controller, F_SETFL, fcntl(controller, F_GETFL) | O_NONBLOCK)
        resize(width: width, height: height)
    }

    func resize(width: Int, height: Int) {
        _ = vd_set_terminal_size(terminal, Int32(height), Int32(width))
    }

    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(controller, $0.baseAddress, $0.count) }
        usleep(20_000)  // let the line discipline pass the bytes to the terminal side
    }

    /// Everything written to the terminal since the last call, as text.
    func output() -> String {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = read(controller, &buffer, buffer.count)
            if n <= 0 { break }
            bytes += buffer[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether the terminal is in the cooked mode a shell expects (line editing and echo on).
    var isCooked: Bool {
        var modes = termios()
        tcgetattr(terminal, &modes)
        return modes.c_lflag & tcflag_t(ICANON) != 0 && modes.c_lflag & tcflag_t(ECHO) != 0
    }

    deinit {
        close(terminal)
        close(controller)
    }
}

struct PseudoTerminalError: Error {}

/// ncurses has one global screen: every suite that opens one nests in here and runs serialized.
@Suite(.serialized) enum OneTerminalAtATime {}
