import VisitDeskDomain

/// The open form, centred over the panes: one row per field, its error on the row below, the
/// contact matches under a contact field being typed in. The terminal cursor sits in the
/// focused field, at the display column of the text cursor.
enum FormView {
    static let labelWidth = 14

    enum Row: Equatable {
        /// What the form acts on, above the fields.
        case subject(String)
        case field(Int)
        /// The second and later lines of a field of several lines (`.lines`): field, line.
        case line(Int, Int)
        case error(String)
        case match(Int, selected: Bool)
        case formError(String)
        case hint(String)
        /// A line under a field about what was typed (the pinyin of a Chinese name).
        case note(String)
        /// Something to know before saving that does not stop the save (a host busy then).
        case warning(String)
        /// A slot already entered while accepting (`C-n`), above the fields.
        case kept(String)
    }

    static func rows(_ form: Form, state: AppState) -> [Row] {
        var rows: [Row] = form.subject(state.l10n).map { [.subject($0)] } ?? []
        for (offset, slot) in form.pendingSlots.enumerated() {
            rows.append(.kept(AcceptSlots.line(offset + 1, slot, state.catalog)))
            rows += AcceptSlots.warnings(of: slot, in: form, state).map { .warning("  ! " + $0) }
        }
        for index in form.fields.indices {
            rows.append(.field(index))
            if form.fields[index].kind == .lines {
                let count = form.fields[index].input.lineLayout.lines.count
                rows += (1..<max(1, count)).map { .line(index, $0) }
            }
            if let error = form.fields[index].error { rows.append(.error(error)) }
            if let note = ContactForms.note(for: form.fields[index], in: form) { rows.append(.note(note)) }
            if index == form.focus {
                for (offset, match) in form.matches.enumerated() { rows.append(.match(match, selected: offset == form.matchCursor)) }
            }
        }
        rows += ProgrammeForms.warnings(form, state: state).map { .warning("! " + $0) }
        if let error = form.error { rows.append(.formError(error)) }
        rows.append(.hint(hint(form, state.l10n)))
        return rows
    }

    private static func hint(_ form: Form, _ l10n: Localization) -> String {
        if !form.matches.isEmpty { return l10n.text("Up/Down choose · Enter picks · Esc closes the list") }
        let keys = " · " + l10n.text("C-s saves · Esc cancels")
        switch form.focusedField.kind {
        case .date: return l10n.text(FieldParsing.dateHelp) + keys
        case .time: return l10n.text(FieldParsing.timeHelp) + keys
        case .contact: return l10n.text("type a name, pinyin, initials or phone to search") + keys
        case .tags: return l10n.text("tags separated by commas") + keys
        case .lines: return l10n.text("Enter new line · Tab next field") + keys
        default: return l10n.text("Tab next field · Enter next / save") + keys
        }
    }

    /// The rows that fit `height`, scrolled so the focused field and its matches stay on screen;
    /// the hint row is drawn on the bottom line regardless. Offsets are screen rows from the top.
    static func visible(_ form: Form, state: AppState, height: Int) -> [(offset: Int, row: Row)] {
        let all = rows(form, state: state)
        let body = Array(all.dropLast())
        let room = max(0, height - 2)
        let focusAt = body.firstIndex(of: cursorRow(form)) ?? 0
        let lastNeeded = focusAt + form.matches.count
        let top = min(max(0, lastNeeded - room + 1), max(0, body.count - room))
        return body.dropFirst(top).prefix(room).enumerated().map { ($0.offset, $0.element) }
    }

    static func box(_ form: Form, state: AppState, in body: Rect) -> Rect {
        Overlays.centredBox(in: body, width: 78, height: rows(form, state: state).count + 3)
    }

