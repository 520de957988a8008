import VisitDeskDomain

/// What the report view's commands do (`report.*` in the command table): open it, step the
/// season, move between figures, list the delegations behind one, and go back.
enum ReportKeys {
    /// Opens on the current season and asks the app for the store's status history (git), which
    /// comes back as `.statusHistoryRead` and lets past seasons count statuses as they stood.
    static func open(_ state: inout AppState) -> [Effect] {
        state.reportFocused = true
        // Open as a pane beside the others: R there gives it the keyboard, with its figures kept.
        if state.reportView != nil { return [] }
        let period = ReportPeriod.season(containing: state.today, start: state.catalog.settings.seasonStart)
        state.reportView = ReportViewState(period: period, catalog: state.catalog, today: state.today)
        return [.readStatusHistory]
    }

    /// Esc: out of a figure's list first, then out of the report.
    static func back(_ state: inout AppState) {
        guard var view = state.reportView else { return }
        if view.drill != nil {
            view.drill = nil
            state.reportView = view
        } else {
            state.reportView = nil
        }
    }

    static func close(_ state: inout AppState) { state.reportView = nil }

    /// Tab and BTab in the report pane: the keyboard goes to the first or the last of the four
    /// (from them, Tab after Contacts and BTab before Requests come back here). Over the panes
    /// the report keeps it: there is no pane in sight to go to.
    static func leavePane(forward: Bool, _ state: inout AppState) {
        guard state.reportIsPane else {
            state.message = "the report covers the panes at this size: Esc closes it"
            return
        }
        state.reportFocused = false
        AppCommands.focus(forward ? .requests : .contacts, &state)
    }

    /// From the four panes, Tab or BTab: into the report pane when they pass its place, else the next pane.
    static func focusNext(forward: Bool, _ state: inout AppState) {
        let wraps = forward ? state.focus == .contacts : state.focus == .requests
        if wraps && state.reportIsPane {
            state.isTypingFilter = false
            state.reportFocused = true
            return
        }
        AppCommands.focus(forward ? state.focus.next : state.focus.previous, &state)
    }

    static func step(_ forward: Bool, _ state: inout AppState) {
        guard var view = state.reportView else { return }
        view.show(forward ? view.period.next : view.period.previous, catalog: state.catalog, today: state.today)
        state.reportView = view
    }

    /// Enter: the delegations behind the figure; on one of them, its detail view.
    static func enter(_ state: inout AppState) {
        guard var view = state.reportView else { return }
        if let drill = view.drill {
            if drill.cursor < drill.ids.count, state.catalog.delegation(id: drill.ids[drill.cursor]) != nil {
                state.overlay = .detail(id: drill.ids[drill.cursor], top: 0)
            }
        } else if view.lines.indices.contains(view.cursor), view.lines[view.cursor].kind == .row, !view.lines[view.cursor].ids.isEmpty {
            view.drill = ReportViewState.Drill(line: view.lines[view.cursor], ids: view.lines[view.cursor].ids)
        }
        state.reportView = view
    }

    static func move(_ step: Step, _ state: inout AppState) {
        guard var view = state.reportView else { return }
        let visible = ReportView.visibleRows(in: state.reportArea)
        if var drill = view.drill {
            guard !drill.ids.isEmpty else { return }
            let target = Movement.target(step, current: drill.cursor, count: drill.ids.count, page: visible)
            drill.cursor = target
            drill.top = Movement.top(keeping: target, from: drill.top, visible: visible)
            view.drill = drill
        } else {
            let rows = view.rowIndices
            let current = rows.firstIndex(of: view.cursor) ?? 0
            guard !rows.isEmpty else { return }
            let target = Movement.target(step, current: current, count: rows.count, page: visible)
            view.cursor = rows[target]
            // Keep the section heading above the first row in sight.
            view.top = target == 0 ? 0 : Movement.top(keeping: view.cursor, from: view.top, visible: visible)
        }
        state.reportView = view
    }
}
