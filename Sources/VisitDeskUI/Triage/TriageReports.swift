/// What the write runner reports back: steps go on the undo history, conflicts open the
/// conflict view. The catalog itself arrives separately, as the store reloads what was written.
enum TriageReports {
    static func handle(_ action: Action, _ state: inout AppState) -> [Effect] {
        let submitted = state.triage.submitted
        state.triage.submitted = nil
        let overwriting = state.triage.overwriting
        state.triage.overwriting = nil
        switch action {
        case .saved(let step):
            state.triage.history.recordNew(step)
            state.message = "saved: \(step.label) (u undoes)"
        case .undone(let step):
            state.triage.history.markUndone(step)
            state.message = "undid: \(step.label) (C-r redoes)"
        case .redone(let step):
            state.triage.history.markRedone(step)
            state.message = "redid: \(step.label)"
        case .writeConflict(let conflict):
            if let submitted { state.triage.formBehindConflict = submitted }
            state.triage.conflict = conflict
            state.triage.conflictLines = ConflictView.lines(conflict)
            state.triage.conflictTop = 0
            state.message = "\(conflict.path) changed on disk: nothing was written"
        case .writeFailed(let reason):
            state.message = reason
            if var form = submitted, state.triage.conflict == nil {
                form.error = reason
                state.triage.form = form
            } else if let overwriting, state.triage.conflict == nil {
                state.triage.conflict = overwriting
                state.triage.conflictLines = ConflictView.lines(overwriting)
                state.triage.conflictTop = 0
            }
        default:
            break
        }
        return []
    }
}

/// Keys of the conflict view: keep mine (write it over the disk's version, as a new undoable
/// step), take the disk's (write nothing), or open the file in the editor.
enum ConflictKeys {
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard let conflict = state.triage.conflict else { return [] }
        switch key {
        case .character("m"):
            state.triage.conflict = nil
            state.triage.formBehindConflict = nil
            state.triage.overwriting = conflict
            let change = FileChange(folder: conflict.folder, id: conflict.id, before: conflict.disk, after: conflict.mine)
            return [.overwrite(change, label: "keep mine: \(conflict.label)", reapplying: conflict.ownChange)]
        case .escape where state.triage.formBehindConflict != nil:
            state.triage.conflict = nil
            state.triage.form = state.triage.formBehindConflict
            state.triage.formBehindConflict = nil
            state.message = "back to your form: \(conflict.path) changed on disk, nothing was written yet"
        case .character("d"), .escape:
            state.triage.conflict = nil
            state.triage.formBehindConflict = nil
            state.message = "kept the disk's version of \(conflict.path); nothing was written"
        case .character("E"):
            state.triage.conflict = nil
            return [.openInEditor(conflict.folder, id: conflict.id)]
        case .up, .down, .pageUp, .pageDown, .character("j"), .character("k"), .character("g"), .character("G"):
            let visible = ConflictView.visibleRows(state.bodyRect)
            let count = max(1, state.triage.conflictLines.count - visible + 1)
            if let top = Movement.target(for: key, current: state.triage.conflictTop, count: count, page: visible) {
                state.triage.conflictTop = top
            }
        default:
            state.message = "m keep mine · d keep the disk's · E edit the file"
        }
        return []
    }
}
