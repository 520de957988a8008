import VisitDeskDocuments

/// The preview as a scrolled page: the document's text wrapped to the box by display width (a
/// Chinese character takes two cells, as in the panes), continuation lines indented under their start.
enum DocumentPreviewView {
    static let keys = Localization.key("l language · n document · f format · w write · o open · y copy · s send · Esc")

    static func visibleRows(in body: Rect) -> Int { max(1, body.height - 2) }

    static func lines(_ preview: DocumentPreview, state: AppState, width: Int) -> [String] {
        preview.text(state).split(separator: "\n", omittingEmptySubsequences: false).dropLast().flatMap { wrap($0, width: width) }
    }

    static func draw(_ state: AppState, _ preview: DocumentPreview, in body: Rect, grid: inout Grid) {
        let all = lines(preview, state: state, width: body.inner.width)
        let visible = visibleRows(in: body)
        let l10n = state.l10n
        let position = all.count > visible ? l10n.format("%d–%d of %d", preview.top + 1, min(all.count, preview.top + visible), all.count) + " · " : ""
        grid.clear(body)
        grid.drawBox(body, title: preview.title(l10n), focused: true, note: position + l10n.text(keys))
        for (offset, line) in all.dropFirst(preview.top).prefix(visible).enumerated() {
            grid.draw(line, x: body.inner.x, y: body.inner.y + offset, width: body.inner.width, role: offset + preview.top == 0 ? .title : .normal)
        }
    }

    /// Breaks at spaces where it can, anywhere when a word is wider than the line.
    static func wrap(_ line: Substring, width: Int) -> [String] {
        guard width > 8, DisplayWidth.of(line) > width else { return [String(line)] }
        let indent = String(repeating: " ", count: min(line.prefix { $0 == " " }.count + 2, width / 2))
        var rows: [String] = []
        var current = ""
        var currentWidth = 0
        var lastSpace: String.Index?
        for character in line {
            let cells = DisplayWidth.of(character)
            if currentWidth + cells > width {
                if let space = lastSpace, space > current.startIndex {
                    rows.append(String(current[..<space]))
                    current = indent + current[current.index(after: space)...]
                } else {
                    rows.append(current)
                    current = indent
                }
                currentWidth = DisplayWidth.of(current)
                lastSpace = nil
            }
            if character == " " && current.count > indent.count { lastSpace = current.endIndex }
            current.append(character)
            currentWidth += cells
        }
        rows.append(current)
        return rows
    }
}
