import VisitDeskDomain

/// The triage keys of the Requests and Groups panes: decide, mark, edit, undo.
enum TriageKeys {
    /// nil: not a triage key, let the list have it.
    static func handle(_ key: Key, _ state: inout AppState, inDetail: Bool = false) -> [Effect]? {
        guard inDetail || state.focus == .requests || state.focus == .groups else { return nil }
        if ReadOnlyStore.refuses(key, &state) { return [] }
        switch key {
        case .character(" "): toggleMark(&state)
        case .character("r"): return setStatus(.reviewing, &state)
        case .character("h"): open(.setStatus(.onHold), &state)
        case .character("d"): open(.setStatus(.declined), &state)
        case .character("x"): open(.setStatus(.cancelled), &state)
        case .character("a"): open(.accept, &state)
        case .character("v"): open(.visited, &state)
        case .character("o"): open(.owner, &state)
        case .character("t"): open(.interests, &state)
        case .character("n"): state.triage.form = TriageForms.newRequest()
        case .character("e"): openEdit(&state)
        case .character("E"):
            guard let id = selectedID(state) else { return [] }
            return [.openInEditor(.delegations, id: id)]
        case .character("u"): return undo(&state)
        case .control("r"): return redo(&state)
        default: return nil
        }
        return []
    }

    /// In a delegation's detail view the keys that decide or edit act on that record (whichever
    /// pane or calendar day opened it); marking and `n` belong to the lists.
    static func handleInDetail(_ key: Key, _ state: inout AppState) -> [Effect]? {
        switch key {
        case .character(" "), .character("n"): return nil
        default: break
        }
        return handle(key, &state, inDetail: true)
    }

    static func selectedID(_ state: AppState) -> String? {
        if case .detail(let id, _)? = state.overlay { return id }
        return (state.focus == .groups ? state.selectedGroup : state.selectedRequest)?.id
    }

    /// The marked records that still exist, else the selected one (or the one in the detail view).
    static func targets(_ state: AppState) -> [Delegation] {
        if case .detail(let id, _)? = state.overlay { return state.catalog.delegation(id: id).map { [$0] } ?? [] }
        let marked = state.triage.marked.sorted().compactMap { state.catalog.delegation(id: $0) }
        if !marked.isEmpty { return marked }
        return (state.focus == .groups ? state.selectedGroup : state.selectedRequest).map { [$0] } ?? []
    }

    private static func toggleMark(_ state: inout AppState) {
        guard let id = selectedID(state) else { return }
        if state.triage.marked.remove(id) == nil { state.triage.marked.insert(id) }
        let pane = state.focus
        let ids = state.recordID(for: pane)
        let visible = state.visibleRows(for: pane)
        state.modifyList(pane) { list, _ in
            list.select(row: list.cursor + 1, id: ids)
            list.scrollIntoView(visible: visible)
        }
    }

    /// The records the status may move to `next`; the rest are named in the status bar.
    static func movable(_ records: [Delegation], to next: DelegationStatus, _ state: inout AppState) -> [Delegation] {
        let (allowed, refused) = (records.filter { $0.status.canMove(to: next) }, records.filter { !$0.status.canMove(to: next) })
        if let first = refused.first {
            let more = refused.count > 1 ? " and \(refused.count - 1) more" : ""
            state.message = "skipped: \(first.id) is \(first.status.rawValue), it cannot become \(next.rawValue)\(more)"
        }
        return allowed
    }

    private static func setStatus(_ next: DelegationStatus, _ state: inout AppState) -> [Effect] {
        let records = movable(targets(state), to: next, &state)
        guard !records.isEmpty else { return [] }
        let edits = records.map { record -> DelegationEdit in
            var updated = record
            updated.status = next
            return DelegationEdit(shown: record, updated: updated)
        }
        state.triage.marked.removeAll()
        return [.save(SaveRequest(label: TriageForms.label(next.rawValue, records), edits: edits))]
    }

    private static func open(_ purpose: FormPurpose, _ state: inout AppState) {
        var records = targets(state)
        switch purpose {
        case .accept: records = movable(records, to: .confirmed, &state)
        case .visited: records = movable(records, to: .visited, &state)
        case .setStatus(let next): records = movable(records, to: next, &state)
        default: break
        }
        guard !records.isEmpty else { return }
        state.triage.form = TriageForms.form(purpose, for: records, today: state.today, catalog: state.catalog)
    }

    private static func openEdit(_ state: inout AppState) {
        guard let id = selectedID(state), let record = state.catalog.delegation(id: id) else { return }
        state.triage.form = TriageForms.edit(record, catalog: state.catalog)
    }

    private static func undo(_ state: inout AppState) -> [Effect] {
        guard let step = state.triage.history.undoable.last else {
            state.message = "nothing to undo"
            return []
        }
        return [.undo(step)]
    }

    private static func redo(_ state: inout AppState) -> [Effect] {
        guard let step = state.triage.history.redoable.last else {
            state.message = "nothing to redo"
            return []
        }
        return [.redo(step)]
    }
}
