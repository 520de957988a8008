extension Grid {
    /// A pane's frame with its title in the top border and an optional note (the active filter)
    /// in the bottom one. Box-drawing characters are single-width everywhere, so borders stay
    /// straight whatever text the pane holds.
    mutating func drawBox(_ rect: Rect, title: String, focused: Bool, note: String? = nil) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let role: StyleRole = focused ? .borderFocused : .border
        let right = rect.x + rect.width - 1
        let bottom = rect.y + rect.height - 1
        for column in rect.x + 1..<right {
            put("─", width: 1, x: column, y: rect.y, role: role)
            put("─", width: 1, x: column, y: bottom, role: role)
        }
        for row in rect.y + 1..<bottom {
            put("│", width: 1, x: rect.x, y: row, role: role)
            put("│", width: 1, x: right, y: row, role: role)
        }
        put("┌", width: 1, x: rect.x, y: rect.y, role: role)
        put("┐", width: 1, x: right, y: rect.y, role: role)
        put("└", width: 1, x: rect.x, y: bottom, role: role)
        put("┘", width: 1, x: right, y: bottom, role: role)
        drawLabel(title, onBorderOf: rect, y: rect.y, role: focused ? .titleFocused : .title)
        if let note, !note.isEmpty {
            drawLabel(note, onBorderOf: rect, y: bottom, role: focused ? .titleFocused : .muted)
        }
    }

    /// A horizontal rule across a box, joined to its sides with ├ and ┤.
    mutating func drawSeparator(in rect: Rect, y: Int, focused: Bool) {
        let role: StyleRole = focused ? .borderFocused : .border
        let right = rect.x + rect.width - 1
        guard rect.width >= 2 else { return }
        put("├", width: 1, x: rect.x, y: y, role: role)
        for column in rect.x + 1..<right { put("─", width: 1, x: column, y: y, role: role) }
        put("┤", width: 1, x: right, y: y, role: role)
    }

    private mutating func drawLabel(_ text: String, onBorderOf rect: Rect, y: Int, role: StyleRole) {
        let room = rect.width - 4
        guard room > 2 else { return }
        put(" ", width: 1, x: rect.x + 1, y: y, role: role)
        let used = draw(text, x: rect.x + 2, y: y, width: room - 1, role: role)
        put(" ", width: 1, x: rect.x + 2 + used, y: y, role: role)
    }
}
