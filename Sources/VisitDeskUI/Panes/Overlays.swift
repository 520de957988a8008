/// Boxes drawn over the panes: the store's problems, and the centring every box shares.
enum Overlays {
    /// A box centred in `body`, as large as the content needs and the body allows.
    /// The width of a box drawn over the panes from their top row: `wanted`, or the whole body
    /// when only a column or so would be left each side — a thin margin stacks the box's corners
    /// beside the panes' (`┌┌`).
    static func boxWidth(_ wanted: Int, in body: Rect) -> Int {
        body.width - wanted < 4 ? body.width : wanted
    }

    static func centredBox(in body: Rect, width: Int, height: Int) -> Rect {
        let w = min(body.width, width)
        let h = min(body.height, height)
        return Rect(x: body.x + (body.width - w) / 2, y: body.y + (body.height - h) / 2, width: w, height: h)
    }

    static func problemLines(_ state: AppState) -> [LabeledLine] {
        state.catalog.problems.map {
            LabeledLine(label: "", value: state.l10n.problemLine($0), role: $0.severity == .error ? .error : .statusMessage)
        }
    }

    static func problemsVisibleRows(in body: Rect) -> Int { max(1, body.height - 2) }

    static func drawProblems(_ state: AppState, top: Int, cursor: Int, in body: Rect, grid: inout Grid) {
        var lines = problemLines(state)
        let visible = problemsVisibleRows(in: body)
        grid.clear(body, role: .overlay)
        grid.drawBox(body, title: state.l10n.format("Problems (%d)", lines.count), focused: true,
                     note: lines.isEmpty ? state.l10n.text("Esc closes") : state.l10n.text("Enter opens the file at the line · Esc closes"))
        if lines.isEmpty {
            grid.draw(state.l10n.text("The store has no problems."), x: body.inner.x, y: body.inner.y, width: body.inner.width, role: .muted)
            return
        }
        if lines.indices.contains(cursor), cursor >= top, cursor < top + visible {
            grid.fill(x: body.inner.x, y: body.inner.y + cursor - top, width: body.inner.width, role: .selected)
            lines[cursor].role = .selected
        }
        TextPage.draw(Array(lines.dropFirst(top).prefix(visible)), in: body.inner, labelWidth: 0, grid: &grid)
    }
}
