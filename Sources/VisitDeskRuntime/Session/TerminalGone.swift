#if canImport(Glibc)
import Glibc
#endif

/// Tells a terminal that has gone away from one that merely had nothing for us this time.
///
/// When the terminal's other end closes (hung up under su or runuser, where no SIGHUP comes),
/// the descriptor polls readable forever while reads give end-of-file or EIO. After a readable
/// wake-up that decoded nothing and left no byte waiting, one non-blocking read settles it:
/// EOF or EIO means gone, EAGAIN means a live terminal that is simply quiet.
enum TerminalGone {
    static func afterEmptyRead(_ empty: Bool, fd: Int32) -> Bool {
        guard empty, bytesWaiting(fd) == 0 else { return false }
        let flags = fcntl(fd, F_GETFL)
        guard flags >= 0 else { return errno == EBADF || errno == EIO }
        if flags & O_NONBLOCK == 0 { _ = fcntl(fd, F_SETFL, flags | O_NONBLOCK) }
        defer { if flags & O_NONBLOCK == 0 { _ = fcntl(fd, F_SETFL, flags) } }
        var byte: UInt8 = 0
        let count = read(fd, &byte, 1)
        if count == 0 { return true }
        if count < 0 { return errno == EIO || errno == EBADF }
        return false  // a byte arrived just now: the terminal is alive (the byte is a lost keypress at worst)
    }

    /// Bytes the kernel holds for `fd`, 0 when it cannot say (a closed terminal answers EIO).
    static func bytesWaiting(_ fd: Int32) -> Int32 {
        var waiting: Int32 = 0
        return ioctl(fd, UInt(FIONREAD), &waiting) == 0 ? waiting : 0
    }
}
