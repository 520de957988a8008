#if canImport(Glibc)
import Glibc
#endif

/// A file's bytes mapped read-only into memory, for the start-up cache.
///
/// Reading the 4 MB cache of a 10,000-delegation store into an array cost ~5 ms of the first
/// frame: zeroing the array, then the kernel copying every page into it (a page fault each).
/// A private mapping with `MAP_POPULATE` hands the page cache's own pages to the decoder instead.
///
/// The cache is only ever replaced by renaming a new file over it (`FileIO.writeAtomically`), so
/// the mapped file is never cut short under the reader: the old inode lives on until unmapped.
/// Where the kernel cannot map the file, the bytes are read as any other file's.
final class MappedFile: @unchecked Sendable {
    private let base: UnsafeRawPointer?
    private let count: Int
    /// The fallback's copy when mapping failed.
    private let copy: [UInt8]?

    /// nil when the file is missing, not a regular file, empty or over `limit` bytes.
    init?(_ path: String, limit: Int) {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        guard let size = try? FileIO.regularFileSize(fd, path: path), size > 0, size <= limit else { return nil }
        let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0)
        if let mapped, mapped != MAP_FAILED {
            base = UnsafeRawPointer(mapped)
            count = size
            copy = nil
        } else {
            guard let bytes = try? FileIO.read(path, limit: limit) else { return nil }
            base = nil
            count = bytes.count
            copy = bytes
        }
    }

    deinit {
        if let base { munmap(UnsafeMutableRawPointer(mutating: base), count) }
    }

    func withUnsafeBytes<Result>(_ body: (UnsafeRawBufferPointer) throws -> Result) rethrows -> Result {
        if let base { return try body(UnsafeRawBufferPointer(start: base, count: count)) }
        return try copy!.withUnsafeBytes(body)
    }
}
