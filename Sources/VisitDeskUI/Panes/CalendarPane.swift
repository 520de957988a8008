import VisitDeskDomain

/// The Calendar pane: the frame, the prompt or filter in its bottom border, and one of the three
/// views inside (month, week, agenda), chosen with `m` `w` `A`.
enum CalendarPane {
    /// Enough for the month grid and a few of the day's slots, leaving the rest to Contacts.
    static func preferredHeight(forTotal total: Int) -> Int {
        min(max(total / 2, MonthView.gridRows + 2 + 5), max(0, total - 10))
    }

    static func draw(_ state: AppState, in rect: Rect, focused: Bool, grid: inout Grid) {
        let typing = focused && state.isTypingFilter
        let l10n = state.l10n
        let filterNote = typing ? "/\(state.calendar.filter)▏" : state.calendar.filter.isEmpty ? nil : l10n.text("filter:") + " \(state.calendar.filter)"
        let view = state.calendar.view
        let title = view == .month ? PaneID.calendar.title(in: l10n) : "\(PaneID.calendar.title(in: l10n)) · \(l10n.text(view.title))"
        grid.drawBox(rect, title: title, focused: focused, note: filterNote)
        let area = rect.inner
        guard area.height > 0, area.width > 0 else { return }
        switch view {
        case .month: MonthView.draw(state, in: rect, focused: focused, grid: &grid)
        case .week: WeekView.draw(state, in: area, focused: focused, grid: &grid)
        case .agenda: AgendaView.draw(state, in: area, focused: focused, grid: &grid)
        }
    }

    /// The slots touching `date` that the filter lets through, in start order.
    static func slots(on date: LocalDate, _ state: AppState) -> [SlotRef] {
        let all = state.index.slotsByDay[date.dayNumber] ?? []
        guard let matches = state.calendar.matches else { return all }
        return all.filter { matches.contains($0.delegation) }
    }

    /// The role a slot's text is drawn in: the cursor's bar, a conflict, or its status.
    static func slotRole(_ ref: SlotRef, _ state: AppState, focused: Bool) -> StyleRole {
        if ref == SlotNavigation.cursorRef(state) { return focused ? .selected : .selectedUnfocused }
        let delegation = state.catalog.delegations[ref.delegation]
        if state.index.schedule.conflictsByDelegation[delegation.id] != nil { return .conflict }
        return delegation.status.role
    }
}
