/// The screen as a pure function of the state: the backend shows this grid, tests compare it
/// as text, `snapshot` prints it.
public func render(_ state: AppState) -> Grid {
    var grid = Grid(width: state.size.width, height: state.size.height)
    let layout = ScreenLayout(size: state.size, focus: state.focus)
    guard layout.kind != .tooSmall else {
        TooSmallScreen.draw(in: state.size, grid: &grid)
        return grid
    }
    if let tabBar = layout.tabBar { TabBar.draw(state, in: tabBar, grid: &grid) }
    for (pane, rect) in layout.panes {
        let focused = pane == state.focus && state.overlay == nil
        switch pane {
        case .requests: RequestsPane.draw(state, in: rect, focused: focused, grid: &grid)
        case .groups: GroupsPane.draw(state, in: rect, focused: focused, grid: &grid)
        case .calendar: CalendarPane.draw(state, in: rect, focused: focused, grid: &grid)
        case .contacts: ContactsPane.draw(state, in: rect, focused: focused, grid: &grid)
        }
    }
    CalendarZoom.draw(state, in: layout.body, grid: &grid)
    if let report = state.reportView { ReportView.draw(state, report, in: layout.body, grid: &grid) }
    switch state.overlay {
    case .detail(let id, let top)?: DetailView.draw(state, id: id, top: top, in: layout.body, grid: &grid)
    case .contact(let id, let top)?: ContactDetail.draw(state, id: id, top: top, in: layout.body, grid: &grid)
    case .problems(let top)?: Overlays.drawProblems(state, top: top, in: layout.body, grid: &grid)
    case nil: break
    }
    ContactOverlays.draw(state, in: layout.body, grid: &grid)
    if let filter = state.helpFilter { Overlays.drawHelp(state, filter: filter, in: layout.body, grid: &grid) }
    if let form = state.triage.form { FormView.draw(state, form: form, in: layout.body, grid: &grid) }
    if let conflict = state.triage.conflict { ConflictView.draw(state, conflict, in: layout.body, grid: &grid) }
    StatusBar.draw(state, in: layout.statusBar, grid: &grid)
    return grid
}
