#if canImport(Glibc)
import Glibc
#endif
import CNcursesShim

public struct SignalSetupError: Error, CustomStringConvertible {
    public let description: String
}

/// Blocking signals so they can be read from a signalfd instead of interrupting the program.
public enum SignalMask {
    /// The signals the dashboard turns into events.
    public static let dashboard: [Int32] = [SIGWINCH, SIGTERM, SIGHUP, SIGINT, SIGTSTP, SIGCONT]

    /// Call at the very top of main, before any thread exists: threads inherit the mask, and a
    /// thread that has not blocked a process-wide signal would take it with its default action.
    public static func block(_ signals: [Int32]) {
        _ = signals.withUnsafeBufferPointer { vd_block_signals($0.baseAddress, Int32($0.count)) }
    }

    public static func unblock(_ signals: [Int32]) {
        _ = signals.withUnsafeBufferPointer { vd_unblock_signals($0.baseAddress, Int32($0.count)) }
    }
}

/// A signalfd for a set of signals; closes it when released.
final class SignalSource {
    let fd: Int32

    init(signals: [Int32]) throws {
        SignalMask.block(signals)
        let fd = signals.withUnsafeBufferPointer { vd_signalfd($0.baseAddress, Int32($0.count)) }
        guard fd >= 0 else {
            throw SignalSetupError(description: "signalfd failed: \(String(cString: strerror(errno)))")
        }
        self.fd = fd
    }

    /// Every signal pending right now, in arrival order.
    func drain() -> [Int32] {
        var signals: [Int32] = []
        while true {
            let signal = vd_read_signal(fd)
            if signal <= 0 { return signals }
            signals.append(signal)
        }
    }

    deinit { close(fd) }
}
