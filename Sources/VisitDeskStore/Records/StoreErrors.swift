import VisitDeskDomain

/// Why a change was not written. Every case leaves the file on disk exactly as it was.
public enum StoreWriteError: Error, CustomStringConvertible {
    /// The file changed on disk since the program read it. `disk` is what is there now (nil: deleted),
    /// `mine` what the program wanted to write, so the person can compare and choose.
    case conflict(path: String, mine: [UInt8]?, disk: [UInt8]?)
    case io(FileIOError)
    /// The store is on a read-only folder (or the user lacks write permission).
    case readOnly(path: String)
    /// No such record (it may have been deleted by someone else).
    case missing(path: String)
    /// The edit would leave a file the program itself could not load.
    case invalid(path: String, problems: [Problem])
    /// A record with that id exists already.
    case exists(path: String)

    public var description: String {
        switch self {
        case .conflict(let path, _, let disk):
            return disk == nil
                ? "\(path) was deleted by someone else since it was shown; nothing was written"
                : "\(path) changed on disk since it was shown; nothing was written — compare both versions"
        case .io(let error): return error.description
        case .readOnly(let path): return "\(path): the store is read-only; nothing was written"
        case .missing(let path): return "\(path) no longer exists"
        case .invalid(let path, let problems):
            return "\(path): the change was not written: " + problems.map(\.message).joined(separator: "; ")
        case .exists(let path): return "\(path) exists already"
        }
    }
}

/// What one write changed, byte for byte, so it can be undone exactly.
public struct WriteReceipt: Sendable, Equatable {
    public var kind: RecordKind
    public var id: String
    /// The file before the write (nil: it did not exist).
    public var before: [UInt8]?
    /// The file after the write (nil: it was deleted).
    public var after: [UInt8]?

    public init(kind: RecordKind, id: String, before: [UInt8]?, after: [UInt8]?) {
        self.kind = kind
        self.id = id
        self.before = before
        self.after = after
    }
}
