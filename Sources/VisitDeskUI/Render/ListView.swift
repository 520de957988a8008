/// The part every list pane shares: a header row, the visible window of rows, the selection bar,
/// and a line saying why the list is empty.
enum ListView {
    static let headerRows = 1

    static func visibleRows(in area: Rect) -> Int { max(0, area.height - headerRows) }

    static func draw(
        _ list: ListState, in area: Rect, focused: Bool, grid: inout Grid,
        header: [Column], emptyText: String, isMarked: (Int) -> Bool = { _ in false }, row: (Int) -> [Column]
    ) {
        guard area.height > 0, area.width > 0 else { return }
        grid.drawColumns(header.map { Column(text: $0.text, width: $0.width, role: .header, alignment: $0.alignment) },
                         x: area.x, y: area.y, width: area.width)
        if list.rows.isEmpty {
            if area.height > 1 {
                grid.draw(emptyText, x: area.x, y: area.y + 1, width: area.width, role: .muted)
            }
            return
        }
        let visible = visibleRows(in: area)
        for offset in 0..<visible {
            let position = list.top + offset
            guard position < list.rows.count else { break }
            let selected = position == list.cursor
            let marked = isMarked(list.rows[position])
            var columns = row(list.rows[position])
            // The mark is a glyph in the row as well as a colour: it must survive NO_COLOR and
            // show on the cursor row, whose style covers the marked style.
            if marked, !columns.isEmpty { columns[0].text = TriageMarks.glyph + columns[0].text }
            grid.drawColumns(columns, x: area.x, y: area.y + headerRows + offset, width: area.width,
                             rowRole: selected ? (focused ? .selected : .selectedUnfocused) : marked ? .marked : nil)
        }
    }

    /// `12/340` in the bottom border, or the filter while it is active.
    static func note(_ list: ListState, typing: Bool, _ l10n: Localization = .of(.en)) -> String? {
        let position = list.rows.isEmpty ? "0/0" : "\(list.cursor + 1)/\(list.rows.count)"
        if typing { return "/\(list.filter)▏ \(position)" }
        if !list.filter.isEmpty { return l10n.text("filter:") + " \(list.filter) · \(position)" }
        return position
    }
}
