import Foundation
import VisitDeskDomain

/// The start-up cache's records, decoded, in id order per kind, with the time it was written.
struct CachedRecords: Sendable {
    var delegations: [StoreCache.Section<Delegation>]
    var contacts: [StoreCache.Section<Contact>]
    var writtenAt: Int
}

/// One record kind as the start-up load found it.
struct LoadedKind<Record: CachedRecord>: Sendable {
    /// In id order, the catalog's.
    var records: [Record] = []
    /// Every record file taken from the cache or read, by id (one that could not be read at all
    /// is left out, as if it were not there).
    var files: FileTable = [:]
    /// Files that did not load, by relative path.
    var problems: [String: [Problem]] = [:]
    /// Names in the folder that are not records but matter (leftovers, bad names, conflict copies).
    var others: [(name: String, role: FileRole)] = []
    /// How many files had to be read and parsed (the rest came from the cache).
    var parsed = 0
    /// The ids whose file is not the one the cache vouched for: gone, read with other contents,
    /// or new. Found while matching, so the start-up check needs no table of the cache's files
    /// to compare with (31 MB at 50,000 + 100,000). nil when there was nothing to match with.
    var changedSinceCache: [String]?
}

/// Reads a whole store at start. Both folders are listed and every record file stat-ed while the
/// start-up cache decodes on the other core; a file whose stamp matches its cache entry is taken
/// from the cache, every other file is read and parsed on both cores. Without a cache (or with a
/// damaged one) that is every file.
enum StartupLoad {
    static func run(root: String, cacheFile: String?, phases: inout LoadPhases) throws(FileIOError) -> (LoadedKind<Delegation>, LoadedKind<Contact>) {
        let cache = cacheFile.flatMap { StoreCacheFile($0, root: root) }
        let blocks = cache?.blocks ?? []
        phases.lap("read cache file")
        // Listings go into mailboxes, not results: each is later taken by the one job that
        // matches it, which then owns its 20,000-entry table and fills it in without a copy.
        let (delegationListing, contactListing) = (Mailbox<FolderListing>(), Mailbox<FolderListing>())
        let listingError = Mailbox<FileIOError>()
        // Each table sized once, for the records the cache's header counts.
        let (expectedContacts, expectedDelegations) = blocks.reduce((0, 0)) { sum, block in
            block.kind == .contact ? (sum.0 + block.count, sum.1) : (sum.0, sum.1 + block.count)
        }
        // The listings first: they are the longest jobs, and the cache blocks fill in around them.
        let done = ConcurrentJobs.run(2 + blocks.count) { index in
            LoadPhases.timed { () -> StoreCacheFile.Decoded? in
                do throws(FileIOError) {
                    switch index {
                    case 0:
                        if let listing = try FolderListing.list(.contact, in: root, stamping: cache != nil, expecting: expectedContacts) {
                            contactListing.put(listing)
                        }
                    case 1:
                        if let listing = try FolderListing.list(.delegation, in: root, stamping: cache != nil, expecting: expectedDelegations) {
                            delegationListing.put(listing)
                        }
                    default: return cache!.decode(blocks[index - 2])
                    }
                } catch {
                    listingError.put(error)
                }
                return nil
            }
        }
        phases.lap("list+stat beside cache decode")
        phases.add("  list+stat contacts", milliseconds: done[0].milliseconds)
        phases.add("  list+stat delegations", milliseconds: done[1].milliseconds)
        phases.add("  decode \(blocks.count) cache blocks", milliseconds: done.dropFirst(2).map(\.milliseconds).reduce(0, +))
        if let error = listingError.take() { throw error }
        let sections = done.dropFirst(2).compactMap(\.0).sections
        return matchAndRead(
            root: root, listings: (delegationListing, contactListing),
            cached: sections.map { CachedRecords(delegations: $0.delegations, contacts: $0.contacts, writtenAt: cache?.writtenAt ?? 0) },
            phases: &phases
        )
    }

    /// The start-up cache decoded on both cores, without listing the folders: what the first
    /// frame is drawn from (draw first, verify after). nil when there is no usable cache.
    static func cachedRecords(cacheFile: String, root: String, minimumRecords: Int = 0) -> CachedRecords? {
        guard let cache = StoreCacheFile(cacheFile, root: root), cache.blocks.reduce(0, { $0 + $1.count }) >= minimumRecords,
              let decoded = cache.decodeInPlace()
        else { return nil }
        return CachedRecords(delegations: [decoded.delegations], contacts: [decoded.contacts], writtenAt: cache.writtenAt)
    }

