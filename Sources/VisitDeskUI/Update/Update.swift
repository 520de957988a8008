/// The one place the state changes. Every input — keys, resizes, store reloads, clock ticks,
/// reports from effects — comes in as an action; what only the edges can do goes out as effects.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    let effects = apply(action, to: &state)
    // A detail view or card that just came on top of a shared store asks for its history.
    return effects + RecordHistoryRequests.due(&state)
}

private func apply(_ action: Action, to state: inout AppState) -> [Effect] {
    switch action {
    case .key(let key):
        return CommandDispatch.handle(key, &state)
    case .resized(let size):
        state.size = size
        state.clampOverlayScroll()
        return []
    case .catalogReplaced(let catalog, let summary):
        state.catalog = catalog
        // Histories are read again (what is shown stays until the new one comes).
        state.historyRequested = []
        if let summary { state.message = state.l10n.text(summary) }
        state.clampOverlayScroll()
        return []
    case .storeChecked(let catalog, let changedFiles):
        return StartupCheck.finish(catalog, changedFiles: changedFiles, &state)
    case .templatesReplaced(let templates, let summary):
        // The preview renders from these on every frame: the edited letter shows at once.
        state.letterTemplates = templates
        state.message = state.l10n.text(summary)
        return []
    case .statusHistoryRead(let history, let problem):
        if let problem { state.message = problem }
        if var view = state.reportView, history != nil {
            view.use(history, catalog: state.catalog, today: state.today)
            state.reportView = view
        }
        return []
    case .clock(let reading):
        state.clock = reading
        if state.todayFollowsClock, reading.home.date != state.today { state.today = reading.home.date }
        return []
    case .message(let text):
        state.message = text
        return []
    case .say(let phrase):
        state.message = state.l10n.text(phrase)
        return []
    case .historyLoaded(let path, let summary):
        state.histories[path] = .some(summary)
        return []
    case .syncReport(let status, let conflicts):
        state.syncStatus = status
        SyncInbox.receive(conflicts, &state)
        return []
    case .syncIndicator(let indicator):
        state.syncIndicator = indicator
        return []
    case .arrivalsLoaded(let records):
        Arrivals.receive(records, &state)
        return []
    case .saved, .undone, .redone, .writeConflict, .writeFailed:
        return TriageReports.handle(action, &state)
    }
}

extension AppState {
    /// Rows a pane's list shows in the current layout; what PgUp/PgDn move by.
    func visibleRows(for pane: PaneID) -> Int {
        let rect = layout.rect(for: pane)
        switch pane {
        case .requests: return RequestsPane.visibleRows(in: rect)
        case .groups: return GroupsPane.visibleRows(in: rect)
        case .contacts: return ContactsPane.visibleRows(in: rect)
        case .calendar: return 0
        }
    }

    var bodyRect: Rect { layout.body }

    /// Lines and visible rows of the open overlay, for scrolling and clamping.
    var overlayExtent: (lines: Int, visible: Int)? {
        switch overlay {
        case .detail(let id, _)?:
            guard let position = index.delegationByID[id] else { return nil }
            return (DetailView.lines(catalog.delegations[position], state: self).count, DetailView.visibleRows(in: bodyRect))
        case .contact(let id, _)?:
            guard let position = index.contactByID[id] else { return nil }
            return (ContactDetail.lines(catalog.contacts[position], state: self).count, DetailView.visibleRows(in: bodyRect))
        case .problems?:
            return (catalog.problems.count, Overlays.problemsVisibleRows(in: bodyRect))
        case nil:
            return nil
        }
    }

    /// After a resize or reload the text may be shorter: never leave the view scrolled past its end.
    mutating func clampOverlayScroll() {
        guard let open = overlay, let extent = overlayExtent else { return }
        if case .problems(let top, let cursor) = open {
            // Fixed problems leave the list: the cursor stays on a line that is there.
            let kept = min(cursor, max(0, extent.lines - 1))
            overlay = .problems(top: Movement.top(keeping: kept, from: min(top, kept), visible: extent.visible), cursor: kept)
            return
        }
        overlay = open.scrolled(to: min(open.top, max(0, extent.lines - extent.visible)))
    }
}
