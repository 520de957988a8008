import Dispatch
import Foundation
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
    }

    /// Format 4: per-section tables of shared strings; records in id order.
    static let magic: [UInt8] = Array("VDCACHE4".utf8)
    /// Entries modified this close to the cache's own writing are re-read.
    static let racyWindow = 2_000_000_000

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
        return stamp.modified < writtenAt - racyWindow && stamp.changed < writtenAt - racyWindow
    }

    /// Reads and decodes a whole cache file (both sections on both cores); nil if it is missing,
    /// from another format or another store, or damaged.
    public static func read(_ file: String, root: String) -> StoreCache? {
        guard let opened = StoreCacheFile(file, root: root) else { return nil }
        let decoded = DecodedSections()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 { decoded.delegations = opened.section(Delegation.self) } else { decoded.contacts = opened.section(Contact.self) }
        }
        guard let delegations = decoded.delegations, let contacts = decoded.contacts else { return nil }
        return StoreCache(writtenAt: opened.writtenAt, delegations: delegations, contacts: contacts)
    }

    /// Writes the cache atomically; a failure only costs the next start-up its speed.
    func write(to file: String, root: String) {
        var writer = BinaryWriter()
        writer.string(root)
        writer.int(writtenAt)
        writer.block(StoreCache.bytes(of: delegations))
        writer.block(StoreCache.bytes(of: contacts))
        let folder = (file as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try? FileIO.writeAtomically(StoreCache.magic + writer.bytes, to: file, expected: nil, checkExpected: false)
    }

    private static func bytes<Record>(of section: Section<Record>) -> [UInt8] {
        var writer = SectionWriter()
        writer.int(section.records.count)
        for (record, file) in zip(section.records, section.files) {
            let (stamp, version) = (file.stamp, file.version)
            writer.int(stamp.size); writer.int(stamp.modified); writer.int(stamp.changed); writer.uint64(stamp.inode)
            writer.int(version.size); writer.uint64(version.contentHash)
            record.write(to: &writer)
        }
        return writer.bytes
    }

    /// Nanoseconds since 1970 by the wall clock, the scale of file timestamps.
    public static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }
}

/// A cache file read into memory with its header checked. Its two sections are decoded
/// separately, so the start-up load can put each on a core of its own beside the folder listings.
struct StoreCacheFile: Sendable {
    let writtenAt: Int
    private let bytes: [UInt8]
    private let delegations: Range<Int>
    private let contacts: Range<Int>

    init?(_ file: String, root: String) {
        guard let bytes = try? FileIO.read(file, limit: 512 * 1_048_576), bytes.starts(with: StoreCache.magic) else { return nil }
        let header: (Int, Range<Int>, Range<Int>)? = bytes.withUnsafeBytes { buffer in
            var reader = BinaryReader(buffer, from: StoreCache.magic.count)
            do {
                guard try reader.string() == root else { return nil }
                return (try reader.int(), try reader.block(), try reader.block())
            } catch {
                return nil
            }
        }
        guard let (writtenAt, delegations, contacts) = header else { return nil }
        self.bytes = bytes
        self.writtenAt = writtenAt
        self.delegations = delegations
        self.contacts = contacts
    }

    func section<Record: CachedRecord>(_ type: Record.Type) -> StoreCache.Section<Record>? {
        let range = Record.kind == .delegation ? delegations : contacts
        return bytes.withUnsafeBytes { buffer in
            do {
                var reader = try SectionReader(UnsafeRawBufferPointer(rebasing: buffer[range]))
                let count = try reader.count()
                var section = StoreCache.Section<Record>()
                section.records.reserveCapacity(count)
                section.files.reserveCapacity(count)
                for _ in 0..<count {
                    let stamp = FileStamp(size: try reader.int(), modified: try reader.int(), changed: try reader.int(), inode: try reader.uint64())
                    let version = FileVersion(size: try reader.int(), contentHash: try reader.uint64())
                    section.append(try Record.read(&reader), stamp: stamp, version: version)
                }
                return section
            } catch {
                return nil
            }
        }
    }
}

/// Results of the concurrent section decoders; each property is written by one worker only and
/// read after `concurrentPerform` returns.
private final class DecodedSections: @unchecked Sendable {
    var delegations: StoreCache.Section<Delegation>?
    var contacts: StoreCache.Section<Contact>?
}

/// The cache as it should be written, detached from the store so a background queue can write it.
public struct StoreCacheSnapshot: Sendable {
    let cache: StoreCache
    let file: String
    let root: String

    public var recordCount: Int { cache.recordCount }

    public func write() { cache.write(to: file, root: root) }
}
