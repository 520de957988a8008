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
    struct Entry: Sendable {
        var stamp: FileStamp
        var version: FileVersion
        var delegation: Delegation?
        var contact: Contact?
    }

    static let magic: [UInt8] = Array("VDCACHE3".utf8)
    /// Entries modified this close to the cache's own writing are re-read.
    static let racyWindow = 2_000_000_000

    var entries: [String: Entry] = [:]
    var writtenAt = 0

    /// The cache file for a store: one per store folder, named by a hash of its path.
    public static func file(in folder: String, forStore root: String) -> String {
        let hash = FileVersion(bytes: Array(root.utf8)).contentHash
        return folder + "/" + String(hash, radix: 16) + ".cache"
    }

    /// The entry for a path if the file on disk is still the one it was made from.
    func validEntry(for path: String, stamp: FileStamp) -> Entry? {
        guard let entry = entries[path], entry.stamp == stamp,
              stamp.modified < writtenAt - StoreCache.racyWindow, stamp.changed < writtenAt - StoreCache.racyWindow
        else { return nil }
        return entry
    }

    public static func read(_ file: String, root: String) -> StoreCache? {
        guard let bytes = try? FileIO.read(file, limit: 512 * 1_048_576), bytes.starts(with: magic) else { return nil }
        var header = BinaryReader(Array(bytes.dropFirst(magic.count)))
        do {
            guard try header.string() == root else { return nil }
            var cache = StoreCache()
            cache.writtenAt = try header.int()
            // Delegations and contacts are separate sections, decoded on both cores at once.
            let sections = [try header.block(), try header.block()]
            let decoded = DecodedSections()
            DispatchQueue.concurrentPerform(iterations: sections.count) { index in
                decoded.set(index, decodeSection(sections[index]))
            }
            guard let delegations = decoded.values[0], let contacts = decoded.values[1] else { return nil }
            cache.entries.reserveCapacity(delegations.count + contacts.count)
            for (path, entry) in delegations { cache.entries[path] = entry }
            for (path, entry) in contacts { cache.entries[path] = entry }
            return cache
        } catch {
            return nil
        }
    }

    private static func decodeSection(_ bytes: [UInt8]) -> [(String, Entry)]? {
        var reader = BinaryReader(bytes)
        do {
            let count = try reader.int()
            var entries: [(String, Entry)] = []
            entries.reserveCapacity(max(0, count))
            for _ in 0..<max(0, count) {
                let path = try reader.string()
                let stamp = FileStamp(size: try reader.int(), modified: try reader.int(), changed: try reader.int(), inode: try reader.uint64())
                let version = FileVersion(size: stamp.size, contentHash: try reader.uint64())
                var entry = Entry(stamp: stamp, version: version)
                switch try reader.int() {
                case 0: entry.delegation = try RecordCoding.readDelegation(&reader)
                case 1: entry.contact = try RecordCoding.readContact(&reader)
                default: return nil
                }
                entries.append((path, entry))
            }
            return entries
        } catch {
            return nil
        }
    }

    /// Writes the cache atomically; a failure only costs the next start-up its speed.
    func write(to file: String, root: String) {
        var writer = BinaryWriter()
        writer.string(root)
        writer.int(writtenAt)
        for isDelegation in [true, false] {
            var section = BinaryWriter()
            let chosen = entries.filter { ($0.value.delegation != nil) == isDelegation }
            section.int(chosen.count)
            for (path, entry) in chosen {
                section.string(path)
                section.int(entry.stamp.size); section.int(entry.stamp.modified); section.int(entry.stamp.changed)
                section.uint64(entry.stamp.inode)
                section.uint64(entry.version.contentHash)
                if let delegation = entry.delegation {
                    section.int(0)
                    RecordCoding.write(delegation, to: &section)
                } else if let contact = entry.contact {
                    section.int(1)
                    RecordCoding.write(contact, to: &section)
                }
            }
            writer.block(section.bytes)
        }
        let folder = (file as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = try? FileIO.writeAtomically(StoreCache.magic + writer.bytes, to: file, expected: nil, checkExpected: false)
    }

    /// Nanoseconds since 1970 by the wall clock, the scale of file timestamps.
    public static func now() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Int(time.tv_sec) * 1_000_000_000 + Int(time.tv_nsec)
    }
}

/// Results of the concurrent section decoders; each index is written by one worker only.
private final class DecodedSections: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [[(String, StoreCache.Entry)]?] = [nil, nil]

    func set(_ index: Int, _ value: [(String, StoreCache.Entry)]?) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [[(String, StoreCache.Entry)]?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// The cache as it should be written, detached from the store so a background queue can write it.
public struct StoreCacheSnapshot: Sendable {
    let cache: StoreCache
    let file: String
    let root: String

    public var recordCount: Int { cache.entries.count }

    public func write() { cache.write(to: file, root: root) }
}
