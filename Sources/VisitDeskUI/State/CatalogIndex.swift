import VisitDeskDomain

/// One slot of one delegation, by position in the catalog, for the calendar.
public struct SlotRef: Sendable, Hashable {
    public var delegation: Int
    public var slot: Int
}

/// Everything derived from a catalog that the panes need sorted or looked up. Built once when a
/// catalog arrives (or the date changes), so a key press never sorts or scans the whole store.
struct CatalogIndex: Sendable {
    var requestOrder: [Int] = []
    var groupOrder: [Int] = []
    var contactOrder: [Int] = []
    var delegationSearch: [FilterText] = []
    var contactSearch: [FilterText] = []
    var delegationByID: [String: Int] = [:]
    var contactByID: [String: Int] = [:]
    /// Day number → the slots on that day, in start order; declined and cancelled visits left out.
    var slotsByDay: [Int: [SlotRef]] = [:]
    /// Each group's next slot from today on (or its last one, when the visit is over).
    var groupSlot: [Int: Slot] = [:]
    var newRequestCount = 0
    var groupsThisMonth = 0
    var errorCount = 0

    init() {}

    init(catalog: Catalog, today: LocalDate) {
        let delegations = catalog.delegations
        let contacts = catalog.contacts
        delegationSearch = delegations.map { d in
            FilterText([d.id, d.title, d.titleZh, d.organisation, d.organisationZh, d.origin, d.status.rawValue]
                + d.interests + d.tags)
        }
        contactSearch = contacts.map { c in
            FilterText([c.id, c.name, c.nameZh, c.organisation, c.organisationZh, c.role, c.wechat, c.country]
                + c.phones + c.emails + c.topics + c.tags)
        }
        delegationByID = Dictionary(delegations.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        contactByID = Dictionary(contacts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })

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
        groupOrder = delegations.indices.filter { delegations[$0].status.isGroup }
        let dayStart = LocalDateTime(date: today, time: LocalTime(hour: 0, minute: 0))
        groupOrder.sort { a, b in
            let (sa, sb) = (groupSlot[a], groupSlot[b])
            let (upcomingA, upcomingB) = (sa.map { $0.end > dayStart } ?? false, sb.map { $0.end > dayStart } ?? false)
            if upcomingA != upcomingB { return upcomingA }
            if let sa, let sb, sa.start != sb.start {
                // Upcoming visits soonest first; past ones most recent first.
                return upcomingA ? sa.start < sb.start : sa.start > sb.start
            }
            if (sa == nil) != (sb == nil) { return sa != nil }
            return a < b
        }

        let keys = contacts.map { SwedishCollation.key($0.name) }
        contactOrder = Array(contacts.indices)
        contactOrder.sort { a, b in
            SwedishCollation.precedes((keys[a], contacts[a].name), (keys[b], contacts[b].name))
        }
        errorCount = catalog.errorCount
    }

    private mutating func indexSlots(_ delegations: [Delegation], today: LocalDate) {
        let dayStart = LocalDateTime(date: today, time: LocalTime(hour: 0, minute: 0))
        var groupsInMonth = Set<Int>()
        for (index, delegation) in delegations.enumerated() where !delegation.status.isClosed {
            var next: Slot?
            var last: Slot?
            for (slotIndex, slot) in delegation.slots.enumerated() {
                for date in slot.dates.prefix(366) {
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
        for day in slotsByDay.keys {
            slotsByDay[day]!.sort { a, b in
                let (x, y) = (delegations[a.delegation].slots[a.slot], delegations[b.delegation].slots[b.slot])
                return x.start != y.start ? x.start < y.start : a.delegation < b.delegation
            }
        }
        groupsThisMonth = groupsInMonth.count
    }
}
