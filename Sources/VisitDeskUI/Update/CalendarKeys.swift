import VisitDeskDomain

/// Keys of the calendar. `m` `w` `A` pick the view; `[` `]` turn a period (month, week, or a
/// week of the agenda), `t` comes back to today, `:` asks for a date. In the month the arrows
/// move by day and week; in the week and the agenda Up/Down walk from slot to slot.
enum CalendarKeys {
    static func handle(_ key: Key, _ state: inout AppState) {
        let day = state.calendar.selected
        let view = state.calendar.view
        switch key {
        case .character("m"): switchView(.month, &state)
        case .character("w"): switchView(.week, &state)
        case .character("A"): switchView(.agenda, &state)
        case .character("["): SlotNavigation.selectDay(period(of: day, view: view, step: -1), &state)
        case .character("]"): SlotNavigation.selectDay(period(of: day, view: view, step: 1), &state)
        case .character("t"): SlotNavigation.selectDay(state.today, &state)
        case .character(":"): state.calendar.jumpInput = ""
        case .character(CalendarZoom.key): CalendarZoom.toggle(&state)
        case .left, .character("h"): SlotNavigation.selectDay(day.adding(days: -1), &state)
        case .right, .character("l"): SlotNavigation.selectDay(day.adding(days: 1), &state)
        case .up, .character("k"):
            if view == .month { SlotNavigation.selectDay(day.adding(days: -7), &state) } else { SlotNavigation.moveSlot(-1, &state) }
        case .down, .character("j"):
            if view == .month { SlotNavigation.selectDay(day.adding(days: 7), &state) } else { SlotNavigation.moveSlot(1, &state) }
        case .pageUp: SlotNavigation.selectDay(view == .month ? day.adding(months: -1) : day.adding(days: -7), &state)
        case .pageDown: SlotNavigation.selectDay(view == .month ? day.adding(months: 1) : day.adding(days: 7), &state)
        case .home, .character("g"): SlotNavigation.selectDay(day.firstOfMonth, &state)
        case .end, .character("G"):
            SlotNavigation.selectDay(LocalDate(year: day.year, month: day.month, day: LocalDate.daysIn(month: day.month, year: day.year)), &state)
        case .enter:
            if SlotNavigation.cursorRef(state) == nil { SlotNavigation.selectDay(day, &state) }
            SlotNavigation.openCursor(&state)
        case .escape where !state.calendar.filter.isEmpty:
            FilterTyping.set("", narrowing: false, &state)
        default:
            break
        }
    }

    /// The same day one month or one week away.
    static func period(of day: LocalDate, view: CalendarViewKind, step: Int) -> LocalDate {
        view == .month ? day.adding(months: step) : day.adding(days: 7 * step)
    }

    /// The day stays; a view that has no cursor yet puts it on that day's first slot.
    private static func switchView(_ view: CalendarViewKind, _ state: inout AppState) {
        state.calendar.view = view
        if SlotNavigation.cursorRef(state) == nil { SlotNavigation.selectDay(state.calendar.selected, &state) }
        state.message = "\(view.rawValue) view"
    }
}
