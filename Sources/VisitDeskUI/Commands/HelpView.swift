/// The `?` box: the commands of the mode under it, read from the command table with the keys the
/// keymap gives them now, filtered by what is typed, scrolled with the list keys that do not type
/// (Up, Down, PgUp, PgDn, Home, End), "more ↓" while rows are below.
enum HelpView {
    struct Entry: Equatable {
        var keys: String
        var name: String
        var help: String
    }

    /// The mode's own commands first, then those that work in every pane (quit, help, switching).
    static func entries(for mode: ModeKind, keymap: Keymap, l10n: Localization = .of(.en)) -> [Entry] {
        var own: [Entry] = []
        var shared: [Entry] = []
        for (position, command) in CommandTable.all.enumerated() where command.modes.contains(mode) {
            let keys = keymap.keysByCommand[position]
            let entry = Entry(keys: keys.isEmpty ? ":" + command.verb : keys.map(\.name).joined(separator: " "),
                              name: command.name, help: l10n.text(command.help))
            if ModeKind.panes.allSatisfy(command.modes.contains) { shared.append(entry) } else { own.append(entry) }
        }
        return own + shared
    }

    /// Entries whose keys, name or description (in the language shown) contain `filter` (case and
    /// accents folded).
    static func filtered(_ entries: [Entry], by filter: String) -> [Entry] {
        let needle = CommandSearch.fold(filter)
        guard !needle.isEmpty else { return entries }
        return entries.filter {
            CommandSearch.fold($0.keys).contains(needle) || $0.name.contains(needle) || CommandSearch.fold($0.help).contains(needle)
        }
    }

    static func shown(_ state: AppState, _ help: HelpState) -> [Entry] {
        filtered(entries(for: help.about, keymap: state.keymap, l10n: state.l10n), by: help.filter)
    }

    /// The box uses the width the body has, up to 120 columns, and as many rows as the entries
    /// need and the body allows; what does not fit scrolls.
    static func box(entries: Int, in body: Rect) -> Rect {
        Overlays.centredBox(in: body, width: Overlays.boxWidth(120, in: body), height: max(8, entries + 4))
    }

    static func visibleRows(entries: Int, in body: Rect) -> Int { max(1, box(entries: entries, in: body).inner.height - 2) }

    static func draw(_ state: AppState, _ help: HelpState, in body: Rect, grid: inout Grid) {
        let entries = shown(state, help)
        let box = box(entries: entries.count, in: body)
        let visible = visibleRows(entries: entries.count, in: body)
        let top = min(help.top, max(0, entries.count - visible))
        grid.clear(box, role: .overlay)
        let l10n = state.l10n
        let more = top + visible < entries.count ? l10n.text("more ↓") + " · " : top > 0 ? "↑ · " : ""
        grid.drawBox(box, title: l10n.text("Keys") + " · " + help.about.title(in: l10n), focused: true, note: more + l10n.text("Esc closes"))
        let area = box.inner
        guard area.height > 0 else { return }
        let prompt = help.filter.isEmpty ? l10n.text("type to filter · ↑↓ PgUp PgDn scroll") : l10n.text("filter:") + " \(help.filter)▏"
        grid.draw(prompt, x: area.x, y: area.y, width: area.width, role: help.filter.isEmpty ? .muted : .statusMessage)
        if entries.isEmpty, area.height > 2 {
            grid.draw(l10n.text("No command matches."), x: area.x, y: area.y + 2, width: area.width, role: .muted)
        }
        let keyWidth = min(14, area.width / 4)
        let nameWidth = area.width >= 90 ? 22 : 0
        for (offset, entry) in entries.dropFirst(top).prefix(visible).enumerated() {
            let y = area.y + 2 + offset
            grid.drawPadded(entry.keys, x: area.x, y: y, width: keyWidth, role: .keyHint)
            if nameWidth > 0 { grid.drawPadded(entry.name, x: area.x + keyWidth + 1, y: y, width: nameWidth, role: .muted) }
            let x = area.x + keyWidth + 1 + (nameWidth > 0 ? nameWidth + 1 : 0)
            grid.draw(entry.help, x: x, y: y, width: area.x + area.width - x, role: .overlay)
        }
    }
}

/// What the help commands do: scroll, clear the filter, close; other keys type the filter, so
/// `q` or `?` can be searched for.
enum HelpKeys {
    static func scroll(_ step: Step, _ state: inout AppState) {
        guard var help = state.help else { return }
        let count = HelpView.shown(state, help).count
        let visible = HelpView.visibleRows(entries: count, in: state.bodyRect)
        let maxTop = max(0, count - visible)
        help.top = Movement.target(step, current: min(help.top, maxTop), count: maxTop + 1, page: visible)
        state.help = help
    }

    static func close(_ state: inout AppState) {
        guard var help = state.help else { return }
        if help.filter.isEmpty {
            state.help = nil
        } else {
            help.filter = ""
            help.top = 0
            state.help = help
        }
    }

    static func type(_ key: Key, _ state: inout AppState) {
        guard var help = state.help else { return }
        switch key {
        case .character(let c): help.filter += String(c)
        case .paste(let text): help.filter += TextField.oneLine(text)
        case .backspace: help.filter = String(help.filter.dropLast())
        case .control("u"): help.filter = ""
        default: return
        }
        help.top = 0
        state.help = help
    }
}