    /// The check after a first frame drawn from the cache: both folders listed and stat-ed (one
    /// per core), each file matched with the records already decoded, the rest read and parsed.
    /// The same outcome as `run` with the same cache.
    static func verify(root: String, cached: CachedRecords, phases: inout LoadPhases) throws(FileIOError) -> (LoadedKind<Delegation>, LoadedKind<Contact>) {
        guard FileIO.isDirectory(root) else { throw .notFound(path: root) }
        let (delegationListing, contactListing) = (Mailbox<FolderListing>(), Mailbox<FolderListing>())
        let listingError = Mailbox<FileIOError>()
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            do throws(FileIOError) {
                let kind: RecordKind = index == 0 ? .contact : .delegation
                // Sized for the cache's records at once: growing a 100,000-entry table doubles
                // it beside the old one (at 50,000 + 100,000, 10 MB at the start's peak with a
                // `Dictionary`; a few MB since `FileTable`).
                let expected = index == 0 ? cached.contacts.reduce(0) { $0 + $1.records.count } : cached.delegations.reduce(0) { $0 + $1.records.count }
                if let listing = try FolderListing.list(kind, in: root, stamping: true, expecting: expected) {
                    (index == 0 ? contactListing : delegationListing).put(listing)
                }
            } catch {
                listingError.put(error)
            }
        }
        phases.lap("list+stat")
        if let error = listingError.take() { throw error }
        return matchAndRead(root: root, listings: (delegationListing, contactListing), cached: cached, phases: &phases)
    }

    /// A cold start of a large store (no start-up cache): the delegations alone, read and parsed
    /// on both cores, while the other folder's record files are only counted. nil when there are
    /// fewer than `minimumContacts` contact files: reading them too costs less than a second
    /// frame. The contacts follow in the start-up check (`verify`).
    static func delegationsAlone(root: String, minimumContacts: Int, phases: inout LoadPhases) throws(FileIOError) -> LoadedKind<Delegation>? {
        let (delegationListing, listingError) = (Mailbox<FolderListing>(), Mailbox<FileIOError>())
        let counts = ConcurrentJobs.run(2) { index -> Int in
            do throws(FileIOError) {
                if index == 0 { return try FolderListing.countRecords(.contact, in: root) }
                if let listing = try FolderListing.list(.delegation, in: root, stamping: false) { delegationListing.put(listing) }
            } catch {
                listingError.put(error)
            }
            return 0
        }
        if let error = listingError.take() { throw error }
        guard counts[0] >= minimumContacts else { return nil }
        phases.lap("list delegations, count contacts")
        return matchAndRead(root: root, listings: (delegationListing, Mailbox()), cached: nil, phases: &phases).0
    }

    /// Takes from the cache every record whose file is unchanged, reads the others on both cores.
    private static func matchAndRead(
        root: String, listings: (delegations: Mailbox<FolderListing>, contacts: Mailbox<FolderListing>),
        cached: CachedRecords?, phases: inout LoadPhases
    ) -> (LoadedKind<Delegation>, LoadedKind<Contact>) {
        let writtenAt = cached?.writtenAt ?? 0
        let (delegationMatch, contactMatch) = (Mailbox<Matched<Delegation>>(), Mailbox<Matched<Contact>>())
        DispatchQueue.concurrentPerform(iterations: 2) { index in
            if index == 0 {
                contactMatch.put(match(listings.contacts.take(), cached: cached?.contacts, writtenAt: writtenAt))
            } else {
                delegationMatch.put(match(listings.delegations.take(), cached: cached?.delegations, writtenAt: writtenAt))
            }
        }
        var delegations = delegationMatch.take() ?? Matched()
        var contacts = contactMatch.take() ?? Matched()
        phases.lap("match with cache")
        let unread = delegations.unread + contacts.unread
        if !unread.isEmpty {
            var (readDelegations, readContacts): ([Delegation], [Contact]) = ([], [])
            readDelegations.reserveCapacity(delegations.unread.count)
            readContacts.reserveCapacity(contacts.unread.count)
            // Each record moves out of its result instead of being copied.
            ParallelLoader.forEachLoaded(unread, root: root) { index, result in
                let item = unread[index]
                switch item.kind {
                case .delegation: delegations.loaded.add(item.id, &result, into: &readDelegations)
                case .contact: contacts.loaded.add(item.id, &result, into: &readContacts)
                }
            }
            phases.lap("read \(unread.count) files")
            delegations.loaded.merge(readDelegations)
            contacts.loaded.merge(readContacts)
        }
        delegations.noteFilesReadSinceCache()
        contacts.noteFilesReadSinceCache()
        phases.lap("add the files read")
        return (delegations.loaded, contacts.loaded)
    }

    private struct Matched<Record: CachedRecord>: Sendable {
        var loaded = LoadedKind<Record>()
        /// Files the cache could not vouch for: to be read.
        var unread: [ParallelLoader.Work] = []
        /// What the cache said of the unread files it had an entry for (usually few): a file
        /// read back with the same contents (a `touch`) has not changed.
        var cachedVersions: [String: FileVersion] = [:]

        /// Once the unread files are read: those whose contents differ from the cache's (or
        /// that it did not have, or that could not be read) join the changed ones.
        mutating func noteFilesReadSinceCache() {
            guard loaded.changedSinceCache != nil else { return }
            for work in unread where loaded.files[work.id]?.version != cachedVersions[work.id] {
                loaded.changedSinceCache?.append(work.id)
            }
        }
    }

    /// Takes from the cache every record whose file is still on disk unchanged; the rest are unread.
    ///
    /// The listing is consumed: its table of files becomes the result's without a copy. When
    /// every cached record is kept (a start-up check that found nothing changed), the result
    /// shares the cache's array, which the first catalog holds too, instead of copying 20,000
    /// records beside it.
    private static func match<Record: CachedRecord>(
        _ listing: consuming FolderListing?, cached: [StoreCache.Section<Record>]?, writtenAt: Int
    ) -> Matched<Record> {
        var loaded = LoadedKind<Record>()
        let sections = cached ?? []
        guard var listing = consume listing else {
            // The folder is gone: so is every record the cache had of it.
            if !sections.isEmpty { loaded.changedSinceCache = sections.flatMap { section in section.records.indices.map { section.records[$0].id } } }
            return Matched(loaded: loaded)
        }
        loaded.others = listing.others
        swap(&loaded.files, &listing.files)
        var kept = sections.map { [Bool](repeating: false, count: $0.records.count) }
        var keptCount = 0
        var cachedVersions: [String: FileVersion] = [:]
        var gone: [String] = []
        for (number, section) in sections.enumerated() {
            for index in section.records.indices {
                let id = section.records[index].id
                guard let slot = loaded.files.slot(of: id) else {  // deleted since
                    gone.append(id)
                    continue
                }
                // The listing made its own string of each id; the cache's is the one the record
                // holds. An id of more than 15 bytes is stored apart (2.6 MB of the synthetic
                // store's 50,000 delegation ids), so the table takes the record's instead.
                if id.utf8.count > 15 { loaded.files.shareKey(id, atSlot: slot) }
                let file = section.files[index]
                guard StoreCache.trusts(file.stamp, onDisk: loaded.files[slot: slot].stamp, writtenAt: writtenAt) else {
                    cachedVersions[id] = file.version
                    continue
                }
                loaded.files[slot: slot].version = file.version
                kept[number][index] = true
                keptCount += 1
            }
        }
        if sections.count == 1 && keptCount == sections[0].records.count {
            loaded.records = sections[0].records
        } else {
            loaded.records.reserveCapacity(loaded.files.count)
            for (number, section) in sections.enumerated() {
                for index in section.records.indices where kept[number][index] { loaded.records.append(section.records[index]) }
            }
        }
        var unread: [ParallelLoader.Work] = []
        for (id, file) in loaded.files where file.version == nil {
            unread.append(ParallelLoader.Work(kind: Record.kind, id: id, stamp: listing.isStamped ? .some(file.stamp) : nil))
        }
        // In id order, here on this kind's own core: the records then come back in order, and
        // `merge` finds one sorted run instead of sorting 10,000 records on the main thread.
        unread.sort { $0.id < $1.id }
        if !sections.isEmpty { loaded.changedSinceCache = gone }
        return Matched(loaded: loaded, unread: unread, cachedVersions: cachedVersions)
    }
}

