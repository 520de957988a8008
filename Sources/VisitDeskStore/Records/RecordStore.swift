import Foundation
import TOMLDocument
import VisitDeskDomain

/// What a reload changed, for the status bar ("reloaded delegations/x.toml").
public struct StoreChange: Sendable, Equatable {
    public var changedPaths: [String]
    /// The sentence for the status bar, translated where it is shown.
    public var phrase: Phrase
    /// The sentence in English.
    public var summary: String { phrase.description }
}

/// The store on disk and its in-memory catalog. Reads every record at start, then follows the
/// watcher's reports one file at a time; writes go through compare-and-swap so a change made by
/// someone else is never overwritten. Main-thread only: the event loop owns it.
public final class RecordStore {
    public let root: String
    public internal(set) var catalog = Catalog()
    public internal(set) var isReadOnly = false
    /// Leftover temporary files of crashed writers removed at load, for a one-time message.
    public private(set) var cleanedTemporaryFiles: [String] = []

    /// What was last read from each known file (versions and stamps), by path relative to the root.
    var files = KnownFiles()
    /// Problems that belong to one file (syntax, types, names), by relative path.
    var fileProblems: [String: [Problem]] = [:]
    /// Rule problems (dangling references, missing slots, …) per delegation id.
    private var ruleProblems: [String: [Problem]] = [:]

    /// Where the start-up cache lives (nil: no cache; tests and one-off commands).
    public let cacheFolder: String?
    /// How many record files the last load had to read and parse (the rest came from the cache).
    public private(set) var filesParsedAtLoad = 0
    /// Where the time of the last load went.
    public internal(set) var loadPhases = LoadPhases()
    /// Set by `loadFromCache`: the records shown come from the start-up cache and the folders
    /// are still to be checked (`startupCheck`, `finishStartupCheck`).
    var pendingCheck: CachedRecords?
    /// Set by `loadDelegationsFirst`: the catalog has no contacts yet, the check reads them.
    var contactsFollow = false

    public init(root: String, cacheFolder: String? = nil) {
        self.root = root.hasSuffix("/") && root.count > 1 ? String(root.dropLast()) : root
        self.cacheFolder = cacheFolder
    }

    public func absolutePath(_ relative: String) -> String { "\(root)/\(relative)" }

    // MARK: Loading

    /// Reads the whole store. Files that fail to load become problems; the rest loads.
    public func load() throws(FileIOError) {
        var phases = LoadPhases()
        defer { loadPhases = phases }
        guard FileIO.isDirectory(root) else { throw .notFound(path: root) }
        isReadOnly = !FileIO.isWritable(root)
        let cacheFile = cacheFolder.map { StoreCache.file(in: $0, forStore: root) }
        let (delegations, contacts) = try StartupLoad.run(root: root, cacheFile: cacheFile, phases: &phases)
        install(delegations, contacts, phases: &phases)
    }

    /// Makes a finished load the store's state: known files, problems, the catalog.
    /// - Parameter knownFiles: the record files' table when it is not the loaded kinds' (a start
    ///   from the cache builds it on another core).
    /// - Parameter contactsFollow: the contacts are still to be read: no rule checks yet.
    func install(_ delegations: LoadedKind<Delegation>, _ contacts: LoadedKind<Contact>, knownFiles: KnownFiles? = nil, contactsFollow: Bool = false, phases: inout LoadPhases) {
        fileProblems = [:]
        ruleProblems = [:]
        cleanedTemporaryFiles = []
        pendingCheck = nil
        self.contactsFollow = false
        files = knownFiles ?? KnownFiles(delegations: delegations.files, contacts: contacts.files)
        for (kind, others) in [(RecordKind.delegation, delegations.others), (.contact, contacts.others)] {
            for (name, role) in others {
                let path = "\(kind.folder)/\(name)"
                if case .leftoverTemporary = role { cleanUpTemporary(path) } else { noteNonRecord(path, role: role) }
            }
        }
        fileProblems.merge(delegations.problems) { $1 }
        fileProblems.merge(contacts.problems) { $1 }
        filesParsedAtLoad = delegations.parsed + contacts.parsed
        let settings = loadSettings() ?? StoreSettings()
        loadHolidayFile()
        catalog = Catalog(settings: settings, delegations: delegations.records, contacts: contacts.records)
        phases.lap("settings+catalog")
        if !contactsFollow { revalidateAll() }
        phases.lap("rules")
        publishProblems()
        phases.lap("problems")
        // The parse buffers of the worker threads are free now; hand them back to the system so
        // a dashboard left open for days holds only its records.
        _ = releaseFreeMemory(0)
        phases.lap("malloc_trim")
    }

