/// The `:` command line: what is typed, which match is highlighted, and the mode it was opened
/// over (whose commands it offers, and where the chosen one runs).
public struct PaletteState: Sendable, Equatable {
    public internal(set) var input = TextField()
    public internal(set) var cursor = 0
    public internal(set) var about: ModeKind
}

/// `:` in every mode that does not take text: type to filter the commands by name or description,
/// Enter runs the highlighted (first) match with the rest of the line as its argument
/// (`:goto 2027-02-06`, `:theme light`, `:filter status:new`). In the calendar a date alone
/// jumps to it.
enum Palette {
    static func open(over mode: ModeKind, _ state: inout AppState) {
        state.push(.palette(PaletteState(about: mode)))
    }

    /// The first word (what names the command) and the rest (its argument).
    static func split(_ text: String) -> (word: String, argument: String?) {
        let trimmed = text.trimmingWhitespace
        guard let space = trimmed.firstIndex(of: " ") else { return (trimmed, nil) }
        let rest = String(trimmed[trimmed.index(after: space)...]).trimmingWhitespace
        return (String(trimmed[..<space]), rest.isEmpty ? nil : rest)
    }

    /// Positions in `CommandTable.all` of the commands offered over `mode` that match `text`,
    /// best first: by name (exact verb, verb prefix, part of the name, letters in order), then
    /// by description. An empty line offers them all in table order.
    static func matches(_ text: String, over mode: ModeKind, language: Language = .en) -> [Int] {
        let translated = CommandSearch.foldedHelp(in: language)
        let query = Array(CommandSearch.fold(text.trimmingWhitespace).utf8)
        let word = Array(CommandSearch.fold(split(text).word).utf8)
        var scored: [(position: Int, score: Int)] = []
        for (position, command) in CommandTable.all.enumerated() where command.modes.contains(mode) {
            guard !query.isEmpty else {
                scored.append((position, 0))
                continue
            }
            let folded = CommandSearch.folded[position]
            var score = CommandSearch.nameScore(word, folded)
            if score == 0, CommandSearch.contains(folded.help, query) || translated.map({ CommandSearch.contains($0[position], query) }) == true {
                score = 200
            }
            if score > 0 { scored.append((position, score)) }
        }
        return scored.enumerated().sorted { a, b in
            a.element.score != b.element.score ? a.element.score > b.element.score : a.offset < b.offset
        }.map(\.element.position)
    }

    static func move(_ step: Int, _ state: inout AppState) {
        guard var palette = state.palette else { return }
        let count = matches(palette.input.text, over: palette.about, language: state.language).count
        palette.cursor = min(max(0, palette.cursor + step), max(0, count - 1))
        state.palette = palette
    }

    /// Longer than any command and its argument; a held key cannot grow the line without end.
    static let maxLength = 80

    static func type(_ key: Key, _ state: inout AppState) {
        guard var palette = state.palette else { return }
        let before = palette.input
        guard palette.input.handle(key) else { return }
        if palette.input.text.count > maxLength { palette.input = before }
        palette.cursor = 0
        state.palette = palette
    }

    static func run(_ state: inout AppState) -> [Effect] {
        guard let palette = state.palette else { return [] }
        let text = palette.input.text
        let found = matches(text, over: palette.about, language: state.language)
        let (word, argument) = split(text)
        let namesOne = found.first.map { CommandSearch.nameScore(CommandSearch.fold(word), CommandSearch.folded[$0]) > 400 } ?? false
        if palette.about == .calendar, !text.trimmingWhitespace.isEmpty {
            // A date alone jumps, even one that also looks like a command's name (`fre` is
            // Friday); one that does not parse leaves the line open to fix, with why.
            if case .success = FieldParsing.date(text, today: state.today) {
                state.pop()
                CalendarKeys.goto(text, &state)
                return []
            }
            if found.isEmpty && !namesOne {
                CalendarKeys.goto(text, &state)
                return []
            }
        }
        guard !found.isEmpty else {
            state.message = state.l10n.format("no command matches “%s” (? lists this mode's keys)", text)
            return []
        }
        state.pop()
        let command = CommandTable.all[found[min(palette.cursor, found.count - 1)]]
        if command.argument == .date, argument == nil {
            state.message = state.l10n.format(":%s needs a date, like :%s 2027-02-06", command.verb, command.verb)
            return []
        }
        // Typing a description ("copy phone") runs the command without an argument.
        return CommandDispatch.run(command, in: palette.about, argument: namesOne ? argument : nil, &state)
    }
}

/// The palette box: the line being typed, then the matches with their keys, so it teaches them.
enum PaletteView {
    static func draw(_ state: AppState, _ palette: PaletteState, in body: Rect, grid: inout Grid) {
        let l10n = state.l10n
        let found = Palette.matches(palette.input.text, over: palette.about, language: state.language)
        let height = min(body.height, max(6, min(found.count, 12) + 4))
        let width = Overlays.boxWidth(100, in: body)
        let box = Rect(x: body.x + (body.width - width) / 2, y: body.y, width: width, height: height)
        grid.clear(box, role: .overlay)
        grid.drawBox(box, title: l10n.text("Command") + " · " + palette.about.title(in: l10n), focused: true, note: l10n.text("Enter runs · Esc closes"))
        let area = box.inner
        guard area.height > 0 else { return }
        let window = palette.input.window(width: max(1, area.width - 2))
        grid.draw(":" + window.text + "▏", x: area.x, y: area.y, width: area.width, role: .statusMessage)
        if found.isEmpty, area.height > 2 {
            grid.draw(l10n.text("No command matches."), x: area.x, y: area.y + 2, width: area.width, role: .muted)
        }
        let visible = max(0, area.height - 2)
        let top = max(0, palette.cursor - visible + 1)
        let keyWidth = min(12, area.width / 5)
        let nameWidth = min(24, area.width / 3)
        for (offset, position) in found.dropFirst(top).prefix(visible).enumerated() {
            let y = area.y + 2 + offset
            let selected = top + offset == palette.cursor
            let command = CommandTable.all[position]
            let keys = state.keymap.keysByCommand[position].map(\.name).joined(separator: " ")
            grid.fill(x: area.x, y: y, width: area.width, role: selected ? .selected : .overlay)
            grid.drawPadded(command.name, x: area.x, y: y, width: nameWidth, role: selected ? .selected : .overlay)
            grid.drawPadded(keys, x: area.x + nameWidth + 1, y: y, width: keyWidth, role: selected ? .selected : .keyHint)
            let x = area.x + nameWidth + keyWidth + 2
            grid.draw(l10n.text(command.help), x: x, y: y, width: area.x + area.width - x, role: selected ? .selected : .muted)
        }
    }
}
