/// `e` in the conflict inbox: type the value for each conflicting key of the file — neither
/// side's — before settling. A form with one field per key, filled with my value; saving it
/// keeps the typed values for that file (shown in the inbox) until Enter settles.
enum SyncValueForm {
    static func open(_ state: inout AppState) {
        guard let inbox = state.syncInbox, state.inboxConflicts.indices.contains(inbox.cursor) else { return }
        let conflict = state.inboxConflicts[inbox.cursor]
        guard conflict.kind != SyncConflict.changedOnDisk else {
            state.message = state.l10n.text("a save that met a newer file on disk: choose m (write mine) or t (keep the disk's)")
            return
        }
        guard !conflict.keys.isEmpty else {
            state.message = state.l10n.text("no key to type here: the whole file differs; choose m or t")
            return
        }
        let typed = inbox.values[conflict.path] ?? [:]
        let fields = conflict.keys.map { key in
            FormField(key.field, key.field, text: typed[key.field] ?? (key.mine == SyncConflict.removed ? key.theirs : key.mine))
        }
        let name = conflict.path.split(separator: "/").last.map(String.init) ?? conflict.path
        state.push(.form(Form(purpose: .syncValues(path: conflict.path), title: "values for \(name)", bases: [], fields: fields)))
    }

    /// C-s in the form: the typed values go to the inbox; the file counts as decided.
    static func submit(_ path: String, _ state: inout AppState) -> [Effect] {
        guard let form = state.form else { return [] }
        let trim = { (text: String) in String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }
        let values = Dictionary(form.fields.map { ($0.name, trim($0.input.text)) }) { first, _ in first }
        state.pop()
        SyncInbox.typeValues(values, for: path, &state)
        return []
    }
}
