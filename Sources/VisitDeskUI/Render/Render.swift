/// The screen as a pure function of the state: the backend shows this grid, tests compare it
/// as text, `snapshot` prints it.
public func render(_ state: AppState) -> Grid {
    var grid = Grid(width: state.size.width, height: state.size.height)
    let layout = state.layout
    guard layout.kind != .tooSmall else {
        TooSmallScreen.draw(in: state.size, state.l10n, grid: &grid)
        return grid
    }
    if let line = layout.attention { AttentionLine.draw(state, in: line, grid: &grid) }
    if let tabBar = layout.tabBar { TabBar.draw(state, in: tabBar, grid: &grid) }
    for (pane, rect) in layout.panes {
        let focused = pane == state.focus && state.overlay == nil && !(state.reportIsPane && state.reportFocused)
        switch pane {
        case .requests: RequestsPane.draw(state, in: rect, focused: focused, grid: &grid)
        case .groups: GroupsPane.draw(state, in: rect, focused: focused, grid: &grid)
        case .calendar: CalendarPane.draw(state, in: rect, focused: focused, grid: &grid)
        case .contacts: ContactsPane.draw(state, in: rect, focused: focused, grid: &grid)
        }
    }
    CalendarZoom.draw(state, in: layout.body, grid: &grid)
    if let report = state.reportView {
        if let pane = layout.reportPane {
            grid.drawBox(pane, title: "Report", focused: state.reportFocused && state.overlay == nil)
            ReportView.draw(state, report, in: pane.inner, grid: &grid)
        } else {
            ReportView.draw(state, report, in: layout.body, grid: &grid)
        }
    }
    // The modes over the panes, bottom first: each draws over the ones under it.
    // The document preview sits between the modes under it (a detail view) and those pushed later (help).
    for (depth, mode) in state.modes.enumerated() {
        let body = layout.body
        if depth == state.documentPreviewDepth, let preview = state.documentPreview {
            DocumentPreviewView.draw(state, preview, in: body, grid: &grid)
        }
        switch mode {
        case .view(.detail(let id, let top)): DetailView.draw(state, id: id, top: top, in: body, grid: &grid)
        case .view(.contact(let id, let top)): ContactDetail.draw(state, id: id, top: top, in: body, grid: &grid)
        case .view(.problems(let top, let cursor)): Overlays.drawProblems(state, top: top, cursor: cursor, in: body, grid: &grid)
        case .form(let form): FormView.draw(state, form: form, in: body, grid: &grid)
        case .conflict(let conflict): ConflictView.draw(state, conflict, in: body, grid: &grid)
        case .chooser(let chooser): CopyChooserBox.draw(chooser, state.l10n, in: body, grid: &grid)
        case .lookup(let lookup): ContactLookupBox.draw(lookup, state: state, in: body, grid: &grid)
        case .filter: break
        case .prompt(let question): Prompts.draw(question, state.l10n, in: body, grid: &grid)
        case .help(let help): HelpView.draw(state, help, in: body, grid: &grid)
        case .palette(let palette): PaletteView.draw(state, palette, in: body, grid: &grid)
        case .followUps(let list): FollowUpListView.draw(state, list, in: body, grid: &grid)
        case .programme(let programme): ProgrammeView.draw(state, programme, in: body, grid: &grid)
        case .syncInbox(let inbox): SyncInboxView.draw(state, inbox, in: body, grid: &grid)
        case .arrivals(let list): ArrivalsView.draw(state, list, in: body, grid: &grid)
        }
    }
    if state.modes.count <= state.documentPreviewDepth, let preview = state.documentPreview {
        DocumentPreviewView.draw(state, preview, in: layout.body, grid: &grid)
    }
    StatusBar.draw(state, in: layout.statusBar, grid: &grid)
    return grid
}
