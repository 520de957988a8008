#if canImport(Glibc)
import Glibc
#endif

/// One record folder as found at start: each record file by id with its stamp, taken while
/// listing, and the names that are not records (for clean-up and problem reports). The stamp is
/// nil for anything but a regular file (a symbolic link, a folder): those are always read, so the
/// read can check where a link leads.
struct FolderListing: Sendable {
    var kind: RecordKind
    /// Built here, on the listing's core, so matching the cache afterwards only looks ids up.
    var files: FileTable = [:]
    var others: [(name: String, role: FileRole)] = []

    /// Whether the stamps were taken: without a cache every file is read anyway, and the reader
    /// takes each stamp just before reading, on whichever core reads it.
    var isStamped = true

    /// Lists (and stats, if `stamping`) in one pass over the open folder. nil when the folder does not exist.
    /// - Parameter expecting: about how many record files there are (the cache's count), to size the table once.
    static func list(_ kind: RecordKind, in root: String, stamping: Bool, expecting: Int = 0) throws(FileIOError) -> FolderListing? {
        let path = root + "/" + kind.folder
        guard let folder = opendir(path) else {
            if errno == ENOENT || errno == ENOTDIR { return nil }
            throw .system(path: path, operation: "list", errno: errno)
        }
        defer { closedir(folder) }
        let descriptor = dirfd(folder)
        var listing = FolderListing(kind: kind, isStamped: stamping)
        listing.files.reserveCapacity(expecting)
        while let entry = readdir(folder) {
            withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: 256) { name in
                    listing.add(name, folder: descriptor)
                }
            }
        }
        return listing
    }

    /// About how many record files a folder holds: its names ending in `.toml`, without a `stat`,
    /// a string or a table (20,000 in a few milliseconds). 0 when the folder does not exist.
    static func countRecords(_ kind: RecordKind, in root: String) throws(FileIOError) -> Int {
        let path = root + "/" + kind.folder
        guard let folder = opendir(path) else {
            if errno == ENOENT || errno == ENOTDIR { return 0 }
            throw .system(path: path, operation: "list", errno: errno)
        }
        defer { closedir(folder) }
        var count = 0
        while let entry = readdir(folder) {
            withUnsafePointer(to: &entry.pointee.d_name) { tuple in
                tuple.withMemoryRebound(to: CChar.self, capacity: 256) { name in
                    let length = strlen(name)
                    if length > 5, strcmp(name + length - 5, ".toml") == 0 { count += 1 }
                }
            }
        }
        return count
    }

    private mutating func add(_ name: UnsafePointer<CChar>, folder: Int32) {
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(name).assumingMemoryBound(to: UInt8.self), count: strlen(name))
        if let id = StoreLayout.plainRecordID(fileName: bytes) {
            files[id] = KnownFile(stamp: isStamped ? FileStamp.of(name, inFolder: folder) : nil)
            return
        }
        let text = String(cString: name)
        if text == "." || text == ".." { return }
        switch StoreLayout.role(ofFile: text, in: kind) {
        case .record(_, let id): files[id] = KnownFile(stamp: isStamped ? FileStamp.of(name, inFolder: folder) : nil)
        case .ignored: break
        case let role: others.append((text, role))
        }
    }
}
