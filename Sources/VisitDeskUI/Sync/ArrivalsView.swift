/// Draws the arrivals list over the panes: per record who and when, its title, the commit's
/// words, then each changed field — so a coordinator sees what a colleague did before opening it.
enum ArrivalsView {
    static func draw(_ state: AppState, _ list: ArrivalsState, in body: Rect, grid: inout Grid) {
        let l10n = state.l10n
        grid.clear(body, role: .overlay)
        let count = list.records?.count ?? 0
        grid.drawBox(body, title: l10n.format("From colleagues (%d)", count), focused: true, note: l10n.text("I or Esc closes"))
        let inner = body.inner
        guard inner.height >= headerRows else { return }
        grid.drawPadded(l10n.text("Enter opens the record · r read again"), x: inner.x, y: inner.y, width: inner.width, role: .keyHint)
        let first = inner.y + headerRows - 1
        guard let records = list.records else {
            grid.draw(l10n.text("reading from git…"), x: inner.x, y: first, width: inner.width, role: .muted)
            return
        }
        guard !records.isEmpty else {
            grid.draw(l10n.text("Nothing has arrived from colleagues in this session."), x: inner.x, y: first, width: inner.width, role: .normal)
            return
        }
        GroupedList.draw(Self.lines(records, state), cursor: list.cursor, in: inner, from: first, grid: &grid)
    }

    static let headerRows = Arrivals.headerRows

    /// "Jiaman · 4 Dec 2026 18:13 · Biogas companies to Jiangsu", then the commit's words and
    /// one line per field.
    static func lines(_ records: [ArrivedRecord], _ state: AppState) -> [GroupedLine] {
        var lines: [GroupedLine] = []
        for (number, record) in records.enumerated() {
            lines.append(GroupedLine(entry: number, isHead: true, text: "\(record.author) · \(record.when) · \(title(of: record.path, state))"))
            lines.append(GroupedLine(entry: number, isHead: false, text: "    " + record.summary))
            for change in record.changes { lines.append(GroupedLine(entry: number, isHead: false, text: "    " + change)) }
        }
        return lines
    }

    /// The record's title as the store has it now; its path when it is gone.
    static func title(of path: String, _ state: AppState) -> String {
        switch Arrivals.record(at: path) {
        case (.delegations, let id)?: return state.catalog.delegation(id: id)?.title ?? path
        case (.contacts, let id)?: return state.index.contactByID[id].map { state.catalog.contacts[$0].name } ?? path
        case nil: return path
        }
    }
}
