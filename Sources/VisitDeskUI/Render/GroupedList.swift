/// A list whose entries take several rows — a head row, then details (a conflicting file and
/// its keys, an arrived record and its fields): the cursor is on an entry, its head row is
/// highlighted, and the whole entry is kept in view when it fits, its head row at least.
struct GroupedLine {
    var entry: Int
    var isHead: Bool
    var text: String
}

enum GroupedList {
    /// Draws from row `y` down to the last row of `area`.
    static func draw(_ lines: [GroupedLine], cursor: Int, in area: Rect, from y: Int, grid: inout Grid) {
        let visible = area.y + area.height - y
        let cursorLine = lines.firstIndex { $0.entry == cursor && $0.isHead } ?? 0
        let cursorEnd = lines.lastIndex { $0.entry == cursor } ?? cursorLine
        let top = max(0, min(cursorLine, cursorEnd - visible + 1))
        for (row, line) in lines.dropFirst(top).prefix(visible).enumerated() {
            if line.isHead && line.entry == cursor {
                grid.drawPadded(line.text, x: area.x, y: y + row, width: area.width, role: .selected)
            } else {
                grid.draw(line.text, x: area.x, y: y + row, width: area.width, role: line.isHead ? .normal : .muted)
            }
        }
    }
}
