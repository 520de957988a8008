/// `/` typing: characters go into the focused pane's filter and the list narrows at once.
enum FilterTyping {
    /// Returns false for keys typing does not use (arrows, Tab), which then work as usual.
    static func handle(_ key: Key, _ state: inout AppState) -> Bool {
        let filter = state.focusedFilter
        switch key {
        case .character(let c):
            set(filter + String(c), narrowing: true, &state)
        case .backspace:
            guard !filter.isEmpty else { return true }
            set(String(filter.dropLast()), narrowing: false, &state)
        case .control("u"):
            set("", narrowing: false, &state)
        case .enter:
            state.isTypingFilter = false
        case .escape:
            set("", narrowing: false, &state)
            state.isTypingFilter = false
        default:
            return false
        }
        return true
    }

    /// Sets the focused pane's filter; also used by Esc outside typing to drop a kept filter.
    static func set(_ text: String, narrowing: Bool, _ state: inout AppState) {
        if state.focus == .calendar {
            state.calendar.filter = text
            state.refilterCalendar(narrowing: narrowing)
        } else {
            let pane = state.focus
            state.modifyList(pane) { list, _ in list.filter = text }
            state.refilter(pane, narrowing: narrowing)
        }
    }
}