extension LoadedKind {
    /// A file read from disk: its version and problems join the ones from the cache; its record
    /// goes to `read`, to be merged in order once all are in.
    mutating func add(_ id: String, _ result: inout LoadResult, into read: inout [Record]) {
        // A file that could not be read at all (gone, too large, a link out of the store) is not known.
        files[id] = result.version == nil ? nil : KnownFile(stamp: result.stamp, version: result.version)
        if !result.problems.isEmpty { problems[result.path] = result.problems }
        if let record = Record.take(from: &result) { read.append(record) }
        parsed += 1
    }

    mutating func merge(_ read: [Record]) {
        // Nothing of this kind was read (only the other kind changed): the records stay as they
        // are, shared with the cache's array, instead of being merged into a copy.
        guard !read.isEmpty else { return }
        // The files are read in id order (`match`), so this is sorted already: checked rather
        // than assumed, and sorted only if not, since `sorted` copies every record.
        let inOrder = read.indices.dropFirst().allSatisfy { read[$0 - 1].id < read[$0].id }
        let read = inOrder ? read : read.sorted { $0.id < $1.id }
        records = records.isEmpty ? read : LoadedKind.merged(records, read)
    }

    /// Two id-ordered arrays with no id in common, as one: a few changed files after a warm start
    /// must not cost a sort of all 20,000 records.
    private static func merged(_ first: [Record], _ second: [Record]) -> [Record] {
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

/// A value handed from one job to another: whoever takes it holds the only reference, so
/// changing it copies nothing.
private final class Mailbox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?

    func put(_ value: Value) {
        lock.lock()
        self.value = value
        lock.unlock()
    }

    func take() -> Value? {
        lock.lock()
        defer { lock.unlock() }
        let taken = value
        value = nil
        return taken
    }
}
