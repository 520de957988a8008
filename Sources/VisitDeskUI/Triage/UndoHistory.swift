import VisitDeskDomain

/// Which folder of the store a record file lives in. The UI core does not know the store's
/// types, so write reports carry this instead.
public enum RecordFolder: String, Sendable, Hashable {
    case delegations
    case contacts
}

/// One file as a write left it: the exact bytes before and after (nil: no file), so undo puts
/// back precisely what was there, keys VisitDesk does not know and comments included.
public struct FileChange: Sendable, Hashable {
    public var folder: RecordFolder
    public var id: String
    public var before: [UInt8]?
    public var after: [UInt8]?

    public init(folder: RecordFolder, id: String, before: [UInt8]?, after: [UInt8]?) {
        self.folder = folder
        self.id = id
        self.before = before
        self.after = after
    }

    public var path: String { "\(folder.rawValue)/\(id).toml" }

    /// The change that takes the file back.
    public var reversed: FileChange { FileChange(folder: folder, id: id, before: after, after: before) }
}

/// What one key did to the store, undone and redone as a whole: accepting five marked requests
/// is one step.
public struct UndoStep: Sendable, Hashable {
    /// Shown in the status bar: "undid: decline 3 requests".
    public var label: String
    public var files: [FileChange]

    public init(label: String, files: [FileChange]) {
        self.label = label
        self.files = files
    }

    /// The step that undoes this one, last file first.
    public var reversed: UndoStep { UndoStep(label: label, files: files.reversed().map(\.reversed)) }
}

/// Every change of the session, newest last. A new change after an undo drops what could have
/// been redone, as in every editor.
public struct UndoHistory: Sendable, Hashable {
    public private(set) var undoable: [UndoStep] = []
    public private(set) var redoable: [UndoStep] = []

    public init() {}

    mutating func recordNew(_ step: UndoStep) {
        guard !step.files.isEmpty else { return }
        undoable.append(step)
        redoable.removeAll()
    }

    /// After the runner reports an undo written: the step moves to the redo side.
    mutating func markUndone(_ step: UndoStep) {
        if let index = undoable.lastIndex(of: step) { undoable.remove(at: index) }
        redoable.append(step)
    }

    /// A step that can no longer be replayed (its file changed on disk since): it leaves both
    /// sides, and the steps before it stay where they were.
    mutating func drop(_ step: UndoStep) {
        if let index = undoable.lastIndex(of: step) { undoable.remove(at: index) }
        if let index = redoable.lastIndex(of: step) { redoable.remove(at: index) }
    }

    mutating func markRedone(_ step: UndoStep) {
        if let index = redoable.lastIndex(of: step) { redoable.remove(at: index) }
        undoable.append(step)
    }
}
