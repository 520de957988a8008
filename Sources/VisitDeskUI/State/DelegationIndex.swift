import VisitDeskDomain

/// Requests oldest first, groups by their next visit, the calendar's slots by day, the counts.
struct DelegationIndex: Sendable {
    var requestOrder: [Int] = []
    var groupOrder: [Int] = []
    var corpus = FilterCorpus(count: 0) { _, _ in }
    var byID: [String: Int] = [:]
    /// Day number → the slots on that day, in start order; declined and cancelled visits left out.
    var slotsByDay: [Int: [SlotRef]] = [:]
    /// Each group's next slot from today on (or its last one, when the visit is over).
    var groupSlot: [Int: Slot] = [:]
    var newRequestCount = 0
    var groupsThisMonth = 0
    /// Slot-days in time order and the schedule conflicts, for the calendar.
    var schedule = ScheduleIndex()
    /// Who each delegation names, by contact id, for the contact cards.
    var contactLinks = ContactLinks()

    init() {}

    init(_ delegations: [Delegation], today: LocalDate) {
        contactLinks = ContactLinks(delegations)
        corpus = FilterCorpus(count: delegations.count) { i, add in
            let d = delegations[i]
            add(d.id); add(d.title); add(d.titleZh); add(d.organisation); add(d.organisationZh)
            add(d.origin); add(d.status.rawValue); add(d.notes)
            d.interests.forEach(add); d.tags.forEach(add)
        }
        byID = Dictionary(delegations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

        requestOrder = delegations.indices.filter { delegations[$0].status.isRequest }
        requestOrder.sort { a, b in
            let (ra, rb) = (delegations[a].received, delegations[b].received)
            if ra != rb {
                guard let ra else { return false }
                guard let rb else { return true }
                return ra < rb
            }
            return a < b
        }
        newRequestCount = requestOrder.count { delegations[$0].status == .new }

        indexSlots(delegations, today: today)
        schedule = ScheduleIndex(delegations, slotsByDay: slotsByDay)
        groupOrder = delegations.indices.filter { delegations[$0].status.isGroup }
        let dayStart = LocalDateTime(date: today, time: LocalTime(hour: 0, minute: 0))
        let upcoming = groupSlot.mapValues { $0.end > dayStart }
        groupOrder.sort { a, b in
            let (sa, sb) = (groupSlot[a], groupSlot[b])
            let (upcomingA, upcomingB) = (upcoming[a] ?? false, upcoming[b] ?? false)
            if upcomingA != upcomingB { return upcomingA }
            if let sa, let sb, sa.start != sb.start {
                // Upcoming visits soonest first; past ones most recent first.
                return upcomingA ? sa.start < sb.start : sa.start > sb.start
            }
            if (sa == nil) != (sb == nil) { return sa != nil }
            return a < b
        }
    }

    /// The days a slot touches, at most a year of them: a mistyped end date (2062 for 2026)
    /// must not make the calendar index millions of days.
    static func days(of slot: Slot) -> [LocalDate] {
        let first = slot.start.date
        var span = first.days(until: slot.end.date)
        if span > 0 && slot.end.time.secondsOfDay == 0 { span -= 1 }
        return (0...min(max(0, span), 366)).map { first.adding(days: $0) }
    }

    private mutating func indexSlots(_ delegations: [Delegation], today: LocalDate) {
        let dayStart = LocalDateTime(date: today, time: LocalTime(hour: 0, minute: 0))
        var groupsInMonth = Set<Int>()
        for (index, delegation) in delegations.enumerated() where !delegation.status.isClosed {
            var next: Slot?
            var last: Slot?
            for (slotIndex, slot) in delegation.slots.enumerated() {
                for date in DelegationIndex.days(of: slot) {
                    slotsByDay[date.dayNumber, default: []].append(SlotRef(delegation: index, slot: slotIndex))
                    if delegation.status.isGroup, date.year == today.year, date.month == today.month {
                        groupsInMonth.insert(index)
                    }
                }
                if slot.end > dayStart, next.map({ slot.start < $0.start }) ?? true { next = slot }
                if last.map({ slot.start > $0.start }) ?? true { last = slot }
            }
            if delegation.status.isGroup, let shown = next ?? last { groupSlot[index] = shown }
        }
        for (day, refs) in slotsByDay where refs.count > 1 {
            slotsByDay[day] = refs.sorted { a, b in
                let (x, y) = (delegations[a.delegation].slots[a.slot], delegations[b.delegation].slots[b.slot])
                return x.start != y.start ? x.start < y.start : a.delegation < b.delegation
            }
        }
        groupsThisMonth = groupsInMonth.count
    }
}
