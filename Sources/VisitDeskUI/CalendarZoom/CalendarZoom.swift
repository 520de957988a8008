/// The calendar on the whole screen body, so the week view has readable day columns on any
/// terminal: `z` in the calendar zooms it and `z` again (or leaving the pane) puts it back.
///
/// Two hooks keep it apart from the rest, to move into the command table later: `CalendarKeys`
/// sends `z` here, and `render` calls `draw` after the panes (before the overlays).
enum CalendarZoom {
    static let key: Character = "z"

    static func toggle(_ state: inout AppState) {
        // At small sizes (80x24) the calendar already has the whole body: nothing to zoom.
        if !state.calendar.zoomed, ScreenLayout(size: state.size, focus: state.focus).kind == .tabbed {
            state.message = "the calendar already has the whole screen at this size"
            return
        }
        state.calendar.zoomed.toggle()
        state.message = state.calendar.zoomed ? "calendar zoomed (z puts it back)" : "calendar back in its pane"
    }

    /// Zoomed, and the calendar is the pane in use (a report or another pane takes the screen back).
    static func isShown(_ state: AppState) -> Bool {
        state.calendar.zoomed && state.focus == .calendar && state.reportView == nil
    }

    static func draw(_ state: AppState, in body: Rect, grid: inout Grid) {
        guard isShown(state) else { return }
        for y in body.y..<(body.y + body.height) { grid.fill(x: body.x, y: y, width: body.width, role: .normal) }
        CalendarPane.draw(state, in: body, focused: state.overlay == nil, grid: &grid)
    }
}
