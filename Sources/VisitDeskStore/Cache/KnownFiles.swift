import Foundation
import VisitDeskDomain

/// What the store knows of one file: the version last read (for compare-and-swap writes and for
/// telling our own writes from others') and the stamp taken before reading it (for the start-up
/// cache). Either may be missing: a file too large to read has a stamp and no version.
struct KnownFile: Sendable, Equatable {
    var stamp: FileStamp?
    var version: FileVersion?
}

/// The known files of a store, by relative path. Record files are kept per kind by id: the
/// start-up load fills these tables straight from the folder listings without building 30,000
/// path strings, and the cache snapshot looks records up by the id it already has.
struct KnownFiles {
    private var delegations: [String: KnownFile] = [:]
    private var contacts: [String: KnownFile] = [:]
    /// Anything else (the settings file).
    private var others: [String: KnownFile] = [:]
    /// The record tables while another core still builds them (a start drawn from the cache).
    private var building: TablesInTheMaking?

    init() {}

    init(delegations: [String: KnownFile], contacts: [String: KnownFile]) {
        self.delegations = delegations
        self.contacts = contacts
    }

    /// The tables of the cache's entries, built later: hashing 30,000 ids took ~4 ms of a
    /// 10,000-delegation start's first frame, which reads none of them (writes wait for the
    /// start-up check). `buildInBackground()` starts the build on another core once that frame
    /// is drawn; a reader that comes sooner builds them itself, one that comes during the build waits.
    init(building delegations: [StoreCache.Section<Delegation>], contacts: [StoreCache.Section<Contact>]) {
        building = TablesInTheMaking { (KnownFiles.table(delegations), KnownFiles.table(contacts)) }
    }

    private static func table<Record: CachedRecord>(_ sections: [StoreCache.Section<Record>]) -> [String: KnownFile] {
        var table: [String: KnownFile] = [:]
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

    func buildInBackground() { building?.start() }

    private var tables: (delegations: [String: KnownFile], contacts: [String: KnownFile]) {
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
        var changed: [String] = []
        func compare(_ old: [String: KnownFile], _ new: [String: KnownFile], path: (String) -> String) {
            for (key, file) in old where file.version != nil && new[key]?.version != file.version { changed.append(path(key)) }
            for (key, file) in new where file.version != nil && old[key]?.version == nil { changed.append(path(key)) }
        }
        let (old, new) = (before.tables, after.tables)
        compare(old.delegations, new.delegations) { RecordKind.delegation.relativePath(id: $0) }
        compare(old.contacts, new.contacts) { RecordKind.contact.relativePath(id: $0) }
        compare(before.others, after.others) { $0 }
        return changed.sorted()
    }

    /// `delegations/<id>.toml` and `contacts/<id>.toml` are kept by id; everything else by path.
    private static func record(at path: String) -> (RecordKind, String)? {
        guard let (kind, name) = StoreLayout.split(path), name.hasSuffix(".toml") else { return nil }
        return (kind, String(name.dropLast(5)))
    }
}

/// Two tables built once: on a global queue after `start()`, or by the first reader if that
/// comes sooner; `value` waits for a build that is running.
private final class TablesInTheMaking: @unchecked Sendable {
    typealias Tables = (delegations: [String: KnownFile], contacts: [String: KnownFile])
    private let condition = NSCondition()
    private var make: (@Sendable () -> Tables)?
    private var made: Tables?

    init(_ make: @escaping @Sendable () -> Tables) {
        self.make = make
    }

    func start() {
        DispatchQueue.global(qos: .utility).async { [self] in _ = value }
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
