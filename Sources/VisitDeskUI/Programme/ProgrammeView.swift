import VisitDeskDomain

/// Draws a group's programme over the panes: a heading per day, then its slots with times, place,
/// host and topic; the selected slot highlighted.
enum ProgrammeView {
    /// Title line, key line, then the rows.
    static let headerRows = 2

    static func visibleRows(in body: Rect) -> Int { max(1, body.height - 2 - headerRows) }

    enum Line: Equatable {
        case day(LocalDate)
        case slot(position: Int, index: Int)
        /// A warning the slot was saved with (the host busy then…), under it.
        case warning(String)
    }

    /// The lines: a day heading before the first slot of each day, a slot's kept warnings under it.
    static func lines(_ d: Delegation) -> [Line] {
        var out: [Line] = []
        var lastDay: LocalDate?
        for (position, index) in ProgrammeEditor.order(d).enumerated() {
            let day = d.slots[index].start.date
            if day != lastDay { out.append(.day(day)) }
            lastDay = day
            out.append(.slot(position: position, index: index))
            out += d.slots[index].warnings.map { .warning($0) }
        }
        return out
    }

    static func draw(_ state: AppState, _ programme: ProgrammeState, in body: Rect, grid: inout Grid) {
        grid.clear(body, role: .overlay)
        guard let d = state.catalog.delegation(id: programme.id) else { return }
        let l10n = state.l10n
        grid.drawBox(body, title: l10n.format("Programme: %s (%d slots)", d.title, d.slots.count), focused: true, note: l10n.text("p or Esc closes"))
        let inner = body.inner
        guard inner.height > 0 else { return }
        grid.drawPadded(l10n.text("a add · e/Enter edit · d delete · y next day · [ ] ±day · { } ±hour · u undo"), x: inner.x, y: inner.y, width: inner.width, role: .keyHint)
        let all = lines(d)
        let cursor = min(programme.cursor, max(0, d.slots.count - 1))
        // Scroll by lines so the cursor's slot (and its day heading when it fits) is on screen.
        let cursorLine = all.firstIndex { if case .slot(let p, _) = $0 { p == cursor } else { false } } ?? 0
        let visible = max(1, inner.height - headerRows)
        let top = max(0, cursorLine - visible + 1)
        for (offset, line) in all.dropFirst(top).prefix(visible).enumerated() {
            let y = inner.y + headerRows + offset
            switch line {
            case .day(let day):
                grid.drawPadded(state.words.weekdayAndDate(day), x: inner.x, y: y, width: inner.width, role: .header)
            case .slot(let position, let index):
                let slot = d.slots[index]
                let until = slot.end.date == slot.start.date ? slot.end.time.shortText : "\(slot.end.date) \(slot.end.time.shortText)"
                let host = slot.host.map { TriageForms.contactName($0, state.catalog) }
                let text = "  \(slot.start.time.shortText)–\(until)  " + [slot.place, host ?? "", slot.topic].filter { !$0.isEmpty }.joined(separator: " · ")
                grid.drawPadded(text, x: inner.x, y: y, width: inner.width, role: position == cursor ? .selected : .normal)
            case .warning(let text):
                grid.drawPadded("      ! " + SlotWarnings.shown(saved: text, state.l10n), x: inner.x, y: y, width: inner.width, role: .conflict)
            }
        }
    }
}
