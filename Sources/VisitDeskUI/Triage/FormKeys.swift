import VisitDeskDomain

/// Keys while a form is open: every printable key is text (so `q` and `?` can be typed), Tab and
/// Up/Down move between fields, Enter moves on and submits from the last field, C-s submits
/// from anywhere, Esc closes without writing.
enum FormKeys {
    static let pickerSize = 5

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var form = state.triage.form else { return [] }
        let picking = form.focusedField.kind == .contact && !form.matches.isEmpty
        switch key {
        case .escape where picking:
            form.matches = []
        case .escape:
            state.triage.form = nil
            state.message = "cancelled: nothing was written"
            return []
        case .up where picking:
            form.matchCursor = max(0, form.matchCursor - 1)
        case .down where picking:
            form.matchCursor = min(form.matches.count - 1, form.matchCursor + 1)
        case .enter where picking:
            pick(form.matches[form.matchCursor], in: &form, catalog: state.catalog)
        case .tab, .down:
            move(by: 1, &form)
        case .backTab, .up:
            move(by: -1, &form)
        case .enter where form.focus < form.fields.count - 1:
            move(by: 1, &form)
        case .enter, .control("s"):
            state.triage.form = form
            return FormSubmit.submit(&state)
        default:
            guard form.fields[form.focus].input.handle(key) else { return [] }
            form.fields[form.focus].error = nil
            form.error = nil
            if form.focusedField.kind == .contact {
                form.fields[form.focus].contactID = nil
                search(&form, state)
            }
        }
        state.triage.form = form
        return []
    }

    private static func move(by step: Int, _ form: inout Form) {
        form.focus = (form.focus + step + form.fields.count) % form.fields.count
        form.matches = []
        form.matchCursor = 0
    }

    private static func pick(_ contact: Int, in form: inout Form, catalog: Catalog) {
        let picked = catalog.contacts[contact]
        form.fields[form.focus].input.replaceAll(with: picked.name)
        form.fields[form.focus].contactID = picked.id
        form.matches = []
        form.matchCursor = 0
    }

    /// Best matches of the field's text among the contacts (pinyin, initials, phone digits).
    private static func search(_ form: inout Form, _ state: AppState) {
        let text = form.focusedField.input.text
        form.matchCursor = 0
        guard !text.trimmingWhitespace.isEmpty else {
            form.matches = []
            return
        }
        let contacts = state.catalog.contacts
        // Built once per catalog by the contacts index (pinyin is too slow to compute per keystroke).
        let keys = state.index.people.finding.keys
        let query = Matcher.Query(text)
        var hits: [(index: Int, score: Int)] = []
        for (index, key) in keys.enumerated() {
            if let score = Matcher.score(query, keys: key) { hits.append((index, score)) }
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : contacts[$0.index].name < contacts[$1.index].name }
        form.matches = hits.prefix(pickerSize).map(\.index)
    }
}
