import VisitDeskDomain

/// What the form commands do: every printable key is text (so `q` and `?` can be typed), Tab and
/// Up/Down move between fields, Enter moves on and submits from the last field, C-s submits
/// from anywhere, Esc closes without writing (asking first when something was typed).
enum FormKeys {
    static let pickerSize = 5

    static func moveField(_ step: Int, _ state: inout AppState) {
        guard var form = state.form else { return }
        move(by: step, &form)
        state.form = form
    }

    /// Down and Up walk the contact matches while there are some, the lines of a field of several
    /// lines (notes, reasons, outcome) up to its first or last, else the fields.
    static func vertical(_ step: Int, _ state: inout AppState) {
        guard var form = state.form else { return }
        if isPicking(form) {
            form.matchCursor = min(max(0, form.matchCursor + step), form.matches.count - 1)
        } else if form.focusedField.kind == .lines, form.fields[form.focus].input.moveLine(step) {
            // moved inside the field
        } else {
            move(by: step, &form)
        }
        state.form = form
    }

    /// Enter picks the highlighted contact, moves to the next field, or saves from the last one.
    static func enter(_ state: inout AppState) -> [Effect] {
        guard var form = state.form else { return [] }
        if isPicking(form) {
            pick(form.matches[form.matchCursor], in: &form, catalog: state.catalog)
        } else if form.focusedField.kind == .lines {
            form.fields[form.focus].input.insert("\n")
            form.fields[form.focus].error = nil
        } else if form.focus < form.fields.count - 1 {
            move(by: 1, &form)
        } else {
            return FormSubmit.submit(&state)
        }
        state.form = form
        return []
    }

    /// Esc (and C-c): closes the contact matches first; a form with typed input asks before it
    /// goes, so a stray Esc never throws typing away.
    static func cancel(_ state: inout AppState) {
        guard var form = state.form else { return }
        if isPicking(form) {
            form.matches = []
            state.form = form
        } else if form.isChanged {
            state.push(.prompt(Question(text: Localization.key("discard changes? y/n"), purpose: .discardForm)))
        } else {
            state.form = nil
            state.message = state.l10n.text("cancelled: nothing was written")
        }
    }

    /// Keys no form command has: editing keys and text (typed or pasted) for the focused field.
    static func type(_ key: Key, _ state: inout AppState) {
        guard var form = state.form else { return }
        // A paste into notes keeps its line breaks (other control characters still go).
        if form.focusedField.kind == .lines, case .paste(let text) = key {
            form.fields[form.focus].input.insert(TextField.lines(text))
        } else if !form.fields[form.focus].input.handle(key) {
            return
        }
        form.fields[form.focus].error = nil
        form.error = nil
        if form.focusedField.kind == .contact {
            form.fields[form.focus].contactID = nil
            search(&form, state)
        }
        state.form = form
    }

    private static func isPicking(_ form: Form) -> Bool {
        form.focusedField.kind == .contact && !form.matches.isEmpty
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
        var hits = keys.scores(Matcher.Query(text), of: 0..<keys.count).map { (index: $0.position, score: $0.score) }
        let rank = ContactPreference.rank(field: form.focusedField.name, form: form)
        hits.sort { a, b in
            if let rank {
                let (ra, rb) = (rank(contacts[a.index]), rank(contacts[b.index]))
                if ra != rb { return ra < rb }
            }
            return a.score != b.score ? a.score > b.score : contacts[a.index].name < contacts[b.index].name
        }
        form.matches = hits.prefix(pickerSize).map(\.index)
    }
}