    static func draw(_ state: AppState, form: Form, in body: Rect, grid: inout Grid) {
        let box = box(form, state: state, in: body)
        grid.clear(box, role: .overlay)
        let l10n = state.l10n
        grid.drawBox(box, title: FormTitles.translated(form.title, l10n), focused: true, note: (form.purpose == .accept ? l10n.text("C-n another slot") + " · " : "") + l10n.text("C-s save · Esc cancel"))
        let area = box.inner
        let inputWidth = max(1, area.width - labelWidth)
        guard area.height > 0 else { return }
        grid.draw(hint(form, l10n), x: area.x, y: area.maxY - 1, width: area.width, role: .muted)
        for (offset, row) in visible(form, state: state, height: area.height) {
            let y = area.y + offset
            switch row {
            case .field(let index):
                let field = form.fields[index]
                let focused = index == form.focus
                let label = l10n.text(field.label) + (field.required ? "*" : "")
                grid.drawPadded(label, x: area.x, y: y, width: labelWidth - 1, role: focused ? .fieldFocused : .field)
                let shown = field.kind == .lines ? window(field, line: 0, focused: focused, width: inputWidth).text
                    : focused ? field.input.window(width: inputWidth).text : Substring(field.input.text)
                grid.fill(x: area.x + labelWidth, y: y, width: inputWidth, role: focused ? .fieldFocused : .field)
                grid.draw(shown, x: area.x + labelWidth, y: y, width: inputWidth, role: focused ? .fieldFocused : .field)
            case .line(let index, let line):
                let field = form.fields[index]
                let focused = index == form.focus
                grid.fill(x: area.x + labelWidth, y: y, width: inputWidth, role: focused ? .fieldFocused : .field)
                grid.draw(window(field, line: line, focused: focused, width: inputWidth).text, x: area.x + labelWidth, y: y,
                          width: inputWidth, role: focused ? .fieldFocused : .field)
            case .subject(let text):
                grid.draw(text, x: area.x, y: y, width: area.width, role: .header)
            case .kept(let text):
                grid.draw(text, x: area.x, y: y, width: area.width, role: .overlay)
            case .error(let message):
                grid.draw("↳ " + message, x: area.x + labelWidth, y: y, width: inputWidth, role: .error)
            case .match(let position, let selected):
                let contact = state.catalog.contacts[position]
                let text = [contact.name, contact.nameZh, contact.organisation, contact.phones.first].compactMap { $0 }.joined(separator: " · ")
                grid.drawPadded(text, x: area.x + labelWidth, y: y, width: inputWidth, role: selected ? .selected : .overlay)
            case .note(let text):
                grid.draw(text, x: area.x + labelWidth, y: y, width: inputWidth, role: .muted)
            case .warning(let text):
                grid.draw(text, x: area.x, y: y, width: area.width, role: .conflict)
            case .formError(let message):
                grid.draw(message, x: area.x, y: y, width: area.width, role: .error)
            case .hint:
                break
            }
        }
    }

    /// Where the terminal cursor goes: in the focused field, after the character before it.
    static func cursor(_ form: Form, state: AppState, in body: Rect) -> (x: Int, y: Int)? {
        let area = box(form, state: state, in: body).inner
        let row = cursorRow(form)
        guard let offset = visible(form, state: state, height: area.height).first(where: { $0.row == row })?.offset
        else { return nil }
        let width = max(1, area.width - labelWidth)
        let field = form.focusedField
        let column = field.kind == .lines ? window(field, line: field.input.lineLayout.cursorLine, focused: true, width: width).cursorColumn
            : field.input.window(width: width).cursorColumn
        return (area.x + labelWidth + column, area.y + offset)
    }

    /// The row the text cursor is on: the focused field's, or the line of it the cursor is in.
    static func cursorRow(_ form: Form) -> Row {
        guard form.focusedField.kind == .lines else { return .field(form.focus) }
        let line = form.focusedField.input.lineLayout.cursorLine
        return line == 0 ? .field(form.focus) : .line(form.focus, line)
    }

    /// One line of a field of several lines, scrolled sideways around the cursor when it is there.
    static func window(_ field: FormField, line: Int, focused: Bool, width: Int) -> (text: Substring, cursorColumn: Int) {
        let layout = field.input.lineLayout
        guard layout.lines.indices.contains(line) else { return ("", 0) }
        let text = String(layout.lines[line])
        guard focused, line == layout.cursorLine else { return (Substring(text), 0) }
        let (shown, column) = TextField(text, cursor: layout.cursorInLine).window(width: width)
        return (Substring(shown), column)
    }
}

/// Where the terminal cursor belongs in the current state; nil hides it. The runtime passes
/// this to the backend with every frame.
public func cursorPosition(_ state: AppState) -> (x: Int, y: Int)? {
    guard case .form(let form)? = state.modes.last else { return nil }
    let layout = state.layout
    guard layout.kind != .tooSmall else { return nil }
    return FormView.cursor(form, state: state, in: layout.body)
}