    /// What the start-up cache should hold now: every loaded record with the stamp and version
    /// of the file it came from. A value, so it can be written off the main thread.
    /// nil while the start-up check is pending: the records came from the last cache unchecked,
    /// and a cache written now would vouch for files nobody looked at.
    public func cacheSnapshot(now: Int = StoreCache.now()) -> StoreCacheSnapshot? {
        guard let cacheFolder, pendingCheck == nil else { return nil }
        // A record whose file has no stamp or version (none yet) is left out. Usually none is:
        // then the section shares the catalog's array instead of copying it (4.5 MB of contacts
        // at 20,000, made at quit, when the cache is written).
        func section<Record: CachedRecord>(_ records: [Record]) -> StoreCache.Section<Record> {
            var section = StoreCache.Section<Record>()
            section.files.reserveCapacity(records.count)
            var kept: [Int]?
            for index in records.indices {
                guard let file = files[Record.kind, records[index].id], let stamp = file.stamp, let version = file.version else {
                    if kept == nil { kept = Array(0..<index) }
                    continue
                }
                section.files.append(StoreCache.Section<Record>.File(stamp: stamp, version: version))
                kept?.append(index)
            }
            section.records = kept.map { $0.map { records[$0] } } ?? records
            return section
        }
        let cache = StoreCache(writtenAt: now, delegations: section(catalog.delegations), contacts: section(catalog.contacts))
        return StoreCacheSnapshot(cache: cache, file: StoreCache.file(in: cacheFolder, forStore: root), root: root)
    }

    private func loadSettings() -> StoreSettings? {
        let path = StoreLayout.settingsFile
        fileProblems[path] = nil
        let bytes: [UInt8]
        do { bytes = try FileIO.read(absolutePath(path), within: root) } catch .notFound {
            files[path] = nil
            return nil
        } catch {
            fileProblems[path] = [Problem(file: path, message: error.description)]
            return nil
        }
        files[path] = KnownFile(version: FileVersion(bytes: bytes))
        switch RecordParser.document(bytes, file: path) {
        case .failure(let problem):
            fileProblems[path] = [problem]
            return nil
        case .success(let document):
            let (settings, problems) = RecordDecoder.settings(file: path, document: document)
            if !problems.isEmpty { fileProblems[path] = problems }
            return settings
        }
    }

    private func noteNonRecord(_ path: String, role: FileRole) {
        switch role {
        case .badName(_, let stem):
            let suggestion = RecordID.slug(from: stem)
            fileProblems[path] = [Problem(file: path, Phrase("`%s` is not a valid record id (lowercase letters, digits and -): rename the file, e.g. to %s.toml", stem, suggestion))]
        case .conflictCopy(let kind, let original):
            fileProblems[path] = [Problem(file: path, severity: .warning, original.map {
                Phrase("a sync tool's conflict copy of %s: compare the two, keep the right content in %s, then delete this copy", kind.relativePath(id: $0), kind.relativePath(id: $0))
            } ?? Phrase("a sync tool's conflict copy of the original: compare the two, keep the right content in the original, then delete this copy"))]
        default:
            break
        }
    }

