import VisitDeskDomain

/// What the triage commands of Requests, Groups and the detail view do: decide, mark, edit, undo.
enum TriageCommands {
    /// The record a single-record command acts on: the one shown in a detail view, else the
    /// selected row of the pane it was given in.
    static func selectedID(_ given: Invocation, _ state: AppState) -> String? {
        if given.mode == .detail, case .detail(let id, _)? = state.overlay { return id }
        return (state.focus == .groups ? state.selectedGroup : state.selectedRequest)?.id
    }

    /// The marked records of the pane the command was given in that still exist, else the selected
    /// one (or the one in the detail view). Marks in other panes are never touched.
    static func targets(_ given: Invocation, _ state: AppState) -> (records: [Delegation], pane: PaneID?) {
        if given.mode == .detail, case .detail(let id, _)? = state.overlay {
            return (state.catalog.delegation(id: id).map { [$0] } ?? [], nil)
        }
        let pane = state.focus
        let marked = (state.triage.marks[pane] ?? []).sorted().compactMap { state.catalog.delegation(id: $0) }
        if !marked.isEmpty { return (marked, pane) }
        return ((pane == .groups ? state.selectedGroup : state.selectedRequest).map { [$0] } ?? [], nil)
    }

    static func toggleMark(_ state: inout AppState) {
        let pane = state.focus
        guard let id = (pane == .groups ? state.selectedGroup : state.selectedRequest)?.id else { return }
        var marks = state.triage.marks[pane] ?? []
        if marks.remove(id) == nil { marks.insert(id) }
        state.triage.marks[pane] = marks.isEmpty ? nil : marks
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
            let l10n = state.l10n
            let more = refused.count > 1 ? " " + l10n.format("and %d more", refused.count - 1) : ""
            state.message = l10n.format("skipped: %s is %s, it cannot become %s", first.id, StatusWords.full(first.status, l10n), StatusWords.full(next, l10n)) + more
        }
        return allowed
    }

    static func setStatus(_ next: DelegationStatus, _ given: Invocation, _ state: inout AppState) -> [Effect] {
        let (targets, pane) = targets(given, state)
        let records = movable(targets, to: next, &state)
        guard !records.isEmpty else { return [] }
        let today = state.today
        let edits = records.map { record -> DelegationEdit in
            var updated = next == .reviewing ? ArchiveSearch.reviewed(record, today: today) : record
            updated.status = next
            return DelegationEdit(shown: record, updated: updated)
        }
        if let pane { state.triage.marks[pane] = nil }
        let verb = next == .reviewing && records.allSatisfy(\.isReopenable) ? "reopen" : next.rawValue
        return [.save(SaveRequest(label: TriageForms.label(verb, records), edits: edits))]
    }

    static func open(_ purpose: FormPurpose, _ given: Invocation, _ state: inout AppState) {
        var (records, pane) = targets(given, state)
        switch purpose {
        case .accept: records = movable(records, to: .confirmed, &state)
        case .visited: records = movable(records, to: .visited, &state)
        case .setStatus(let next): records = movable(records, to: next, &state)
        default: break
        }
        guard !records.isEmpty else { return }
        var form = TriageForms.form(purpose, for: records, today: state.today, catalog: state.catalog)
        form.marksPane = pane
        state.push(.form(form))
    }

    static func openEdit(_ given: Invocation, _ state: inout AppState) {
        guard let id = selectedID(given, state), let record = state.catalog.delegation(id: id) else { return }
        state.push(.form(TriageForms.edit(record, catalog: state.catalog)))
    }

    static func editFile(_ given: Invocation, _ state: inout AppState) -> [Effect] {
        guard let id = selectedID(given, state) else { return [] }
        return [.openInEditor(.delegations, id: id)]
    }

    static func undo(_ state: inout AppState) -> [Effect] {
        guard let step = state.triage.history.undoable.last else {
            state.message = state.l10n.text("nothing to undo")
            return []
        }
        state.triage.replaying = step
        return [.undo(step)]
    }

    static func redo(_ state: inout AppState) -> [Effect] {
        guard let step = state.triage.history.redoable.last else {
            state.message = state.l10n.text("nothing to redo")
            return []
        }
        state.triage.replaying = step
        return [.redo(step)]
    }
}

extension AppState {
    /// The marks of the focused pane (Requests and Groups keep their own).
    public var marked: Set<String> { triage.marks[focus] ?? [] }
}
