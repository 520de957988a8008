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

    init() {}

    init(delegations: [String: KnownFile], contacts: [String: KnownFile]) {
        self.delegations = delegations
        self.contacts = contacts
    }

    subscript(kind: RecordKind, id: String) -> KnownFile? {
        get { kind == .delegation ? delegations[id] : contacts[id] }
        set {
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

    /// Every file that was read, with its version: what a rescan compares against.
    var versions: [String: FileVersion] {
        var all: [String: FileVersion] = [:]
        for (kind, table) in [(RecordKind.delegation, delegations), (.contact, contacts)] {
            for (id, file) in table { if let version = file.version { all[kind.relativePath(id: id)] = version } }
        }
        for (path, file) in others { if let version = file.version { all[path] = version } }
        return all
    }

    /// Paths added, removed or read with other contents between two `versions`, sorted.
    static func changedPaths(before: [String: FileVersion], after: [String: FileVersion]) -> [String] {
        Set(before.keys).symmetricDifference(after.keys)
            .union(before.keys.filter { after[$0] != nil && after[$0] != before[$0] })
            .sorted()
    }

    /// `delegations/<id>.toml` and `contacts/<id>.toml` are kept by id; everything else by path.
    private static func record(at path: String) -> (RecordKind, String)? {
        guard let (kind, name) = StoreLayout.split(path), name.hasSuffix(".toml") else { return nil }
        return (kind, String(name.dropLast(5)))
    }
}
