import VisitDeskDomain

/// One slot of one delegation, by position in the catalog, for the calendar.
public struct SlotRef: Sendable, Hashable {
    public var delegation: Int
    public var slot: Int
}

/// Everything derived from a catalog that the panes need sorted or looked up. Built when a
/// catalog arrives, so a key press never sorts or scans the whole store; each half is rebuilt
/// only when its records changed, so saving one delegation does not re-sort 20,000 contacts.
struct CatalogIndex: Sendable {
    var people = ContactIndex()
    var visits = DelegationIndex()
    var errorCount = 0
    private(set) var contactByID = PositionByID<Contact>()
    private(set) var delegationByID = PositionByID<Delegation>()

    init() {}

    init(catalog: Catalog, today: LocalDate, previous: (catalog: Catalog, today: LocalDate, index: CatalogIndex)? = nil) {
        // Array == compares buffer identity first, so an untouched half costs nothing to check.
        if let previous, previous.catalog.contacts == catalog.contacts {
            people = previous.index.people
        } else {
            people = ContactIndex(catalog.contacts, previous: previous.map { ($0.catalog.contacts, $0.index.people) })
        }
        if let previous, previous.today == today, previous.catalog.delegations == catalog.delegations {
            visits = previous.index.visits
        } else {
            visits = DelegationIndex(catalog.delegations, today: today, previous: previous.flatMap {
                $0.today == today ? ($0.catalog.delegations, $0.index.visits) : nil
            })
        }
        errorCount = catalog.errorCount
        contactByID = PositionByID(catalog.contacts)
        delegationByID = PositionByID(catalog.delegations)
    }

    var contactOrder: [Int] { people.order }
    var slotsByDay: [Int: [SlotRef]] { visits.slotsByDay }
    var groupSlot: [Int: Slot] { visits.groupSlot }
    var newRequestCount: Int { visits.newRequestCount }
    var groupsThisMonth: Int { visits.groupsThisMonth }
    var schedule: ScheduleIndex { visits.schedule }
}
