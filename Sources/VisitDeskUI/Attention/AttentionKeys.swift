import VisitDeskDomain

/// The keys of the attention line: each count opens the list that holds it, reusing the panes'
/// filters and the calendar (follow-ups `F` and problems `!` are their own commands already).
enum AttentionKeys {
    /// `N`: Requests filtered to the new ones.
    static func newRequests(_ state: inout AppState) {
        filterRequests("status:new", &state)
    }

    /// `O`: Requests waiting longer than the ageing limit (on-hold ones are waiting on purpose).
    static func waiting(_ state: inout AppState) {
        let cutoff = state.today.adding(days: -state.catalog.settings.ageingDays)
        filterRequests("status:new status:reviewing received:<\(cutoff)", &state)
    }

    /// `W`: this week in the calendar's week view, on today.
    static func week(_ state: inout AppState) {
        AppCommands.focus(.calendar, &state)
        CalendarKeys.switchView(.week, &state)
        SlotNavigation.selectDay(state.today, &state)
    }

    /// `C`: the first day from today with a host or place booked twice, in the week view; again:
    /// the next such day after the one shown.
    static func nextDoubleBooking(_ state: inout AppState) {
        let from = state.focus == .calendar && state.calendar.selected >= state.today ? state.calendar.selected.adding(days: 1) : state.today
        let days = state.index.schedule.conflicts.filter { $0.isDoubleBooking && $0.date >= from }.map(\.date)
        guard let day = days.min() else {
            state.message = from == state.today ? "no double-bookings from today on" : "no later double-bookings"
            return
        }
        AppCommands.focus(.calendar, &state)
        CalendarKeys.switchView(.week, &state)
        SlotNavigation.selectDay(day, &state)
        let count = days.count { $0 == day }
        state.message = "\(day): \(count == 1 ? "1 double-booking" : "\(count) double-bookings") (C: the next day)"
    }

    private static func filterRequests(_ filter: String, _ state: inout AppState) {
        AppCommands.focus(.requests, &state)
        FilterTyping.set(filter, narrowing: false, &state)
    }
}
