#if canImport(Glibc)
import Glibc
#endif

/// A file's new contents, given piece by piece, that replace the file atomically only if they
/// differ from what it holds — without the new contents or the old ever being whole in memory.
///
/// The calendar feed is ~6 MB at 10,000 delegations and is made again after every change to the
/// store; most changes leave it as it was. Built into one buffer and compared with the file read
/// whole, it held 12 MB at once, on the dashboard's memory peak. Here each piece is compared with
/// the file's next bytes as it comes; at the first difference the part that matched is copied
/// from the old file into a temporary one, the rest of the pieces follow it there, and `finish`
/// renames it over the file (as `FileIO.writeAtomically`, fsynced). One pass, two 64 KB buffers.
final class FileReplacement {
    private let path: String
    /// The file as it is, while every piece so far matched it (nil once they differ, or if absent).
    private var old: Int32?
    /// How many bytes of the old file the pieces matched.
    private var matched = 0
    private var temporary: (fd: Int32, path: String)?
    private var pending: [UInt8] = []
    private var comparison = [UInt8](repeating: 0, count: FileReplacement.blockSize)
    private var failure: FileIOError?

    private static let blockSize = 65_536

    /// `path`'s folder must exist. A symbolic link is written through, as `FileIO.writeAtomically` does.
    init(_ path: String) {
        let path = FileIO.linkTarget(path) ?? path
        self.path = path
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        if fd >= 0 { old = fd } else { old = nil }
    }

    deinit {
        if let old { close(old) }
        if let temporary {
            close(temporary.fd)
            unlink(temporary.path)
        }
    }

    /// The next piece of the new contents.
    func append(_ piece: String) {
        var piece = piece
        piece.withUTF8 { append(UnsafeRawBufferPointer($0)) }
    }

    func append(_ bytes: UnsafeRawBufferPointer) {
        guard failure == nil, bytes.count > 0 else { return }
        if old != nil {
            if oldContinues(with: bytes) {
                matched += bytes.count
                return
            }
            startTemporary()
        } else if temporary == nil {
            startTemporary()  // no file to compare with: a new one
        }
        write(bytes)
    }

    /// Replaces the file if the pieces differ from it; returns whether it was replaced.
    func finish() throws(FileIOError) -> Bool {
        if failure == nil, let fd = old {
            // Every piece matched: the file is unchanged if it ends where they did.
            var byte: UInt8 = 0
            if readFully(fd, &byte, 1) == 0 { return false }
            startTemporary()
        }
        if failure == nil, old == nil, temporary == nil { startTemporary() }
        flushPending()
        if let failure { throw failure }
        guard let written = temporary else { return false }
        temporary = nil
        try FileIO.closeTemporary(written.fd, written.path, for: path, flush: true)
        try FileIO.commit(written.path, to: path, expected: nil, checkExpected: false, syncFolder: true)
        return true
    }

    /// Whether the old file's next bytes are `bytes` (it is read on in step with the pieces).
    private func oldContinues(with bytes: UnsafeRawBufferPointer) -> Bool {
        guard let fd = old else { return false }
        var offset = 0
        while offset < bytes.count {
            let wanted = min(bytes.count - offset, comparison.count)
            let got = comparison.withUnsafeMutableBytes { readFully(fd, $0.baseAddress!, wanted) }
            guard got == wanted else { return false }
            let same = comparison.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress! + offset, wanted) == 0 }
            guard same else { return false }
            offset += wanted
        }
        return true
    }

    /// The first difference: a temporary file that starts with the part of the old file the
    /// pieces matched.
    private func startTemporary() {
        let reader = old
        old = nil
        defer { if let reader { close(reader) } }
        do throws(FileIOError) {
            temporary = try FileIO.openTemporary(for: path)
        } catch {
            failure = error
            return
        }
        guard matched > 0, let reader else { return }
        guard lseek(reader, 0, SEEK_SET) == 0 else {
            failure = .system(path: path, operation: "read", errno: errno)
            return
        }
        var left = matched
        while left > 0, failure == nil {
            let wanted = min(left, comparison.count)
            let got = comparison.withUnsafeMutableBytes { readFully(reader, $0.baseAddress!, wanted) }
            guard got == wanted else {
                failure = .system(path: path, operation: "read", errno: got < 0 ? errno : EIO)
                return
            }
            comparison.withUnsafeBytes { write(UnsafeRawBufferPointer(rebasing: $0[0..<wanted])) }
            left -= wanted
        }
    }

    /// Buffers `bytes` for the temporary file, writing a block whenever one is full.
    private func write(_ bytes: UnsafeRawBufferPointer) {
        pending.append(contentsOf: bytes)
        if pending.count >= Self.blockSize { flushPending() }
    }

    private func flushPending() {
        guard failure == nil, let temporary, !pending.isEmpty else { return }
        pending.withUnsafeBytes { buffer in
            do throws(FileIOError) { try FileIO.writeAll(buffer, to: temporary.fd, for: path) } catch { failure = error }
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Reads `count` bytes unless the file ends first; the number read, or -1 on an error.
    private func readFully(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
        var total = 0
        while total < count {
            let got = Glibc.read(fd, buffer + total, count - total)
            if got < 0 {
                if errno == EINTR { continue }
                return -1
            }
            if got == 0 { break }
            total += got
        }
        return total
    }
}
