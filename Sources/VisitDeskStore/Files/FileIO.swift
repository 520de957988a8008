import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a file could not be read or written, phrased for the person who has to act on it.
public enum FileIOError: Error, Equatable, CustomStringConvertible {
    case notFound(path: String)
    case tooLarge(path: String, size: Int, limit: Int)
    case system(path: String, operation: String, errno: Int32)
    /// The file changed on disk since it was read: nothing was written.
    case changedOnDisk(path: String, current: [UInt8]?)
    /// A symbolic link that leads out of the store: following it would show (and let edits
    /// replace) a file the store does not own, e.g. one planted by a sync tool or an archive.
    case outsideStore(path: String, target: String)
    /// A FIFO, device, socket or folder with a record's name: reading it could block forever
    /// (a FIFO waits for a writer) or never end (a device), so it is refused before any read.
    case notRegularFile(path: String, kind: String)

    public var description: String {
        switch self {
        case .notFound(let path):
            return "\(path): no such file"
        case .tooLarge(let path, let size, let limit):
            return "\(path): \(size / 1_048_576) MB is far larger than any record (limit \(limit / 1_048_576) MB); move it out of the store"
        case .system(let path, let operation, let code):
            let reason = String(cString: strerror(code))
            switch code {
            case EACCES, EPERM, EROFS:
                return "\(path): cannot \(operation): \(reason) — check the folder's permissions"
            case ENOSPC, EDQUOT:
                return "\(path): cannot \(operation): \(reason) — free some disk space and retry"
            case EMFILE where operation == "watch":
                // inotify_init1 says EMFILE when the user's inotify instances are used up, not files.
                return "\(path): cannot watch for changes: every inotify instance allowed to this user is in use (fs.inotify.max_user_instances) — close other watching programs or raise the limit with sysctl"
            default:
                return "\(path): cannot \(operation): \(reason)"
            }
        case .changedOnDisk(let path, _):
            return "\(path): changed on disk since it was read; nothing was written"
        case .notRegularFile(let path, let kind):
            return "\(path): a \(kind), not a file; not read — remove it or give it another name"
        case .outsideStore(let path, let target):
            return "\(path): a link to \(target), outside the store; not loaded — copy the file into the store instead of linking it"
        }
    }
}

/// Plain POSIX file access: the store reads tens of thousands of small files, where Foundation's
/// per-file overhead shows, and atomic replacement needs fsync and rename exactly in this order.
public enum FileIO {
    /// Records are small; anything above this is a mistake (a log or a dump dropped in the store).
    public static let sizeLimit = 4 * 1_048_576

    /// - Parameter root: when given, a symbolic link is followed only if it resolves inside `root`.
    /// Opens without blocking (a FIFO would otherwise wait for a writer inside `open`) and accepts
    /// regular files only, checked on the descriptor so nothing can swap the file in between.
    public static func read(_ path: String, limit: Int = sizeLimit, within root: String? = nil) throws(FileIOError) -> [UInt8] {
        try readStamped(path, limit: limit, within: root).bytes
    }

