/// A file the last background sync could not merge, as the conflict inbox shows it. Filled by
/// the executable from the sharing module's report, so the UI core stays free of git.
public struct SyncConflict: Sendable, Equatable {
    /// One key both sides changed differently: its dotted path and each side's value as TOML.
    public struct Key: Sendable, Equatable {
        public var field: String
        public var mine: String
        public var theirs: String

        public init(field: String, mine: String, theirs: String) {
            self.field = field
            self.mine = mine
            self.theirs = theirs
        }
    }

    /// Relative to the store: `delegations/qingdao-bank.toml`.
    public var path: String
    /// "content", "modify/delete", "add/add".
    public var kind: String
    public var keys: [Key]
    public var mineAuthor: String?
    public var theirAuthor: String?

    /// The same id created on both sides: "keep both" applies.
    public var isAddedOnBothSides: Bool { kind == Self.addedOnBothSides }
    /// The sharing module's word for it.
    public static let addedOnBothSides = "added on both sides"
    /// A save refused because its file changed on disk (compare-and-swap): mine against the disk's.
    public static let changedOnDisk = "changed on disk"
    /// A key's value on a side that removed it.
    public static let removed = "(removed)"

    public init(path: String, kind: String, keys: [Key] = [], mineAuthor: String? = nil, theirAuthor: String? = nil) {
        self.path = path
        self.kind = kind
        self.keys = keys
        self.mineAuthor = mineAuthor
        self.theirAuthor = theirAuthor
    }
}

/// Which side a conflicting file keeps at every key both changed; what merged cleanly stays merged.
/// `both`: a record created on both sides with one id keeps both, the later one renamed.
public enum SyncChoice: String, Sendable, Equatable, CaseIterable {
    case mine, theirs, both
}
