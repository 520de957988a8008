import VisitDeskDomain

/// The morning questions, counted once per catalog and day (in `reindex`), so drawing them costs
/// nothing: what is new, what has waited too long, which follow-ups are late or due, who visits
/// today and this week, which bookings collide, what in the store is broken.
struct Attention: Sendable, Equatable {
    var newRequests = 0
    /// Requests (not on hold) received more than the store's ageing limit ago, as the Requests
    /// pane marks them.
    var waiting = 0
    var ageingDays = 7
    var followUpsOverdue = 0
    var followUpsThisWeek = 0
    /// Delegations with a slot today, and in this ISO week (Monday to Sunday).
    var visitsToday = 0
    var visitsThisWeek = 0
    /// Host or place booked twice at once, today or later; weekends and holidays are not counted.
    var doubleBookings = 0
    var problems = 0

    init() {}

    init(catalog: Catalog, index: CatalogIndex, today: LocalDate) {
        let delegations = catalog.delegations
        newRequests = index.newRequestCount
        ageingDays = catalog.settings.ageingDays
        let cutoff = today.adding(days: -ageingDays)
        // The request order is oldest first: the waiting ones are a prefix of it.
        for position in index.visits.requestOrder {
            guard let received = delegations[position].received, received < cutoff else { break }
            if delegations[position].status != .onHold { waiting += 1 }
        }
        followUpsOverdue = index.visits.overdueFollowUps
        let weekStart = today.adding(days: 1 - today.isoWeekday)
        let weekEnd = weekStart.adding(days: 6)
        for delegation in delegations {
            followUpsThisWeek += delegation.followUps.count { !$0.done && $0.due.map { $0 >= today && $0 <= weekEnd } == true }
        }
        visitsToday = Set(index.slotsByDay[today.dayNumber]?.map(\.delegation) ?? []).count
        var week = Set<Int>()
        for day in weekStart.dayNumber...weekEnd.dayNumber { week.formUnion(index.slotsByDay[day]?.map(\.delegation) ?? []) }
        visitsThisWeek = week.count
        doubleBookings = index.schedule.conflicts.count { $0.isDoubleBooking && $0.date >= today }
        problems = catalog.problems.count
    }
}

extension ScheduleConflict {
    /// Two bookings of one host or one place at once: a real clash, unlike a weekend or a holiday.
    var isDoubleBooking: Bool { kind == .sameHost || kind == .samePlace }
}
