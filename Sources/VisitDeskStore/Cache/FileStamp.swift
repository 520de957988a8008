#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says about a file: enough to tell, without reading it, that a file is the one a
/// cache entry was made from. Content is not compared — that is the point — so every field that
/// an ordinary write changes is included (size, modification and change times to the nanosecond,
/// inode for rename-saves).
///
/// Held as 16 bytes, not 32: the four fields mixed into one 64-bit digest, and the later of the two
/// times, which the cache's racy-write rule needs on its own (`StoreCache.trusts`). A store keeps
/// a stamp for each of its files as long as it runs (150,000 at 50,000 delegations); a digest
/// that two different stamps share is as unlikely as two contents sharing a `FileVersion` hash.
struct FileStamp: Hashable, Sendable {
    /// size, modification time, change time and inode, mixed (`mixing`).
    var digest: UInt64
    /// The later of the modification and change times, in nanoseconds since 1970.
    var latest: Int

    init(digest: UInt64, latest: Int) {
        self.digest = digest
        self.latest = latest
    }

    init(size: Int, modified: Int, changed: Int, inode: UInt64) {
        digest = FileStamp.mixing(UInt64(bitPattern: Int64(size)), UInt64(bitPattern: Int64(modified)), UInt64(bitPattern: Int64(changed)), inode)
        latest = max(modified, changed)
    }

    /// The stamp of no file: an entry with it is never trusted, always read (its time is the
    /// latest there can be, so it is never old enough for the racy-write rule).
    static let unmatchable = FileStamp(digest: 0, latest: Int.max)

    init(_ info: stat) {
        self.init(
            size: Int(info.st_size),
            modified: Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec),
            changed: Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec),
            inode: UInt64(info.st_ino)
        )
    }

    /// The same digest in every process (Swift's `Hasher` is seeded per run, and the digest is
    /// kept in the cache file): each field is folded in with SplitMix64's finalizer, which spreads
    /// a one-bit change in any field over all 64 bits.
    private static func mixing(_ fields: UInt64...) -> UInt64 {
        var digest: UInt64 = 0x9E37_79B9_7F4A_7C15
        for field in fields {
            var z = digest ^ field
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            digest = (z ^ (z >> 31)) &+ 0x9E37_79B9_7F4A_7C15
        }
        return digest
    }

    /// The stamp of a regular file, not following a final symbolic link (links are always read).
    static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp(info)
    }

    /// The same, for a name in an open folder: the kernel resolves one component instead of the
    /// whole path again, which is most of the cost of stat-ing 30,000 files at start.
    static func of(_ name: UnsafePointer<CChar>, inFolder folder: Int32) -> FileStamp? {
        var info = stat()
        guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileStamp(info)
    }
}
