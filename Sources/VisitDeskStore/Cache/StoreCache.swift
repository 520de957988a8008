import Foundation
#if canImport(Glibc)
import Glibc
#endif
import VisitDeskDomain

/// A start-up cache of decoded records, kept outside the store (`$XDG_CACHE_HOME/visitdesk`) so
/// it never syncs or lands in git. At start each record file is `stat`ed, not read: a file whose
/// stamp matches its entry is taken from the cache. Reading 30,000 small files costs more than
/// the 300 ms a first frame may take; stat-ing them costs a tenth of that.
///
/// The cache is only an accelerator: a missing, old or damaged cache means a full read, and an
/// entry is trusted only when its file has not been touched since well before the cache was
/// written (a write in the same clock tick as the cache could otherwise go unnoticed — git's
/// "racily clean" problem).
public struct StoreCache: Sendable {
    /// One kind's records in id order (the catalog's order, so a warm start needs no sort), each
    /// with the stamp and version of the file it came from.
    struct Section<Record: CachedRecord>: Sendable {
        struct File: Sendable {
            var stamp: FileStamp
            var version: FileVersion
        }

        var records: [Record] = []
        var files: [File] = []

        mutating func append(_ record: Record, stamp: FileStamp, version: FileVersion) {
            records.append(record)
            files.append(File(stamp: stamp, version: version))
        }

        mutating func append(contentsOf other: Section) {
            records += other.records
            files += other.files
        }
    }

    /// Format 9: blocks of records in id order, each with its own shared strings; contacts carry
    /// `uid`, `pinyin` (format 5) and `staff` (format 6), delegations their `history` (format 7)
    /// and their slots' booking `warnings` (format 8); the header gives each block's record count
    /// (format 9), so every block decodes straight into its place (`StoreCacheFile.decodeInPlace`).
    /// Format 10: each file's stamp as its 16-byte digest form (`FileStamp`).
    static let magic: [UInt8] = Array("VDCACH10".utf8)
    /// Entries modified this close to the cache's own writing are re-read.
    static let racyWindow = 2_000_000_000
    /// Small enough that the blocks spread evenly over the cores at start, large enough that
    /// repeated strings are still mostly shared.
    static let recordsPerBlock = 2_500
    /// How a block names its kind in the file.
    static let blockKinds: [RecordKind] = [.delegation, .contact]

    var writtenAt = 0
    var delegations = Section<Delegation>()
    var contacts = Section<Contact>()

    public var recordCount: Int { delegations.records.count + contacts.records.count }

    /// The cache file for a store: one per store folder, named by a hash of its path.
    public static func file(in folder: String, forStore root: String) -> String {
        let hash = FileVersion(bytes: Array(root.utf8)).contentHash
        return folder + "/" + String(hash, radix: 16) + ".cache"
    }

    /// Whether a file on disk is still the one an entry of a cache written at `writtenAt` was made from.
    static func trusts(_ cached: FileStamp, onDisk stamp: FileStamp?, writtenAt: Int) -> Bool {
        guard let stamp, cached == stamp else { return false }
        return stamp.latest < writtenAt - racyWindow
    }

    /// Reads and decodes a whole cache file on every core; nil if it is missing, from another
    /// format or another store, or damaged.
    public static func read(_ file: String, root: String) -> StoreCache? {
        guard let opened = StoreCacheFile(file, root: root), let decoded = opened.decodeInPlace() else { return nil }
        return StoreCache(writtenAt: opened.writtenAt, delegations: decoded.delegations, contacts: decoded.contacts)
    }

    /// Writes the cache atomically; a failure only costs the next start-up its speed. Block by
    /// block: only one block's bytes (2,500 records) exist at a time, so quitting a large store
    /// does not make the session's peak memory.
    func write(to file: String, root: String) {
        var header = BinaryWriter()
        header.raw(StoreCache.magic)
        header.string(root)
        header.int(writtenAt)
        header.int(StoreCache.blockCount(delegations) + StoreCache.blockCount(contacts))
        // The cache holds the store's contents (names, emails, phones): readable by its owner only,
        // whatever the store's own permissions, as the store may be private.
        let folder = (file as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        chmod(folder, 0o700)
        let written: Void? = try? FileIO.writeAtomically(to: file) { (append) throws(FileIOError) in
            try append(header.bytes)
            try StoreCache.writeBlocks(of: delegations, append)
            try StoreCache.writeBlocks(of: contacts, append)
        }
        if written != nil { chmod(file, 0o600) }
    }

    private static func blockCount<Record>(_ section: Section<Record>) -> Int {
        (section.records.count + recordsPerBlock - 1) / recordsPerBlock
    }

    /// Each block with its head (kind, checksum, record count, length), made and handed on one at a time.
    private static func writeBlocks<Record>(
        of section: Section<Record>, _ append: ([UInt8]) throws(FileIOError) -> Void
    ) throws(FileIOError) {
        for start in stride(from: 0, to: section.records.count, by: recordsPerBlock) {
            let end = min(start + recordsPerBlock, section.records.count)
            var writer = SectionWriter()
            writer.int(end - start)
            for index in start..<end {
                let (stamp, version) = (section.files[index].stamp, section.files[index].version)
                writer.uint64(stamp.digest); writer.int(stamp.latest)
                writer.int(version.size); writer.uint64(version.contentHash)
                section.records[index].write(to: &writer)
            }
            let bytes = writer.bytes
            var head = BinaryWriter()
            head.int(StoreCache.blockKinds.firstIndex(of: Record.kind)!)
            head.uint64(BlockChecksum.of(bytes))
            head.int(end - start)
            head.int(bytes.count)
            try append(head.bytes)
            try append(bytes)
        }
    }

    /// Nanoseconds since 1970 by the wall clock, the scale of file timestamps.
    public static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }
}

/// The cache as it should be written, detached from the store so a background queue can write it.
public struct StoreCacheSnapshot: Sendable {
    let cache: StoreCache
    let file: String
    let root: String

    public var recordCount: Int { cache.recordCount }

    public func write() { cache.write(to: file, root: root) }
}
