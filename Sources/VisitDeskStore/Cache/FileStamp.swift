#if canImport(Glibc)
import Glibc
#endif

/// What `stat` says about a file: enough to tell, without reading it, that a file is the one a
/// cache entry was made from. Content is not compared — that is the point — so every field that
/// an ordinary write changes is included (size, modification and change times to the nanosecond,
/// inode for rename-saves).
struct FileStamp: Hashable, Sendable {
    var size: Int
    var modified: Int
    var changed: Int
    var inode: UInt64

    init(size: Int, modified: Int, changed: Int, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    /// The stamp of no file (a negative size): an entry with it is never trusted, always read.
    static let unmatchable = FileStamp(size: -1, modified: 0, changed: 0, inode: 0)

    init(_ info: stat) {
        size = Int(info.st_size)
        modified = Int(info.st_mtim.tv_sec) * 1_000_000_000 + Int(info.st_mtim.tv_nsec)
        changed = Int(info.st_ctim.tv_sec) * 1_000_000_000 + Int(info.st_ctim.tv_nsec)
        inode = UInt64(info.st_ino)
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
