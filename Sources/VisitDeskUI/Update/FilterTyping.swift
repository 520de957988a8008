/// `/` typing: characters go into the focused pane's filter and the list narrows at once.
enum FilterTyping {
    /// Returns false for keys typing does not use (arrows, Tab), which then work as in the pane.
    static func type(_ key: Key, _ state: inout AppState) -> Bool {
        let filter = state.focusedFilter
        switch key {
        case .character(let c):
            set(filter + String(c), narrowing: true, &state)
        case .paste(let text):
            set(filter + TextField.oneLine(text), narrowing: true, &state)
        case .backspace:
            guard !filter.isEmpty else { return true }
            set(String(filter.dropLast()), narrowing: false, &state)
        case .control("u"):
            set("", narrowing: false, &state)
        default:
            return false
        }
        return true
    }

    /// Enter keeps the filter; in Contacts it also shows the best match's card.
    static func keep(_ state: inout AppState) {
        state.isTypingFilter = false
        if state.focus == .contacts, let contact = state.selectedContact { ContactKeys.openCard(contact.id, &state) }
    }

    /// A filter this long took a while to type: Esc asks before throwing it away.
    static let longFilter = 20

    static func clear(_ state: inout AppState) {
        if state.focusedFilter.count >= longFilter {
            state.push(.prompt(Question(text: Localization.key("clear the filter? y/n"), purpose: .clearFilter)))
            return
        }
        set("", narrowing: false, &state)
        state.isTypingFilter = false
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
