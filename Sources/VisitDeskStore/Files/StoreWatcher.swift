import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What changed on disk since the last drain, as paths relative to the store root.
public struct WatchBatch: Equatable, Sendable {
    public var paths: Set<String> = []
    /// A folder was created, replaced or removed (`git checkout`, a sync tool) or the kernel's
    /// queue overflowed: individual paths are not enough, the whole store must be rescanned.
    public var needsRescan = false

    public init(paths: Set<String> = [], needsRescan: Bool = false) {
        self.paths = paths
        self.needsRescan = needsRescan
    }

    public var isEmpty: Bool { paths.isEmpty && !needsRescan }

    public mutating func merge(_ other: WatchBatch) {
        paths.formUnion(other.paths)
        needsRescan = needsRescan || other.needsRescan
    }
}

/// Watches the store with inotify. Folders, not files, are watched: editors save by writing a new
/// file and renaming it over the old one, which silently ends a watch placed on the file itself.
///
/// The watcher only reports; it never reads files. Debouncing and deciding whether a change was
/// our own write (same bytes as we wrote) belong to the caller.
public final class StoreWatcher {
    public let fileDescriptor: Int32
    private let root: String
    private var folderByWatch: [Int32: String] = [:]

    private static let folderMask: UInt32 = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Watches the nearest existing folder above the root while the root is gone, to see the
    /// path come back one folder at a time (the parent itself may have been deleted too).
    private var parentWatch: Int32?
    /// The folder `parentWatch` watches, and the name below it on the way to the root.
    private var awaitedName = ""

    private static let parentMask: UInt32 = UInt32(IN_CREATE | IN_MOVED_TO | IN_ONLYDIR | IN_DELETE_SELF | IN_MOVE_SELF)

    /// - Parameter attach: false leaves the folders unwatched until `attach()`: a start drawn from
    ///   the cache attaches after its first frame (the watches cost ~3 ms at 10,000 records),
    ///   before the check that lists the folders, so no change can fall between the two.
    public init(root: String, attach: Bool = true) throws(FileIOError) {
        self.root = root
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if fd < 0 { throw .system(path: root, operation: "watch", errno: errno) }
        fileDescriptor = fd
        if attach { self.attach() }
    }

    /// Starts watching the store's folders (or the way back to a missing root). Once is enough;
    /// the watcher reattaches by itself after the root is lost.
    public func attach() {
        guard folderByWatch.isEmpty, parentWatch == nil else { return }
        if !attachRoot() { watchParent() }
    }

    /// The record folders, and the letter templates beside them.
    static let watchedFolders = RecordKind.allCases.map(\.folder) + [StoreLayout.templatesFolder]

    /// Watches the root and its record folders; false when the root is not there.
    @discardableResult
    private func attachRoot() -> Bool {
        addWatch(relative: "")
        guard folderByWatch.values.contains("") else { return false }
        for folder in Self.watchedFolders { addWatch(relative: folder) }
        if let parentWatch { inotify_rm_watch(fileDescriptor, parentWatch) }
        parentWatch = nil
        return true
    }

    /// The root was deleted or moved away (`rm -r`, `mv store store.old`, a restore from backup):
    /// the old watches follow the old inodes or are gone, so drop them all and wait in the parent
    /// folder for a folder of the root's name to appear. Events between are caught by the rescan.
    private func rootLost() {
        for wd in folderByWatch.keys { inotify_rm_watch(fileDescriptor, wd) }
        folderByWatch = [:]
        if !attachRoot() { watchParent() }
    }

    /// Watches the nearest ancestor of the root that exists (climbing past deleted ones).
    private func watchParent() {
        if let parentWatch { inotify_rm_watch(fileDescriptor, parentWatch) }
        parentWatch = nil
        var below = root
        while true {
            let folder = (below as NSString).deletingLastPathComponent
            let path = folder.isEmpty ? "/" : folder
            let wd = inotify_add_watch(fileDescriptor, path, StoreWatcher.parentMask)
            if wd >= 0 {
                parentWatch = wd
                awaitedName = (below as NSString).lastPathComponent
                return
            }
            if path == "/" || path == below { return }
            below = path
        }
    }

