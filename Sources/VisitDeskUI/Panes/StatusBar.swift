/// The bottom row: which store, what needs attention, both clocks, and either the last message
/// or the keys that matter now. What drops first on a narrow screen is what matters least.
enum StatusBar {
    static func draw(_ state: AppState, in rect: Rect, grid: inout Grid) {
        guard rect.height > 0, rect.width > 0 else { return }
        grid.fill(x: rect.x, y: rect.y, width: rect.width, role: .statusBar)
        let index = state.index
        let month = CalendarPane.monthNames[state.today.month - 1].prefix(3)
        let groupWord = index.groupsThisMonth == 1 ? "group" : "groups"
        let counts = "\(index.newRequestCount) new · \(index.groupsThisMonth) \(groupWord) in \(month)"
        let problemCount = state.catalog.problems.count
        let problems = problemCount == 1 ? "1 problem (!)" : "\(problemCount) problems" + (problemCount > 0 ? " (!)" : "")
        var segments: [(String, StyleRole)] = []
        if rect.width >= 100 { segments.append((state.catalog.settings.name, .statusBar)) }
        segments.append((counts, .statusBar))
        segments.append((problems, index.errorCount > 0 ? .statusError : .statusBar))
        if let middle = middle(state) { segments.append(middle) }

        let clock = rect.width >= 100 ? state.clock?.text : nil
        let clockWidth = clock.map { DisplayWidth.of($0) + 2 } ?? 0
        var x = rect.x + 1
        let limit = rect.x + rect.width - clockWidth - 1
        // A message is what the user is waiting to read: on a narrow bar it goes first.
        if rect.width < 60, let last = segments.last, last.1 == .statusMessage || last.1 == .statusError {
            segments = [last]
        }
        for (offset, segment) in segments.enumerated() where x < limit {
            if offset > 0 {
                x += grid.draw(" │ ", x: x, y: rect.y, width: limit - x, role: .statusBar)
            }
            x += grid.draw(segment.0, x: x, y: rect.y, width: limit - x, role: segment.1)
        }
        if let clock {
            grid.drawPadded(clock, x: rect.x + rect.width - clockWidth, y: rect.y, width: clockWidth - 1, role: .statusBar, alignment: .right)
        }
    }

    /// The filter being typed, else the last message, else the key hints.
    private static func middle(_ state: AppState) -> (String, StyleRole)? {
        if state.isTypingFilter { return ("/\(state.focusedFilter)▏ Enter keeps · Esc clears", .statusMessage) }
        if let message = state.message { return (message, message.hasPrefix("write failed") ? .statusError : .statusMessage) }
        if state.helpFilter != nil { return ("type to filter · Esc closes", .keyHint) }
        if state.overlay != nil { return ("↑↓ scroll · Esc back · q quit", .keyHint) }
        return ("? keys · q quit", .keyHint)
    }
}
