/// The commands of the Requests, Groups and Contacts lists.
enum ListKeys {
    static func move(_ step: Step, _ state: inout AppState) {
        let pane = state.focus
        guard let list = state.list(pane) else { return }
        let visible = state.visibleRows(for: pane)
        let target = Movement.target(step, current: list.cursor, count: list.rows.count, page: visible)
        let ids = state.recordID(for: pane)
        state.modifyList(pane) { list, _ in
            list.select(row: target, id: ids)
            list.scrollIntoView(visible: visible)
        }
    }

    static func open(_ state: inout AppState) {
        guard let list = state.list(state.focus), let row = list.selectedRow else { return }
        state.push(.view(.detail(id: state.catalog.delegations[row].id, top: 0)))
    }

    /// Esc in a pane: marks go first (so a stale selection cannot hit records out of sight),
    /// then the filter.
    static func clear(_ state: inout AppState) {
        let pane = state.focus
        if !(state.triage.marks[pane] ?? []).isEmpty {
            let count = state.triage.marks[pane]?.count ?? 0
            state.triage.marks[pane] = nil
            state.message = count == 1 ? "1 mark cleared" : "\(count) marks cleared"
        } else if !state.focusedFilter.isEmpty {
            FilterTyping.set("", narrowing: false, &state)
        }
    }
}
