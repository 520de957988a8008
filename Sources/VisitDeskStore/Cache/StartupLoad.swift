import Dispatch
import VisitDeskDomain

/// One record kind as the start-up load found it.
struct LoadedKind<Record: CachedRecord> {
    /// In id order, the catalog's.
    var records: [Record] = []
    /// Every record file that was listed, by id.
    var files: [String: KnownFile] = [:]
    /// Files that did not load, by relative path.
    var problems: [String: [Problem]] = [:]
    /// Names in the folder that are not records but matter (leftovers, bad names, conflict copies).
    var others: [(name: String, role: FileRole)] = []
    /// How many files had to be read and parsed (the rest came from the cache).
    var parsed = 0
}

/// Reads a whole store at start. Both folders are listed and every record file stat-ed while the
/// start-up cache decodes on the other core; a file whose stamp matches its cache entry is taken
/// from the cache, every other file is read and parsed on both cores. Without a cache (or with a
/// damaged one) that is every file.
enum StartupLoad {
    static func run(root: String, cacheFile: String?) throws(FileIOError) -> (LoadedKind<Delegation>, LoadedKind<Contact>) {
        let cache = cacheFile.flatMap { StoreCacheFile($0, root: root) }
        let found = FoundAtStart()
        // The larger jobs first, so the two cores finish at about the same time.
        DispatchQueue.concurrentPerform(iterations: 4) { job in
            switch job {
            case 0: found.contactListing = listing(.contact, in: root)
            case 1: found.contactCache = cache?.section(Contact.self)
            case 2: found.delegationCache = cache?.section(Delegation.self)
            default: found.delegationListing = listing(.delegation, in: root)
            }
        }
        // A section that does not decode makes the whole cache untrusted.
        var trusted: (writtenAt: Int, delegations: StoreCache.Section<Delegation>, contacts: StoreCache.Section<Contact>)?
        if let cache, let delegations = found.delegationCache, let contacts = found.contactCache {
            trusted = (cache.writtenAt, delegations, contacts)
        }
        let writtenAt = trusted?.writtenAt ?? 0
        return (
            try resolve(found.delegationListing, cached: trusted?.delegations, writtenAt: writtenAt, root: root),
            try resolve(found.contactListing, cached: trusted?.contacts, writtenAt: writtenAt, root: root)
        )
    }

    private static func listing(_ kind: RecordKind, in root: String) -> Result<FolderListing?, FileIOError> {
        do { return .success(try FolderListing.list(kind, in: root)) } catch { return .failure(error) }
    }

    /// Takes from the cache what is still on disk unchanged, and reads the rest.
    private static func resolve<Record: CachedRecord>(
        _ listing: Result<FolderListing?, FileIOError>?, cached: StoreCache.Section<Record>?, writtenAt: Int, root: String
    ) throws(FileIOError) -> LoadedKind<Record> {
        var loaded = LoadedKind<Record>()
        guard let listing = try listing?.get() else { return loaded }
        loaded.others = listing.others
        loaded.files.reserveCapacity(listing.records.count)
        for file in listing.records { loaded.files[file.id] = KnownFile(stamp: file.stamp) }
        if let cached {
            loaded.records.reserveCapacity(cached.records.count)
            for index in cached.records.indices {
                guard let slot = loaded.files.index(forKey: cached.records[index].id) else { continue }  // deleted since
                let file = cached.files[index]
                guard StoreCache.trusts(file.stamp, onDisk: loaded.files.values[slot].stamp, writtenAt: writtenAt) else { continue }
                loaded.files.values[slot].version = file.version
                loaded.records.append(cached.records[index])
            }
        }
        var work: [ParallelLoader.Work] = []
        for (id, file) in loaded.files where file.version == nil {
            work.append(ParallelLoader.Work(kind: Record.kind, id: id, stamp: file.stamp))
        }
        guard !work.isEmpty else { return loaded }
        loaded.parsed = work.count
        var parsed: [Record] = []
        for (item, result) in zip(work, ParallelLoader.load(work, root: root)) {
            // A file that could not be read at all (gone, too large, a link out of the store) is not known.
            loaded.files[item.id] = result.version == nil ? nil : KnownFile(stamp: result.stamp, version: result.version)
            if !result.problems.isEmpty { loaded.problems[result.path] = result.problems }
            if let record = Record.record(in: result) { parsed.append(record) }
        }
        parsed.sort { $0.id < $1.id }
        loaded.records = loaded.records.isEmpty ? parsed : merged(loaded.records, parsed)
        return loaded
    }

    /// Two id-ordered arrays with no id in common, as one: a few changed files after a warm start
    /// must not cost a sort of all 20,000 records.
    private static func merged<Record: CachedRecord>(_ first: [Record], _ second: [Record]) -> [Record] {
        var result: [Record] = []
        result.reserveCapacity(first.count + second.count)
        var (i, j) = (0, 0)
        while i < first.count && j < second.count {
            if first[i].id < second[j].id {
                result.append(first[i]); i += 1
            } else {
                result.append(second[j]); j += 1
            }
        }
        result.append(contentsOf: first[i...])
        result.append(contentsOf: second[j...])
        return result
    }
}

/// What the four start-up jobs found; each property is written by one job only and read after
/// `concurrentPerform` returns.
private final class FoundAtStart: @unchecked Sendable {
    var delegationListing: Result<FolderListing?, FileIOError>?
    var contactListing: Result<FolderListing?, FileIOError>?
    var delegationCache: StoreCache.Section<Delegation>?
    var contactCache: StoreCache.Section<Contact>?
}