    /// A temporary file left by a writer that was killed: the record it was replacing is intact
    /// (the rename never happened), so the leftover is removed unless its writer still runs.
    private func cleanUpTemporary(_ path: String) {
        let name = (path as NSString).lastPathComponent
        let rest = name.dropFirst(StoreLayout.temporaryPrefix.count)
        if let pid = Int32(rest.prefix { $0.isNumber }), pid != getpid(), kill(pid, 0) == 0 {
            return  // another live process is writing it right now
        }
        if unlink(absolutePath(path)) == 0 { cleanedTemporaryFiles.append(path) }
    }

    // MARK: Following changes

    /// Applies what the watcher saw. Files whose bytes did not change (our own writes, a `touch`)
    /// are skipped, so the program's own writes never show as outside changes. Returns nil when
    /// nothing visible changed.
    public func apply(_ batch: WatchBatch) -> StoreChange? { apply(batch, preload: nil) }

    /// `preload` reads and decodes a slice of the paths at once (on every core, for `saveAll`'s
    /// thousands of files); slices of 2,048 keep only that many decoded files in memory.
    func apply(_ batch: WatchBatch, preload: (([String]) -> [String: LoadResult])?) -> StoreChange? {
        if batch.needsRescan {
            let before = files
            do { try load() } catch {
                return storeFolderGone(error)
            }
            let changed = KnownFiles.changedPaths(from: before, to: files)
            return StoreChange(changedPaths: changed, phrase: Phrase("rescanned the store (%d files changed)", changed.count))
        }
        var changed: [String] = []
        var contactIDsChanged = false
        var touchedDelegations: [String] = []
        let paths = batch.paths.sorted()
        for start in stride(from: 0, to: paths.count, by: 2_048) {
            let slice = Array(paths[start..<min(start + 2_048, paths.count)])
            let preloaded = preload?(slice) ?? [:]
            for path in slice {
                let outcome = reload(path, preloaded: preloaded[path])
                guard outcome.changed else { continue }
                changed.append(path)
                contactIDsChanged = contactIDsChanged || outcome.contactSetChanged
                if let id = outcome.delegationID { touchedDelegations.append(id) }
            }
        }
        guard !changed.isEmpty else { return nil }
        if contactIDsChanged { revalidateAll() } else { touchedDelegations.forEach(revalidate) }
        publishProblems()
        return StoreChange(changedPaths: changed, phrase: summary(of: changed))
    }

    /// The store folder could not be read again: an empty catalog and one problem that says so.
    func storeFolderGone(_ error: FileIOError) -> StoreChange {
        pendingCheck = nil
        contactsFollow = false
        fileProblems = [".": [Problem(file: ".", Phrase("the store folder is gone: %s — restore it, or restart with --store", error.description))]]
        catalog = Catalog(settings: catalog.settings)
        publishProblems()
        return StoreChange(changedPaths: [], phrase: Phrase("store folder missing"))
    }

    private func summary(of paths: [String]) -> Phrase {
        guard paths.count == 1, let path = paths.first else { return Phrase("%d files changed on disk", paths.count) }
        if fileProblems[path] != nil { return Phrase("%s has a problem (press ! to see it)", path) }
        if files.version(at: path) == nil { return Phrase("removed %s", path) }
        return Phrase("reloaded %s", path)
    }

    struct ReloadOutcome {
        var changed = false
        var contactSetChanged = false
        var delegationID: String?
    }

