import Foundation
import VisitDeskDomain

/// Draw first, verify after. A warm start used to list and `stat` every file before the first
/// frame (tens of milliseconds at 10,000 delegations, most of the start's CPU besides the UI's
/// indexes). Now the dashboard loads the start-up cache alone (`loadFromCache`), draws, and
/// checks the folders off the main thread (`startupCheck`); `finishStartupCheck` then makes the
/// checked load the store's state on the main thread and says which files differed. Until then
/// the dashboard holds writing keys; compare-and-swap guards every write in any case, since the
/// cache carries each file's content hash.
extension RecordStore {
    /// Whether the records shown come from the cache and the folders are still to be checked.
    public var isCheckingStartup: Bool { pendingCheck != nil }

    /// Whether the records shown are the delegations alone, the contacts read by the check
    /// (`loadDelegationsFirst`).
    public var contactsFollowCheck: Bool { contactsFollow }

    /// Below this many cached records the dashboard checks the folders before its first frame:
    /// listing and `stat`ing a small store costs a millisecond or two, less than drawing twice
    /// and running the check beside the first frame (the demo store drew its first frame in
    /// 28 ms checked first, 32–37 ms drawn first, medians of 5).
    public static let drawFirstFromRecords = 2_000

    /// Loads the catalog from the start-up cache alone. False (and nothing loaded) when there is
    /// no usable cache, or it holds fewer than `minimumRecords`: call `load()` then.
    public func loadFromCache(minimumRecords: Int = 0) throws(FileIOError) -> Bool {
        var phases = LoadPhases()
        defer { loadPhases = phases }
        guard FileIO.isDirectory(root) else { throw .notFound(path: root) }
        guard let cacheFolder,
              let cached = StartupLoad.cachedRecords(cacheFile: StoreCache.file(in: cacheFolder, forStore: root), root: root, minimumRecords: minimumRecords)
        else { return false }
        phases.lap("read and decode the cache")
        isReadOnly = !FileIO.isWritable(root)
        var delegations = LoadedKind<Delegation>()
        var contacts = LoadedKind<Contact>()
        delegations.take(cached.delegations)
        contacts.take(cached.contacts)
        install(delegations, contacts, knownFiles: KnownFiles(building: cached.delegations, contacts: cached.contacts), phases: &phases)
        // The check matches against the catalog's own arrays: the cache's blocks go, so the
        // records are not held twice while it runs (25 MB at 10,000 + 20,000).
        pendingCheck = CachedRecords(
            delegations: [StoreCache.Section(records: catalog.delegations, files: Self.files(of: cached.delegations))],
            contacts: [StoreCache.Section(records: catalog.contacts, files: Self.files(of: cached.contacts))],
            writtenAt: cached.writtenAt
        )
        return true
    }

    /// The sections' stamps and versions as one array: the one section's own array when the cache
    /// was decoded in place, shared rather than copied (7 MB at 50,000 + 100,000).
    private static func files<Record>(of sections: [StoreCache.Section<Record>]) -> [StoreCache.Section<Record>.File] {
        sections.count == 1 ? sections[0].files : sections.flatMap(\.files)
    }

    /// A cold start of a large store, drawn first too: without a start-up cache the dashboard
    /// reads the delegations alone (the Requests, Groups and Calendar panes), draws, and reads
    /// the contacts in the start-up check, which also checks the delegations read here as it
    /// checks a cache's. False (nothing loaded) when there is a cache file, or fewer than
    /// `minimumContacts` contact files: call `load()` then. Rule checks wait for the contacts
    /// (every reference to a person would look dangling without them).
    public func loadDelegationsFirst(minimumContacts: Int) throws(FileIOError) -> Bool {
        var phases = LoadPhases()
        defer { loadPhases = phases }
        guard FileIO.isDirectory(root) else { throw .notFound(path: root) }
        if let cacheFolder, FileManager.default.fileExists(atPath: StoreCache.file(in: cacheFolder, forStore: root)) { return false }
        // Before anything is read: a file changed from here on is re-read by the check.
        let readAt = StoreCache.now()
        guard let delegations = try StartupLoad.delegationsAlone(root: root, minimumContacts: minimumContacts, phases: &phases) else { return false }
        isReadOnly = !FileIO.isWritable(root)
        install(delegations, LoadedKind<Contact>(), contactsFollow: true, phases: &phases)
        // The check matches against the catalog's own array, as after a warm start: a copy of
        // 10,000 delegations cost ~7 ms of this first frame. A record read through a link has
        // no stamp: one no file has stands in, so the check reads it again.
        let stamps = catalog.delegations.indices.map { index in
            let file = files[.delegation, catalog.delegations[index].id]
            return StoreCache.Section<Delegation>.File(stamp: file?.stamp ?? .unmatchable, version: file?.version ?? FileVersion(size: -1, contentHash: 0))
        }
        pendingCheck = CachedRecords(delegations: [StoreCache.Section(records: catalog.delegations, files: stamps)], contacts: [], writtenAt: readAt)
        contactsFollow = true
        return true
    }

