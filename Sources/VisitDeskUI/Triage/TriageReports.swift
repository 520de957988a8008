/// What the write runner reports back: steps go on the undo history, conflicts open the
/// conflict view. The catalog itself arrives separately, as the store reloads what was written.
enum TriageReports {
    static func handle(_ action: Action, _ state: inout AppState) -> [Effect] {
        let submitted = state.triage.submitted
        state.triage.submitted = nil
        let overwriting = state.triage.overwriting
        state.triage.overwriting = nil
        let replaying = state.triage.replaying
        state.triage.replaying = nil
        switch action {
        case .saved(let step):
            WriteRefusals.written(step, &state)
            state.triage.history.recordNew(step)
            state.message = state.l10n.format("saved: %s (u undoes)", FormTitles.translated(step.label, state.l10n))
        case .undone(let step):
            WriteRefusals.written(step, &state)
            state.triage.history.markUndone(step)
            state.message = state.l10n.format("undid: %s (C-r redoes)", FormTitles.translated(step.label, state.l10n))
        case .redone(let step):
            WriteRefusals.written(step, &state)
            state.triage.history.markRedone(step)
            state.message = state.l10n.format("redid: %s", FormTitles.translated(step.label, state.l10n))
        case .writeConflict(let conflict):
            if let submitted { state.triage.formBehindConflict = submitted }
            WriteRefusals.hold(conflict, &state)
            show(conflict, &state)
            state.message = state.l10n.format("%s changed on disk: nothing was written", conflict.path)
            if let replaying {
                state.triage.history.drop(replaying)
                state.message = state.l10n.format("%s changed on disk since “%s”: that step is off the undo list, earlier ones still undo", conflict.path, FormTitles.translated(replaying.label, state.l10n))
            }
        case .writeFailed(let reason):
            state.message = reason
            if var form = submitted, state.conflict == nil {
                form.error = reason
                state.form = form
            } else if let overwriting, state.conflict == nil {
                show(overwriting, &state)
            }
        default:
            break
        }
        return []
    }

    /// The conflict view goes on top of whatever is open, once: a second report of the same
    /// conflict replaces the first instead of stacking another view.
    static func show(_ conflict: WriteConflict, _ state: inout AppState) {
        state.conflict = conflict
        state.triage.conflictLines = ConflictView.lines(conflict, state.l10n)
        state.triage.conflictTop = 0
    }
}

/// Keys of the conflict view: keep mine (write it over the disk's version, as a new undoable
/// step), take the disk's (write nothing), or open the file in the editor.
enum ConflictKeys {
    static func keepMine(_ state: inout AppState) -> [Effect] {
        guard let conflict = state.conflict else { return [] }
        state.conflict = nil
        state.triage.formBehindConflict = nil
        state.triage.overwriting = conflict
        WriteRefusals.drop(conflict.path, &state)
        let change = FileChange(folder: conflict.folder, id: conflict.id, before: conflict.disk, after: conflict.mine)
        return [.overwrite(change, label: "keep mine: \(conflict.label)", reapplying: conflict.ownChange)]
    }

    static func keepDisk(_ state: inout AppState) {
        guard let conflict = state.conflict else { return }
        state.conflict = nil
        state.triage.formBehindConflict = nil
        WriteRefusals.drop(conflict.path, &state)
        state.message = state.l10n.format("kept the disk's version of %s; nothing was written", conflict.path)
    }

    /// Esc: back to the form whose save met the conflict, typed text and all (nothing written;
    /// the form decides it); without such a form (an undo, a redo, a step without a form), the
    /// refusal waits in the conflict inbox (`S`), undecided.
    static func back(_ state: inout AppState) {
        guard let conflict = state.conflict else { return }
        guard let form = state.triage.formBehindConflict else {
            state.conflict = nil
            state.message = state.l10n.format("%s waits in the conflict inbox (S): nothing was written yet", conflict.path)
            return
        }
        state.conflict = nil
        state.triage.formBehindConflict = nil
        // The form decides it now: saved again (against the newer file) or discarded.
        WriteRefusals.drop(conflict.path, &state)
        state.form = form
        state.message = state.l10n.format("back to your form: %s changed on disk, nothing was written yet", conflict.path)
    }

    static func editFile(_ state: inout AppState) -> [Effect] {
        guard let conflict = state.conflict else { return [] }
        state.conflict = nil
        WriteRefusals.drop(conflict.path, &state)
        return [.openInEditor(conflict.folder, id: conflict.id)]
    }
}
