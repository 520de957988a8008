import VisitDeskDomain

/// Keys while the report view is open. `R` opens it from anywhere (one line in
/// `KeyHandling.handleGlobal`); here everything else the view needs.
enum ReportKeys {
    static func open(_ state: inout AppState) {
        let period = ReportPeriod.season(containing: state.today, start: state.catalog.settings.seasonStart)
        state.reportView = ReportViewState(period: period, catalog: state.catalog, today: state.today)
    }

    /// nil: a key the report leaves to the global keys (quit, theme, help, problems).
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect]? {
        guard var view = state.reportView else { return nil }
        let visible = ReportView.visibleRows(in: state.bodyRect)
        switch key {
        case .character("q"), .character("T"), .character("?"), .character("!"):
            return nil
        case .escape where view.drill != nil:
            view.drill = nil
        case .escape, .character("R"):
            state.reportView = nil
            return []
        case .character("["), .character("]"):
            let period = key == .character("[") ? view.period.previous : view.period.next
            view.show(period, catalog: state.catalog, today: state.today)
        case .enter:
            if let drill = view.drill {
                if drill.cursor < drill.ids.count, state.catalog.delegation(id: drill.ids[drill.cursor]) != nil {
                    state.overlay = .detail(id: drill.ids[drill.cursor], top: 0)
                }
            } else if view.lines.indices.contains(view.cursor), view.lines[view.cursor].kind == .row, !view.lines[view.cursor].ids.isEmpty {
                view.drill = ReportViewState.Drill(title: view.lines[view.cursor].label, ids: view.lines[view.cursor].ids)
            }
        default:
            if var drill = view.drill {
                guard let target = Movement.target(for: key, current: drill.cursor, count: drill.ids.count, page: visible) else { break }
                drill.cursor = target
                drill.top = scrolled(top: drill.top, cursor: target, visible: visible)
                view.drill = drill
            } else {
                let rows = view.rowIndices
                let current = rows.firstIndex(of: view.cursor) ?? 0
                guard let target = Movement.target(for: key, current: current, count: rows.count, page: visible) else { break }
                view.cursor = rows[target]
                // Keep the section heading above the first row in sight.
                view.top = target == 0 ? 0 : scrolled(top: view.top, cursor: view.cursor, visible: visible)
            }
        }
        state.reportView = view
        return []
    }

    /// The first line shown so that `cursor` is on screen, moving as little as possible.
    static func scrolled(top: Int, cursor: Int, visible: Int) -> Int {
        if cursor < top { return cursor }
        if cursor >= top + max(1, visible) { return cursor - max(1, visible) + 1 }
        return top
    }

    static let help: [KeyHelp.Entry] = [
        KeyHelp.Entry(keys: "[ / ]", action: "previous / next season"),
        KeyHelp.Entry(keys: "Up / Down, PgUp / PgDn, g / G", action: "move between figures"),
        KeyHelp.Entry(keys: "Enter", action: "the delegations behind a figure; on one, every detail"),
        KeyHelp.Entry(keys: "Esc / R", action: "back (close the report)"),
        KeyHelp.Entry(keys: "q", action: "quit"),
    ]
}
