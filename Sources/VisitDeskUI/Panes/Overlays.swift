/// Boxes drawn over the panes: the key help and the store's problems.
enum Overlays {
    /// A box centred in `body`, as large as the content needs and the body allows.
    static func centredBox(in body: Rect, width: Int, height: Int) -> Rect {
        let w = min(body.width, width)
        let h = min(body.height, height)
        return Rect(x: body.x + (body.width - w) / 2, y: body.y + (body.height - h) / 2, width: w, height: h)
    }

    static func drawHelp(_ state: AppState, filter: String, in body: Rect, grid: inout Grid) {
        let entries = KeyHelp.filtered(KeyHelp.entries(for: state), by: filter)
        let keyWidth = 20
        let box = centredBox(in: body, width: 72, height: entries.count + 5)
        grid.clear(box, role: .overlay)
        let title = "Keys · " + (state.overlay == nil ? state.focus.title : "Detail")
        grid.drawBox(box, title: title, focused: true, note: "Esc closes")
        let area = box.inner
        guard area.height > 0 else { return }
        let prompt = filter.isEmpty ? "type to filter" : "filter: \(filter)▏"
        grid.draw(prompt, x: area.x, y: area.y, width: area.width, role: filter.isEmpty ? .muted : .statusMessage)
        if entries.isEmpty, area.height > 2 {
            grid.draw("No key matches.", x: area.x, y: area.y + 2, width: area.width, role: .muted)
        }
        for (offset, entry) in entries.prefix(max(0, area.height - 2)).enumerated() {
            let y = area.y + 2 + offset
            grid.drawPadded(entry.keys, x: area.x, y: y, width: min(keyWidth, area.width), role: .keyHint)
            grid.draw(entry.action, x: area.x + keyWidth + 1, y: y, width: area.width - keyWidth - 1, role: .overlay)
        }
    }

    static func problemLines(_ state: AppState) -> [LabeledLine] {
        state.catalog.problems.map {
            LabeledLine(label: "", value: $0.description, role: $0.severity == .error ? .error : .statusMessage)
        }
    }

    static func problemsVisibleRows(in body: Rect) -> Int { max(1, body.height - 2) }

    static func drawProblems(_ state: AppState, top: Int, in body: Rect, grid: inout Grid) {
        let lines = problemLines(state)
        let visible = problemsVisibleRows(in: body)
        grid.clear(body, role: .overlay)
        grid.drawBox(body, title: "Problems (\(lines.count))", focused: true, note: "Esc closes")
        if lines.isEmpty {
            grid.draw("The store has no problems.", x: body.inner.x, y: body.inner.y, width: body.inner.width, role: .muted)
            return
        }
        TextPage.draw(Array(lines.dropFirst(top).prefix(visible)), in: body.inner, labelWidth: 0, grid: &grid)
    }
}