    /// Re-reads one file and updates the catalog; the heart of live updates and of our own writes.
    func reload(_ path: String, preloaded: LoadResult? = nil) -> ReloadOutcome {
        var outcome = ReloadOutcome()
        if path == StoreLayout.settingsFile {
            let old = files.version(at: path)
            let settings = loadSettings() ?? StoreSettings()
            outcome.changed = old != files.version(at: path)
            catalog.settings = settings
            return outcome
        }
        guard let (kind, name) = StoreLayout.split(path) else { return outcome }
        let role = StoreLayout.role(ofFile: name, in: kind)
        guard case .record(_, let id) = role else {
            let hadProblem = fileProblems[path] != nil
            fileProblems[path] = nil
            if FileManager.default.fileExists(atPath: absolutePath(path)) { noteNonRecord(path, role: role) }
            outcome.changed = hadProblem || fileProblems[path] != nil
            return outcome
        }
        let result = preloaded ?? ParallelLoader.loadOne(absolute: absolutePath(path), relative: path, kind: kind, id: id, root: root)
        let old = files.version(at: path)
        // Same bytes as last read (our own write, a `touch`, a sync tool re-stamping): nothing new.
        // A file that cannot be read at all (too large, a link out of the store) has no version
        // either way, so its new problem must not be mistaken for "unchanged".
        if result.version == old && (old != nil || (fileProblems[path] == nil && result.problems.isEmpty)) { return outcome }
        outcome.changed = true
        files[path] = result.version == nil ? nil : KnownFile(stamp: result.stamp, version: result.version)
        fileProblems[path] = result.problems.isEmpty ? nil : result.problems
        switch kind {
        case .delegation:
            outcome.delegationID = id
            if let delegation = result.delegation { catalog.upsert(delegation) } else { catalog.removeDelegation(id: id) }
        case .contact:
            let existed = catalog.contact(id: id) != nil
            if let contact = result.contact { catalog.upsert(contact) } else { catalog.removeContact(id: id) }
            outcome.contactSetChanged = existed != (result.contact != nil)
        }
        return outcome
    }

    // MARK: Rules across records

    /// On both cores: ten thousand delegations at every start and rescan.
    func revalidateAll() {
        // By index: `map(\.id)` copied every contact (and released it) to read its id.
        let contactIDs: Set<String> = { contacts in
            var ids = Set<String>(minimumCapacity: contacts.count)
            for index in contacts.indices { ids.insert(contacts[index].id) }
            return ids
        }(catalog.contacts)
        let (delegations, root) = (catalog.delegations, root)
        let halves = ConcurrentJobs.run(2) { half in
            stride(from: half, to: delegations.count, by: 2).compactMap { index -> (String, [Problem])? in
                let problems = RecordStore.ruleProblems(of: delegations[index], contactIDs: contactIDs, root: root)
                return problems.isEmpty ? nil : (delegations[index].id, problems)
            }
        }
        ruleProblems = Dictionary(halves.joined(), uniquingKeysWith: { first, _ in first })
    }

    func revalidate(_ id: String) {
        ruleProblems[id] = nil
        guard let delegation = catalog.delegation(id: id) else { return }
        let known = Set(delegation.referencedContactIDs.filter { catalog.contact(id: $0) != nil })
        let problems = RecordStore.ruleProblems(of: delegation, contactIDs: known, root: root)
        ruleProblems[id] = problems.isEmpty ? nil : problems
    }

    private static func ruleProblems(of delegation: Delegation, contactIDs: Set<String>, root: String) -> [Problem] {
        // The path and the positions (read back from the file) only when a rule fails, which is rare.
        var document: TOMLDocument??
        return Validation.problems(of: delegation, file: RecordKind.delegation.relativePath(id: delegation.id), contactIDs: contactIDs) { field in
            let file = RecordKind.delegation.relativePath(id: delegation.id)
            if document == nil {
                document = .some((try? FileIO.read(root + "/" + file)).flatMap { bytes in
                    if case .success(let parsed) = RecordParser.document(bytes, file: file) { return parsed }
                    return nil
                })
            }
            return document!.flatMap { RecordDecoder.line(of: field, in: $0) }
        }
    }

    func publishProblems() {
        var all = fileProblems.values.flatMap { $0 } + ruleProblems.values.flatMap { $0 }
        all.sort { ($0.file, $0.line ?? 0) < ($1.file, $1.line ?? 0) }
        catalog.problems = all
    }
}

/// glibc's `malloc_trim`, which Swift's Glibc module does not export.
@_silgen_name("malloc_trim")
private func releaseFreeMemory(_ pad: Int) -> Int32
