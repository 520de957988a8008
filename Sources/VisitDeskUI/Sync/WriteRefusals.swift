import Foundation

/// Compare-and-swap refusals in the conflict inbox (`S`): a save that found its file changed on
/// disk opens the conflict view at once, and until it is decided it is also listed in the inbox
/// beside the sync's conflicts — keep mine (written over exactly what is on disk, as the view's
/// `m`), keep the disk's, or superseded by a later save of the same file. Esc in the view leaves
/// it there for later instead of throwing mine away, unless a form is behind the view: Esc
/// goes back to the form, which then decides it.
enum WriteRefusals {
    /// A refusal came back from the write runner: listed (a newer one of the file replaces it).
    static func hold(_ conflict: WriteConflict, _ state: inout AppState) {
        state.writeRefusals.removeAll { $0.path == conflict.path }
        state.writeRefusals.append(conflict)
    }

    /// Decided in the view or the inbox.
    static func drop(_ path: String, _ state: inout AppState) {
        state.writeRefusals.removeAll { $0.path == path }
    }

    /// A step that wrote the file after all (keep mine, a form saved again, an undo) settles it.
    static func written(_ step: UndoStep, _ state: inout AppState) {
        let paths = Set(step.files.map { WriteConflict(label: "", folder: $0.folder, id: $0.id, mine: nil, disk: nil).path })
        state.writeRefusals.removeAll { paths.contains($0.path) }
    }

    /// As the inbox lists it: each key whose line differs, my value against the disk's.
    static func entry(_ refusal: WriteConflict) -> SyncConflict {
        SyncConflict(path: refusal.path, kind: SyncConflict.changedOnDisk, keys: keys(mine: refusal.mine, disk: refusal.disk))
    }

    /// `key = value` lines found on one side only, paired by key (within the table whose header
    /// came last: `slots.start`); a key on one side only is "(removed)" on the other.
    static func keys(mine: [UInt8]?, disk: [UInt8]?) -> [SyncConflict.Key] {
        guard let mine, let disk else { return [] }
        let lines = LineDiff.compare(disk: String(decoding: disk, as: UTF8.self), mine: String(decoding: mine, as: UTF8.self))
        var order: [String] = []
        var values: [String: (mine: String?, disk: String?)] = [:]
        var table = ""
        for line in lines {
            let text = line.text.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("[") {
                table = text.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                continue
            }
            guard line.side != .both, !text.hasPrefix("#"), let equals = text.firstIndex(of: "=") else { continue }
            let key = text[..<equals].trimmingCharacters(in: .whitespaces)
            let field = table.isEmpty ? key : table + "." + key
            let value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if values[field] == nil { order.append(field) }
            if line.side == .mineOnly { values[field, default: (nil, nil)].mine = value } else { values[field, default: (nil, nil)].disk = value }
        }
        return order.compactMap { field in
            guard let pair = values[field], pair.mine != pair.disk else { return nil }
            return SyncConflict.Key(field: field, mine: pair.mine ?? SyncConflict.removed, theirs: pair.disk ?? SyncConflict.removed)
        }
    }
}

extension AppState {
    /// What the conflict inbox lists: saves refused because their file changed on disk, then
    /// the files the last sync could not merge.
    public var inboxConflicts: [SyncConflict] { writeRefusals.map(WriteRefusals.entry) + syncConflicts }
}