    deinit { close(fileDescriptor) }

    /// (Re)attaches a watch to a folder; a missing folder is fine (it may appear later).
    private func addWatch(relative: String) {
        let path = relative.isEmpty ? root : "\(root)/\(relative)"
        let wd = inotify_add_watch(fileDescriptor, path, StoreWatcher.folderMask)
        if wd >= 0 { folderByWatch[wd] = relative }
    }

    /// Reads every pending event without blocking.
    public func drain() -> WatchBatch {
        var batch = WatchBatch()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fileDescriptor, $0.baseAddress!, $0.count) }
            if count <= 0 { break }
            parse(buffer[0..<count], into: &batch)
        }
        return batch
    }

    private func parse(_ bytes: ArraySlice<UInt8>, into batch: inout WatchBatch) {
        var offset = bytes.startIndex
        let headerSize = 16
        while offset + headerSize <= bytes.endIndex {
            func field(_ at: Int) -> UInt32 {
                UInt32(bytes[offset + at]) | UInt32(bytes[offset + at + 1]) << 8
                    | UInt32(bytes[offset + at + 2]) << 16 | UInt32(bytes[offset + at + 3]) << 24
            }
            let wd = Int32(bitPattern: field(0))
            let mask = field(4)
            let nameLength = Int(field(12))
            let nameBytes = bytes[(offset + headerSize)..<min(bytes.endIndex, offset + headerSize + nameLength)]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            offset += headerSize + nameLength
            handle(wd: wd, mask: mask, name: name, into: &batch)
        }
    }

    private func handle(wd: Int32, mask: UInt32, name: String, into batch: inout WatchBatch) {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 {
            batch.needsRescan = true
            return
        }
        if wd == parentWatch {
            if mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
                watchParent()  // the watched ancestor went too: climb
            } else if name == awaitedName {
                // A folder on the way to the root appeared: the root itself, or one to descend into.
                // (Checked again after descending: `mkdir -p` may have made the rest meanwhile.)
                if attachRoot() {
                    batch.needsRescan = true
                } else {
                    watchParent()
                    if attachRoot() { batch.needsRescan = true }
                }
            }
            return
        }
        guard let folder = folderByWatch[wd] else { return }
        if folder.isEmpty, mask & UInt32(IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
            rootLost()
            batch.needsRescan = true
            return
        }
        if mask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF) != 0 {
            // The folder itself went away (deleted, or moved aside by `git checkout`).
            if mask & UInt32(IN_IGNORED) != 0 { folderByWatch[wd] = nil }
            if folder == StoreLayout.templatesFolder {
                batch.paths.insert(folder + "/")  // no records there: the templates are read again
            } else if !folder.isEmpty {
                batch.needsRescan = true
            }
            return
        }
        let isFolder = mask & UInt32(IN_ISDIR) != 0
        if folder.isEmpty {
            if isFolder, let kind = RecordKind.allCases.first(where: { $0.folder == name }) {
                // A record folder appeared or was replaced: watch the new one and rescan it.
                if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    folderByWatch = folderByWatch.filter { $0.value != kind.folder }
                    addWatch(relative: kind.folder)
                }
                batch.needsRescan = true
            } else if isFolder, name == StoreLayout.templatesFolder {
                // The templates folder appeared or was replaced: watch the new one; its files changed.
                if mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    folderByWatch = folderByWatch.filter { $0.value != name }
                    addWatch(relative: name)
                }
                batch.paths.insert(name + "/")
            } else if name == StoreLayout.settingsFile {
                batch.paths.insert(name)
            }
            return
        }
        // A folder named like a record (`x.toml/`) is reported by the reload as a problem, as a
        // full load does; other sub-folders are not the store's business.
        if isFolder && !name.hasSuffix(".toml") { return }
        batch.paths.insert("\(folder)/\(name)")
    }
}
