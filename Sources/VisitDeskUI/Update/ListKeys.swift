/// Keys of the Requests, Groups and Contacts lists.
enum ListKeys {
    static func handle(_ key: Key, _ state: inout AppState) {
        let pane = state.focus
        guard let list = state.list(pane) else { return }
        if let target = Movement.target(for: key, current: list.cursor, count: list.rows.count, page: state.visibleRows(for: pane)) {
            let ids = state.recordID(for: pane)
            let visible = state.visibleRows(for: pane)
            state.modifyList(pane) { list, _ in
                list.select(row: target, id: ids)
                list.scrollIntoView(visible: visible)
            }
            return
        }
        switch key {
        case .enter:
            guard let row = list.selectedRow else { return }
            state.overlay = pane == .contacts
                ? .contact(id: state.catalog.contacts[row].id, top: 0)
                : .detail(id: state.catalog.delegations[row].id, top: 0)
        case .escape where !list.filter.isEmpty:
            FilterTyping.set("", narrowing: false, &state)
        default:
            break
        }
    }
}
