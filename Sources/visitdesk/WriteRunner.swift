import TOMLDocument
import VisitDeskDomain
import VisitDeskStore
import VisitDeskUI

/// Performs the dashboard's writes through the store's compare-and-swap path and reports back as
/// actions: a written step (for the undo history), a conflict (both versions, nothing written),
/// and the reloaded catalog. Nothing here overwrites a file it has not seen.
struct WriteRunner {
    let store: RecordStore

    /// nil: not a write effect.
    func perform(_ effect: Effect) -> [Action]? {
        switch effect {
        case .save(let request): return save(request) + [reloaded]
        case .undo(let step): return put(step.reversed, label: step.label, done: .undone(step)) + [reloaded]
        case .redo(let step): return put(step, label: step.label, done: .redone(step)) + [reloaded]
        case .overwrite(let change, let label, let ownChange):
            let step = UndoStep(label: label, files: [change])
            return reapply(ownChange, to: put(step, label: label, done: .saved(step))) + [reloaded]
        default: return nil
        }
    }

    private var reloaded: Action { .catalogReplaced(store.catalog, summary: nil) }

    /// Writes each edit in turn. At the first one whose file changed since it was shown, stops:
    /// what was written so far is one undo step, and the conflict view gets both versions.
    /// The failure with paths inside the store made relative: the status bar has room for the
    /// reason ("No space left on device") only if the store's own path does not come first.
    private func notWritten(_ error: StoreWriteError) -> String {
        "not written: " + error.description.replacingOccurrences(of: store.root + "/", with: "")
            .replacingOccurrences(of: ": cannot write: ", with: ": ")
    }

    func save(_ request: SaveRequest) -> [Action] {
        var written: [FileChange] = []
        func stop(with actions: [Action]) -> [Action] {
            (written.isEmpty ? [] : [.saved(UndoStep(label: request.label, files: written))]) + actions
        }
        for (position, var edit) in request.edits.enumerated() {
            if edit.shown == nil {
                // The dashboard picked the id from what it shows; a file it could not load may hold it.
                edit.updated.id = store.unusedID(for: .delegation, base: edit.updated.id)
            }
            let id = edit.updated.id
            let rest = request.edits.dropFirst(position + 1).map(\.updated.id)
            if let shown = edit.shown, store.catalog.delegation(id: id) != shown {
                return stop(with: [.writeConflict(conflict(edit, label: request.label, disk: store.bytes(of: .delegation, id: id), rest: rest))])
            }
            do {
                written.append(FileChange(try store.save(edit.updated)))
            } catch .conflict(_, _, let disk) {
                return stop(with: [.writeConflict(conflict(edit, label: request.label, disk: disk, rest: rest))])
            } catch {
                return stop(with: [.writeFailed(notWritten(error))])
            }
        }
        var renamed: [Contact] = []
        for var edit in request.contactEdits {
            if edit.shown == nil { edit.updated.id = store.unusedID(for: .contact, base: edit.updated.id) }
            let path = "contacts/\(edit.updated.id).toml"
            // A person's card has no field-by-field merge yet: a change on disk stops the save and
            // the form comes back with its typing, pointing at the file.
            if let shown = edit.shown, store.catalog.contact(id: shown.id) != shown {
                return stop(with: [.writeFailed(changedOnDisk(path))])
            }
            do {
                if let shown = edit.shown, shown.id != edit.updated.id {
                    written.append(FileChange(try store.saveRenamed(edit.updated, from: shown.id)))
                    renamed.append(shown)
                } else {
                    written.append(FileChange(try store.save(edit.updated)))
                }
            } catch .conflict {
                return stop(with: [.writeFailed(changedOnDisk(path))])
            } catch .exists(let existing) {
                return stop(with: [.writeFailed("not written: \(existing) exists already; choose another id")])
            } catch {
                return stop(with: [.writeFailed(notWritten(error))])
            }
        }
        for shown in renamed + request.contactRemovals {
            let path = "contacts/\(shown.id).toml"
            guard store.catalog.contact(id: shown.id) == shown else { return stop(with: [.writeFailed(changedOnDisk(path))]) }
            do {
                written.append(FileChange(try store.remove(.contact, id: shown.id)))
            } catch .conflict {
                return stop(with: [.writeFailed(changedOnDisk(path))])
            } catch {
                return stop(with: [.writeFailed(notWritten(error))])
            }
        }
        return stop(with: [])
    }