    /// The check as a value for another thread; nil when there is nothing to check.
    public func startupCheck() -> StartupCheck? {
        pendingCheck.map { StartupCheck(root: root, cached: $0) }
    }

    /// On the main thread, with what `StartupCheck.run` found: the store as a full load would
    /// have left it. nil when every file was as the cache said (nothing on screen changes).
    public func finishStartupCheck(_ checked: StartupCheck.Outcome) -> StoreChange? {
        guard pendingCheck != nil else { return nil }
        let (delegations, contacts): (LoadedKind<Delegation>, LoadedKind<Contact>)
        switch checked.result {
        case .failure(let error): return storeFolderGone(error)
        case .success(let loaded): (delegations, contacts) = loaded
        }
        let (before, drawn, contactsWereRead) = (files, catalog, contactsFollow)
        contactsFollow = false
        var phases = checked.phases
        install(delegations, contacts, phases: &phases)
        loadPhases = phases
        // The check found which records differ from the ones drawn while matching them; the
        // settings file is compared here.
        var changed = KnownFiles.changedOtherPaths(from: before, to: files)
        changed += (delegations.changedSinceCache ?? []).map { RecordKind.delegation.relativePath(id: $0) }
        if contactsWereRead {
            // Read for the first time, not changed since the last start: the screen gains them all.
            return StoreChange(changedPaths: changed.sorted(), phrase: Phrase("read %d contacts", catalog.contacts.count))
        }
        changed += (contacts.changedSinceCache ?? []).map { RecordKind.contact.relativePath(id: $0) }
        changed.sort()
        guard !changed.isEmpty || catalog.problems != drawn.problems else {
            // The same records: keep the arrays the screen shows, so store and UI share them
            // instead of each holding its own copy for as long as the dashboard runs.
            catalog = drawn
            return nil
        }
        return StoreChange(changedPaths: changed, phrase: Phrase("checked the store (%d files changed)", changed.count))
    }
}

/// The folder listing and `stat`s of a start from the cache, detached from the store so it can
/// run off the main thread.
public struct StartupCheck: Sendable {
    let root: String
    let cached: CachedRecords

    /// What the check found: the store's records as a full load reads them, or why not.
    public struct Outcome: Sendable {
        let result: Result<(LoadedKind<Delegation>, LoadedKind<Contact>), FileIOError>
        let phases: LoadPhases
    }

    public func run() -> Outcome {
        var phases = LoadPhases()
        do throws(FileIOError) {
            let loaded = try StartupLoad.verify(root: root, cached: cached, phases: &phases)
            return Outcome(result: .success(loaded), phases: phases)
        } catch {
            return Outcome(result: .failure(error), phases: phases)
        }
    }
}

extension LoadedKind {
    /// Every cached record as it was; the table of their files is built apart (`KnownFiles(building:)`).
    mutating func take(_ sections: [StoreCache.Section<Record>]) {
        // One section (the cache decoded in place) is taken as it is: the catalog shares its
        // array, where copying 20,000 contacts cost ~15 ms of the first frame and their release 12.
        if records.isEmpty, sections.count == 1 {
            records = sections[0].records
        } else {
            records.reserveCapacity(sections.reduce(0) { $0 + $1.records.count })
            for section in sections { records += section.records }
        }
    }
}