    /// `read`, with what `fstat` said of the open file before it was read (`info`), and whether
    /// it was opened through a symbolic link. A start that reads every record takes each file's
    /// stamp from here, instead of a `stat` of its path before the `open`.
    static func readStamped(_ path: String, limit: Int = sizeLimit, within root: String? = nil) throws(FileIOError) -> (bytes: [UInt8], info: stat, throughLink: Bool) {
        var fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | (root == nil ? 0 : O_NOFOLLOW))
        var throughLink = root == nil
        if fd < 0, errno == ELOOP, let root {
            // O_NOFOLLOW refused a link (the only ELOOP it gives for a final component): check where it leads.
            let target = resolved(path) ?? path
            guard let base = resolved(root), target.hasPrefix(base.hasSuffix("/") ? base : base + "/") else {
                throw .outsideStore(path: path, target: target)
            }
            fd = open(target, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
            throughLink = true
        }
        if fd < 0 {
            if errno == ENOENT { throw .notFound(path: path) }
            throw .system(path: path, operation: "read", errno: errno)
        }
        defer { close(fd) }
        let info = try regularFileInfo(fd, path: path)
        let expected = Int(info.st_size)
        if expected > limit { throw .tooLarge(path: path, size: expected, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var total = 0
        while true {
            if total == bytes.count {
                if total > limit { throw .tooLarge(path: path, size: total, limit: limit) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, total)))
            }
            let asked = bytes.count - total
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(fd, buffer.baseAddress! + total, asked)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(path: path, operation: "read", errno: errno)
            }
            total += count
            // A regular file gives less than asked only at its end: no second call to hear 0.
            if count < asked { break }
        }
        bytes.removeSubrange(total...)
        return (bytes, info, throughLink)
    }

    /// The size of the open file, which must be a regular file.
    static func regularFileSize(_ fd: Int32, path: String) throws(FileIOError) -> Int {
        Int(try regularFileInfo(fd, path: path).st_size)
    }

    /// What `fstat` says of the open file, which must be a regular file: a FIFO, device or
    /// socket could block a read forever or never end.
    static func regularFileInfo(_ fd: Int32, path: String) throws(FileIOError) -> stat {
        var info = stat()
        if fstat(fd, &info) != 0 { throw .system(path: path, operation: "read", errno: errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return info
        case S_IFDIR: throw .notRegularFile(path: path, kind: "folder")
        case S_IFIFO: throw .notRegularFile(path: path, kind: "FIFO (named pipe)")
        case S_IFSOCK: throw .notRegularFile(path: path, kind: "socket")
        case S_IFCHR, S_IFBLK: throw .notRegularFile(path: path, kind: "device")
        default: throw .notRegularFile(path: path, kind: "special file")
        }
    }

    /// Replaces `path` with `bytes` so that a reader sees either the old file or the new one, never
    /// a mixture, even across a crash: write a temporary file in the same folder, fsync it, then check
    /// that the target still holds what the caller read (`expected`; nil means "must not exist")
    /// and rename over it, then fsync the folder so the rename itself is durable.
    ///
    /// The check and the rename run under an exclusive `flock` on the folder, so two VisitDesk
    /// processes cannot both pass the check and overwrite each other (without it, two stores
    /// saving the same file in a loop lost about a third of the saves they reported as done).
    /// Editors take no such lock; their window is the microseconds between check and rename,
    /// and the watcher reports any change that slips through it.
    ///
    /// The new file keeps the replaced one's mode, group and (when run as root) owner, so a private
    /// 0600 contact stays private and a group-writable shared store stays writable for the group;
    /// a new file takes the folder's group and its siblings' mode. A symbolic link in the store is
    /// written through (its target is replaced), not replaced by a file.
    public static func writeAtomically(
        _ bytes: [UInt8], to linkOrPath: String, expected: FileVersion?, checkExpected: Bool = true
    ) throws(FileIOError) -> FileVersion {
        let path = linkTarget(linkOrPath) ?? linkOrPath
        let temporary = try writeTemporary(bytes, for: path, flush: true)
        try commit(temporary, to: path, expected: expected, checkExpected: checkExpected, syncFolder: true)
        return FileVersion(bytes: bytes)
    }

    /// An atomic write, as above, of a file made a piece at a time and never whole in memory:
    /// `produce` hands each piece to `append` in order. For the start-up cache, whose bytes at
    /// quit were built in one growing array and then copied once more: the quit peaked at 57 MB
    /// of live heap at 10,000 delegations, where a warm start peaks at 35. Nothing is compared
    /// first: the file is the caller's own.
    static func writeAtomically(
        to linkOrPath: String,
        produce: (_ append: ([UInt8]) throws(FileIOError) -> Void) throws(FileIOError) -> Void
    ) throws(FileIOError) {
        let path = linkTarget(linkOrPath) ?? linkOrPath
        let (fd, temporary) = try openTemporary(for: path)
        do throws(FileIOError) {
            try produce { (piece: [UInt8]) throws(FileIOError) in
                var failure: FileIOError?
                piece.withUnsafeBytes { buffer in
                    do throws(FileIOError) { try writeAll(buffer, to: fd, for: path) } catch { failure = error }
                }
                if let failure { throw failure }
            }
        } catch {
            close(fd)
            unlink(temporary)
            throw error
        }
        try closeTemporary(fd, temporary, for: path, flush: true)
        try commit(temporary, to: path, expected: nil, checkExpected: false, syncFolder: true)
    }

    /// The first half of an atomic write: the bytes in a temporary file beside `path`, fsynced
    /// unless the caller flushes many at once (`flushFileSystem`) before committing them. A caller
    /// writing many new files into one folder passes the folder's convention, worked out once.
    static func writeTemporary(
        _ bytes: [UInt8], for path: String, flush: Bool, newFile: FilePermissions.FolderConvention? = nil
    ) throws(FileIOError) -> String {
        let (fd, temporary) = try openTemporary(for: path, newFile: newFile)
        var failure: FileIOError?
        bytes.withUnsafeBytes { buffer in
            do throws(FileIOError) { try writeAll(buffer, to: fd, for: path) } catch { failure = error }
        }
        if let failure {
            close(fd)
            unlink(temporary)
            throw failure
        }
        try closeTemporary(fd, temporary, for: path, flush: flush)
        return temporary
    }

    /// A new temporary file beside `path` with the permissions `path` has (or its folder gives).
    static func openTemporary(
        for path: String, newFile: FilePermissions.FolderConvention? = nil
    ) throws(FileIOError) -> (fd: Int32, path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        // The pid lets a later load tell a dead writer's leftover from a live one's; the random
        // part keeps two writes of one process (two threads, two stores) from sharing a file.
        let temporary = "\(folder)/\(StoreLayout.temporaryPrefix)\(getpid())-\(UInt32.random(in: 0...UInt32.max))-\(name)"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { throw .system(path: path, operation: "write", errno: errno) }
        FilePermissions.copy(to: fd, replacing: path, in: folder, newFile: newFile)
        return (fd, temporary)
    }

    /// Writes all of `buffer` to `fd` (errors name `path`, the file being replaced).
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to fd: Int32, for path: String) throws(FileIOError) {
        var written = 0
        while written < buffer.count {
            let count = Glibc.write(fd, buffer.baseAddress! + written, buffer.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(path: path, operation: "write", errno: errno)
            }
            written += count
        }
    }

    /// Fsyncs (when asked) and closes a temporary file; on failure it is removed.
    static func closeTemporary(_ fd: Int32, _ temporary: String, for path: String, flush: Bool) throws(FileIOError) {
        if flush && fsync(fd) != 0 {
            let code = errno
            close(fd)
            unlink(temporary)
            throw .system(path: path, operation: "write", errno: code)
        }
        close(fd)
    }

    /// The second half: under the folder's lock, check that `path` still holds what the caller
    /// read and rename the (durable) temporary file over it; the folder is fsynced here or, for
    /// many files, once by the caller (`syncFolder`).
    static func commit(
        _ temporary: String, to path: String, expected: FileVersion?, checkExpected: Bool, syncFolder: Bool
    ) throws(FileIOError) {
        let lock = FolderLock((path as NSString).deletingLastPathComponent)
        defer { lock.release() }
        try commit(temporary, to: path, expected: expected, checkExpected: checkExpected, locked: lock)
        if syncFolder { lock.syncFolder() }
    }

    /// `commit` for a caller that holds the folder's lock already (a batch renames thousands of
    /// files under one lock; the caller fsyncs the folder).
    static func commit(
        _ temporary: String, to path: String, expected: FileVersion?, checkExpected: Bool, locked lock: FolderLock
    ) throws(FileIOError) {
        if checkExpected {
            let current: [UInt8]?
            do { current = try read(path) } catch .notFound { current = nil } catch {
                unlink(temporary)
                throw error
            }
            let unchanged: Bool
            switch (expected, current) {
            case (nil, nil): unchanged = true
            case (let version?, let bytes?): unchanged = FileVersion(bytes: bytes) == version
            default: unchanged = false
            }
            if !unchanged {
                unlink(temporary)
                throw .changedOnDisk(path: path, current: current)
            }
        }
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw .system(path: path, operation: "write", errno: code)
        }
    }

    /// Makes every temporary file written with `flush: false` on the folder's file system durable
    /// in one call (`syncfs`), before any of them is committed.
    static func flushFileSystem(containing folder: String) throws(FileIOError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 { throw .system(path: folder, operation: "write", errno: errno) }
        defer { close(fd) }
        if flushFileSystemOf(fd) != 0 { throw .system(path: folder, operation: "write", errno: errno) }
    }

    /// Makes the renames of `commit(…, syncFolder: false)` durable.
    static func syncFolder(_ folder: String) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    /// Removes a record file only if it still holds what was read (the same compare-and-swap rule).
    public static func removeIfUnchanged(_ path: String, expected: FileVersion) throws(FileIOError) {
        let lock = FolderLock((path as NSString).deletingLastPathComponent)
        defer { lock.release() }
        let current = try read(path)
        guard FileVersion(bytes: current) == expected else { throw .changedOnDisk(path: path, current: current) }
        if unlink(path) != 0 { throw .system(path: path, operation: "delete", errno: errno) }
        lock.syncFolder()
    }

    /// Where a symbolic link at `path` leads (the final file, resolved), or nil when `path` is no link.
    static func linkTarget(_ path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK else { return nil }
        return resolved(path)
    }

    /// Names in a folder (not `.` and `..`), or nil when the folder does not exist.
    public static func listFolder(_ path: String) throws(FileIOError) -> [String]? {
        guard let dir = opendir(path) else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw .system(path: path, operation: "list", errno: errno)
        }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// The absolute path with every link resolved, or nil when it does not lead to an existing file.
    static func resolved(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    public static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    public static func makeFolder(_ path: String) throws(FileIOError) {
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw .system(path: path, operation: "create folder", errno: errno)
        }
    }

    /// Whether the process may create files in the folder: a read-only store opens read-only.
    public static func isWritable(_ folder: String) -> Bool {
        access(folder, W_OK) == 0
    }
}

/// An exclusive advisory lock on a folder, held by every VisitDesk process while it checks and
/// replaces a file in it; released by `release()` or when the process dies (even by SIGKILL).
/// A folder that cannot be opened (gone, no permission) yields no lock: the write then fails on
/// its own with the real reason. Public so that sync can hold the record folders' locks while
/// git checks out merged files: a VisitDesk write then waits, and its compare-and-swap sees them.
public struct FolderLock {
    private let fd: Int32

    public init(_ folder: String) {
        fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd >= 0 {
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        }
    }

    /// Makes a rename or unlink in the folder durable.
    func syncFolder() {
        if fd >= 0 { fsync(fd) }
    }

    public func release() {
        if fd >= 0 { close(fd) }
    }
}

/// glibc's `syncfs` (Linux), which Swift's Glibc module does not export (it needs _GNU_SOURCE).
@_silgen_name("syncfs")
private func flushFileSystemOf(_ fd: Int32) -> Int32