    private func changedOnDisk(_ path: String) -> String {
        "not written: \(path) changed on disk since it was shown; Esc, then E opens it"
    }

    /// Puts exact bytes back (undo, redo, keeping mine). Every file is checked before any is
    /// written, so a step is never left half undone because one file changed meanwhile.
    func put(_ step: UndoStep, label: String, done: Action) -> [Action] {
        for (position, change) in step.files.enumerated() {
            let disk = store.bytes(of: change.folder.kind, id: change.id)
            if disk != change.before {
                let rest = step.files.dropFirst(position + 1).map(\.id)
                return [.writeConflict(WriteConflict(label: label, folder: change.folder, id: change.id, mine: change.after, disk: disk, notWritten: rest))]
            }
        }
        for change in step.files {
            do {
                try store.replace(change.folder.kind, id: change.id, with: change.after, expecting: change.before)
            } catch .conflict(_, _, let disk) {
                return [.writeConflict(WriteConflict(label: label, folder: change.folder, id: change.id, mine: change.after, disk: disk))]
            } catch {
                return [.writeFailed(notWritten(error))]
            }
        }
        return [done]
    }

    /// "Mine" in a conflict: the disk's version with only the fields I changed set my way, so
    /// keeping mine does not throw away what the other person changed in other fields.
    private func conflict(_ edit: DelegationEdit, label: String, disk: [UInt8]?, rest: [String]) -> WriteConflict {
        // The file is gone but another holds the record exactly as shown: it was renamed. Mine
        // is my change over that file, so keeping mine never brings the old name back beside it.
        if disk == nil, let shown = edit.shown, let moved = renamedCopy(of: shown) {
            var onto = edit
            onto.shown = moved
            onto.updated.id = moved.id
            let movedDisk = store.bytes(of: .delegation, id: moved.id)
            return WriteConflict(label: label, folder: .delegations, id: moved.id, mine: merged(onto, over: movedDisk), disk: movedDisk,
                                 notWritten: rest, ownChange: onto, renamedFrom: shown.id)
        }
        return WriteConflict(label: label, folder: .delegations, id: edit.updated.id, mine: merged(edit, over: disk), disk: disk, notWritten: rest, ownChange: edit)
    }

    /// Another delegation equal to `shown` in everything but its id: the same record under a new
    /// file name. nil when none is, or more than one (then the coordinator decides).
    private func renamedCopy(of shown: Delegation) -> Delegation? {
        let copies = store.catalog.delegations.filter { other in
            guard other.id != shown.id else { return false }
            var renamedBack = other
            renamedBack.id = shown.id
            return renamedBack == shown
        }
        return copies.count == 1 ? copies[0] : nil
    }

    /// A keep-mine that met yet another change on disk: "mine" is recomputed from the
    /// coordinator's own change over the newest version, not the merge shown before.
    private func reapply(_ ownChange: DelegationEdit?, to actions: [Action]) -> [Action] {
        guard let ownChange else { return actions }
        return actions.map { action in
            guard case .writeConflict(var conflict) = action else { return action }
            conflict.mine = merged(ownChange, over: conflict.disk)
            conflict.ownChange = ownChange
            return .writeConflict(conflict)
        }
    }

    private func merged(_ edit: DelegationEdit, over disk: [UInt8]?) -> [UInt8]? {
        if let disk, let shown = edit.shown, var document = try? TOMLDocument(parsing: disk),
           (try? RecordEncoder.apply(edit.updated, over: shown, to: &document)) != nil {
            return Array(document.text.utf8)
        }
        return (try? RecordEncoder.newFile(for: edit.updated)).map { Array($0.utf8) }
    }
}

extension FileChange {
    init(_ receipt: WriteReceipt) {
        self.init(folder: receipt.kind.recordFolder, id: receipt.id, before: receipt.before, after: receipt.after)
    }
}

extension RecordKind {
    var recordFolder: RecordFolder { self == .contact ? .contacts : .delegations }
}

extension RecordFolder {
    var kind: RecordKind { self == .contacts ? .contact : .delegation }

}
