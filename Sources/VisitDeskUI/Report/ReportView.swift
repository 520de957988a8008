import VisitDeskDomain

/// The report drawn over the panes: a title, column heads, then the figures with bars in block
/// characters (`BarText`), scrolled so the cursor stays visible; or the delegations behind one.
enum ReportView {
    /// Title, key hints and column heads above the lines.
    static let headerRows = 3

    static func visibleRows(in area: Rect) -> Int { max(0, area.height - headerRows) }

    /// Column widths for a view `width` cells wide: the label takes what the numbers and the bar leave.
    static func columns(width: Int) -> (label: Int, count: Int, people: Int, bar: Int) {
        let bar = min(30, max(6, width / 4))
        let (count, people) = (7, 8)
        return (max(4, width - 2 - count - people - 2 - bar), count, people, bar)
    }

    static func draw(_ state: AppState, _ view: ReportViewState, in rect: Rect, grid: inout Grid) {
        for y in rect.y..<(rect.y + rect.height) { grid.fill(x: rect.x, y: y, width: rect.width, role: .normal) }
        guard rect.height > headerRows else { return }
        if let drill = view.drill { return drawDrill(state, drill, in: rect, grid: &grid) }
        let period = view.period
        let l10n = state.l10n
        let note = view.report.statusesAreToday ? " · " + l10n.text("statuses are today's") : " · " + l10n.format("statuses on %s (git history)", period.to.description)
        grid.drawPadded(l10n.format("Report %s", period.label) + " · \(period.from) – \(period.to)\(note)", x: rect.x, y: rect.y, width: rect.width, role: .title)
        let keys = state.reportIsPane ? l10n.text("[ ] season · Enter: the delegations behind it · Tab: panes · Esc: close")
            : l10n.text("[ ] previous / next season · Enter: the delegations behind a figure · Esc: close")
        grid.drawPadded(keys, x: rect.x, y: rect.y + 1, width: rect.width, role: .keyHint)
        let widths = columns(width: rect.width)
        let x = rect.x + 1
        grid.drawPadded("", x: x, y: rect.y + 2, width: widths.label, role: .header)
        grid.drawPadded(l10n.text("count"), x: x + widths.label, y: rect.y + 2, width: widths.count, role: .header, alignment: .right)
        grid.drawPadded(l10n.text("people"), x: x + widths.label + widths.count, y: rect.y + 2, width: widths.people, role: .header, alignment: .right)
        for (offset, index) in (view.top..<min(view.lines.count, view.top + visibleRows(in: rect))).enumerated() {
            let line = view.lines[index]
            let y = rect.y + headerRows + offset
            switch line.kind {
            case .heading: grid.drawPadded(line.shown(l10n), x: rect.x, y: y, width: rect.width, role: .header)
            case .note: grid.drawPadded(line.shown(l10n), x: x, y: y, width: rect.width - 1, role: .muted)
            case .row:
                let role: StyleRole = index == view.cursor ? .selected : .normal
                grid.drawPadded(line.shown(l10n), x: x, y: y, width: widths.label, role: role)
                grid.drawPadded(String(line.count), x: x + widths.label, y: y, width: widths.count, role: role, alignment: .right)
                grid.drawPadded(line.people.map(String.init) ?? "", x: x + widths.label + widths.count, y: y, width: widths.people,
                                role: role, alignment: .right)
                grid.draw(BarText.bar(line.count, of: line.maximum, width: widths.bar), x: x + widths.label + widths.count + widths.people + 2,
                          y: y, width: widths.bar, role: .header)
            }
        }
    }

    private static func drawDrill(_ state: AppState, _ drill: ReportViewState.Drill, in rect: Rect, grid: inout Grid) {
        let l10n = state.l10n
        grid.drawPadded(drill.line.shown(l10n) + ": " + l10n.format("%d delegation(s)", drill.ids.count), x: rect.x, y: rect.y, width: rect.width, role: .title)
        grid.drawPadded(l10n.text("Enter: every detail · Esc: back to the report"), x: rect.x, y: rect.y + 1, width: rect.width, role: .keyHint)
        let (id, status, received, size) = (min(30, rect.width / 4), 10, 11, 5)
        let titleX = rect.x + 1 + id + status + received + size
        let heads = [("id", id), ("status", status), ("received", received), ("size", size)]
        var x = rect.x + 1
        for (text, width) in heads {
            grid.drawPadded(l10n.text(text), x: x, y: rect.y + 2, width: width, role: .header)
            x += width
        }
        grid.drawPadded("title", x: titleX, y: rect.y + 2, width: rect.x + rect.width - titleX, role: .header)
        for (offset, index) in (drill.top..<min(drill.ids.count, drill.top + visibleRows(in: rect))).enumerated() {
            let y = rect.y + headerRows + offset
            let role: StyleRole = index == drill.cursor ? .selected : .normal
            let d = state.catalog.delegation(id: drill.ids[index])
            let cells = [drill.ids[index], d?.status.rawValue ?? "", d?.received?.description ?? "", d?.size.map(String.init) ?? ""]
            var x = rect.x + 1
            for (text, width) in zip(cells, [id, status, received, size]) {
                grid.drawPadded(text, x: x, y: y, width: width - 1, role: role)
                grid.drawPadded("", x: x + width - 1, y: y, width: 1, role: role)
                x += width
            }
            let title = d.map { [$0.title, $0.titleZh ?? ""].filter { !$0.isEmpty }.joined(separator: " ") } ?? "(not loaded: see !)"
            grid.drawPadded(title, x: titleX, y: y, width: rect.x + rect.width - titleX, role: role)
        }
    }
}
