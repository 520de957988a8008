import VisitDeskDomain

/// Keys of the calendar: days sideways, weeks up and down, months by page.
enum CalendarKeys {
    static func handle(_ key: Key, _ state: inout AppState) {
        let day = state.calendar.selected
        switch key {
        case .left, .character("h"): state.calendar.selected = day.adding(days: -1)
        case .right, .character("l"): state.calendar.selected = day.adding(days: 1)
        case .up, .character("k"): state.calendar.selected = day.adding(days: -7)
        case .down, .character("j"): state.calendar.selected = day.adding(days: 7)
        case .pageUp: state.calendar.selected = day.adding(months: -1)
        case .pageDown: state.calendar.selected = day.adding(months: 1)
        case .home, .character("g"): state.calendar.selected = day.firstOfMonth
        case .end, .character("G"):
            state.calendar.selected = LocalDate(year: day.year, month: day.month, day: LocalDate.daysIn(month: day.month, year: day.year))
        case .character("t"): state.calendar.selected = state.today
        case .enter:
            guard let first = CalendarPane.slots(on: day, state).first else {
                state.message = "no visit on \(day)"
                return
            }
            state.overlay = .detail(id: state.catalog.delegations[first.delegation].id, top: 0)
        case .escape where !state.calendar.filter.isEmpty:
            FilterTyping.set("", narrowing: false, &state)
        default:
            break
        }
    }
}
