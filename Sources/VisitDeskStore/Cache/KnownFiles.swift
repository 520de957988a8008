import Foundation
import VisitDeskDomain

/// What the store knows of one file: the version last read (for compare-and-swap writes and for
/// telling our own writes from others') and the stamp taken before reading it (for the start-up
/// cache). Either may be missing: a file too large to read has a stamp and no version.
///
/// Each is stored plainly, "none" marked inside it (a stamp no file has, a negative size): with two
/// optionals an entry of the store's tables took 64 bytes, not 48, which at 50,000 delegations
/// and 100,000 contacts was 6 MB more for as long as the dashboard runs (80 bytes, 13 MB more,
/// before `FileStamp` became a digest).
struct KnownFile: Sendable, Equatable {
    private var storedStamp: FileStamp
    private var storedVersion: FileVersion

    init(stamp: FileStamp? = nil, version: FileVersion? = nil) {
        storedStamp = stamp ?? KnownFile.noStamp
        storedVersion = version ?? KnownFile.noVersion
    }

    var stamp: FileStamp? {
        get { storedStamp == KnownFile.noStamp ? nil : storedStamp }
        set { storedStamp = newValue ?? KnownFile.noStamp }
    }

    var version: FileVersion? {
        get { storedVersion.size < 0 ? nil : storedVersion }
        set { storedVersion = newValue ?? KnownFile.noVersion }
    }

    private static let noStamp = FileStamp(digest: 0, latest: Int.min)
    private static let noVersion = FileVersion(size: -1, contentHash: 0)
}

/// The known files of a store, by relative path. Record files are kept per kind by id: the
/// start-up load fills these tables straight from the folder listings without building 30,000
/// path strings, and the cache snapshot looks records up by the id it already has.
struct KnownFiles {
    private var delegations: FileTable = [:]
    private var contacts: FileTable = [:]
    /// Anything else (the settings file).
    private var others: FileTable = [:]
    /// The record tables still to be built from the cache's sections (a start drawn from the cache).
    private var building: TablesInTheMaking?

    init() {}

    init(delegations: FileTable, contacts: FileTable) {
        self.delegations = delegations
        self.contacts = contacts
    }

    /// The tables of the cache's entries, built when first read: hashing 30,000 ids took ~4 ms of
    /// a 10,000-delegation start's first frame, which reads none of them (writes and reloads wait
    /// for the start-up check, which brings its own tables). Usually nothing reads them before
    /// that, and they are never built: at 50,000 + 100,000 they were 31 MB of the start's peak.
    init(building delegations: [StoreCache.Section<Delegation>], contacts: [StoreCache.Section<Contact>]) {
        building = TablesInTheMaking { (KnownFiles.table(delegations), KnownFiles.table(contacts)) }
    }

    private static func table<Record: CachedRecord>(_ sections: [StoreCache.Section<Record>]) -> FileTable {
        var table: FileTable = [:]
        table.reserveCapacity(sections.reduce(0) { $0 + $1.records.count })
        // By index: iterating the records would copy each one (and release it) to read its id.
        for section in sections {
            for index in section.records.indices {
                let file = section.files[index]
                table[section.records[index].id] = KnownFile(stamp: file.stamp, version: file.version)
            }
        }
        return table
    }

    private var tables: (delegations: FileTable, contacts: FileTable) {
        building?.value ?? (delegations, contacts)
    }

    /// Takes the built tables in before a change.
    private mutating func settle() {
        guard let building else { return }
        (delegations, contacts) = building.value
        self.building = nil
    }

    subscript(kind: RecordKind, id: String) -> KnownFile? {
        get { kind == .delegation ? tables.delegations[id] : tables.contacts[id] }
        set {
            settle()
            switch kind {
            case .delegation: delegations[id] = newValue
            case .contact: contacts[id] = newValue
            }
        }
    }

    subscript(path: String) -> KnownFile? {
        get {
            guard let (kind, id) = KnownFiles.record(at: path) else { return others[path] }
            return self[kind, id]
        }
        set {
            guard let (kind, id) = KnownFiles.record(at: path) else { return others[path] = newValue }
            self[kind, id] = newValue
        }
    }

    func version(at path: String) -> FileVersion? { self[path]?.version }

    /// Paths added, removed or read with other contents between two states of the table (only
    /// files that were read, with a version, count), sorted. The tables are compared by id, so
    /// only the changed files' paths are made: a start-up check of 30,000 files used to build
    /// both sides as path-keyed tables first (8.6 MB at the peak of a warm start).
    static func changedPaths(from before: KnownFiles, to after: KnownFiles) -> [String] {
        let (old, new) = (before.tables, after.tables)
        let changed = changed(old.delegations, new.delegations).map { RecordKind.delegation.relativePath(id: $0) }
            + changed(old.contacts, new.contacts).map { RecordKind.contact.relativePath(id: $0) }
            + changedOtherPaths(from: before, to: after)
        return changed.sorted()
    }

    /// The same for the files that are not records (the settings file) alone: the start-up check
    /// finds the records that changed while matching them, without the cache's tables.
    static func changedOtherPaths(from before: KnownFiles, to after: KnownFiles) -> [String] {
        changed(before.others, after.others).sorted()
    }

    private static func changed(_ old: FileTable, _ new: FileTable) -> [String] {
        var changed: [String] = []
        for (key, file) in old where file.version != nil && new[key]?.version != file.version { changed.append(key) }
        for (key, file) in new where file.version != nil && old[key]?.version == nil { changed.append(key) }
        return changed
    }

    /// `delegations/<id>.toml` and `contacts/<id>.toml` are kept by id; everything else by path.
    private static func record(at path: String) -> (RecordKind, String)? {
        guard let (kind, name) = StoreLayout.split(path), name.hasSuffix(".toml") else { return nil }
        return (kind, String(name.dropLast(5)))
    }
}

/// Two tables built once, by their first reader; a reader on another thread during the build
/// (a value of the store copied off the main thread) waits for it.
private final class TablesInTheMaking: @unchecked Sendable {
    typealias Tables = (delegations: FileTable, contacts: FileTable)
    private let condition = NSCondition()
    private var make: (@Sendable () -> Tables)?
    private var made: Tables?

    init(_ make: @escaping @Sendable () -> Tables) {
        self.make = make
    }

    var value: Tables {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let made { return made }
            guard let make else {
                condition.wait()
                continue
            }
            self.make = nil
            condition.unlock()
            let tables = make()
            condition.lock()
            made = tables
            condition.broadcast()
        }
    }
}
