import VisitDeskDomain

/// The calendar's commands. `m` `w` `A` pick the view; `[` `]` turn a period (month, week, or a
/// week of the agenda), `t` comes back to today, `:goto` (or a date typed after `:`) jumps. In
/// the month the arrows move by day and week; in the week and the agenda Up/Down walk from slot
/// to slot.
enum CalendarKeys {
    static func turn(_ step: Int, _ state: inout AppState) {
        SlotNavigation.selectDay(period(of: state.calendar.selected, view: state.calendar.view, step: step), &state)
    }

    static func days(_ count: Int, _ state: inout AppState) {
        SlotNavigation.selectDay(state.calendar.selected.adding(days: count), &state)
    }

    static func vertical(_ step: Int, _ state: inout AppState) {
        if state.calendar.view == .month { days(7 * step, &state) } else { SlotNavigation.moveSlot(step, &state) }
    }

    static func page(_ step: Int, _ state: inout AppState) {
        let day = state.calendar.selected
        SlotNavigation.selectDay(state.calendar.view == .month ? day.adding(months: step) : day.adding(days: 7 * step), &state)
    }

    static func monthEdge(last: Bool, _ state: inout AppState) {
        let day = state.calendar.selected
        let target = last ? LocalDate(year: day.year, month: day.month, day: LocalDate.daysIn(month: day.month, year: day.year)) : day.firstOfMonth
        SlotNavigation.selectDay(target, &state)
    }

    static func open(_ state: inout AppState) {
        if SlotNavigation.cursorRef(state) == nil { SlotNavigation.selectDay(state.calendar.selected, &state) }
        SlotNavigation.openCursor(&state)
    }

    /// A date the ways `FieldParsing.date` reads them (2027-01-14, 14/1, +3d, today). False (and
    /// the reason in the status bar) when the text is not one.
    @discardableResult
    static func goto(_ text: String, _ state: inout AppState) -> Bool {
        switch FieldParsing.date(text, today: state.today) {
        case .success(let date):
            if state.focus != .calendar { AppCommands.focus(.calendar, &state) }
            SlotNavigation.selectDay(date, &state)
            return true
        case .failure(let error):
            state.message = error.message
            return false
        }
    }

    /// The same day one month or one week away.
    static func period(of day: LocalDate, view: CalendarViewKind, step: Int) -> LocalDate {
        view == .month ? day.adding(months: step) : day.adding(days: 7 * step)
    }

    /// The day stays; a view that has no cursor yet puts it on that day's first slot.
    static func switchView(_ view: CalendarViewKind, _ state: inout AppState) {
        state.calendar.view = view
        if SlotNavigation.cursorRef(state) == nil { SlotNavigation.selectDay(state.calendar.selected, &state) }
        state.message = state.l10n.text(view.viewMessage)
    }
}
