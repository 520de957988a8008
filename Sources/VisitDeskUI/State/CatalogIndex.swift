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

    /// Below this many records a build takes a few milliseconds and stays on one thread.
    static let concurrentBuildThreshold = 4_000

    init() {}

    init(catalog: Catalog, today: LocalDate, previous: (catalog: Catalog, today: LocalDate, index: CatalogIndex)? = nil) {
        // Array == compares buffer identity first, so an untouched half costs nothing to check.
        let keepPeople = previous.map { $0.catalog.contacts == catalog.contacts } ?? false
        let keepVisits = previous.map { $0.today == today && $0.catalog.delegations == catalog.delegations } ?? false
        let buildPeople: @Sendable () -> ContactIndex = {
            ContactIndex(catalog.contacts, previous: previous.map { ($0.catalog.contacts, $0.index.people) })
        }
        let buildVisits: @Sendable () -> DelegationIndex = {
            DelegationIndex(catalog.delegations, today: today, previous: previous.flatMap {
                $0.today == today ? ($0.catalog.delegations, $0.index.visits) : nil
            })
        }
        switch (keepPeople, keepVisits) {
        case (true, true):
            (people, visits) = (previous!.index.people, previous!.index.visits)
        case (true, false):
            (people, visits) = (previous!.index.people, buildVisits())
        case (false, true):
            (people, visits) = (buildPeople(), previous!.index.visits)
        case (false, false):
            // Both halves change at once when a store opens or is rescanned: build them side by
            // side, the schedule's conflicts (over half of the delegations' half) as a job of
            // their own, so that the two cores finish at about the same time.
            let large = catalog.contacts.count + catalog.delegations.count >= CatalogIndex.concurrentBuildThreshold
            if large {
                let (conflicts, builtPeople, builtVisits) = concurrently(
                    { ScheduleIndex(conflictsOf: catalog.delegations) }, buildPeople,
                    { DelegationIndex(catalog.delegations, today: today, withConflicts: false) })
                (people, visits) = (builtPeople, builtVisits)
                visits.schedule.takeConflicts(of: conflicts)
            } else {
                (people, visits) = (buildPeople(), buildVisits())
            }
        }
        errorCount = catalog.errorCount
        contactByID = PositionByID(catalog.contacts)
        delegationByID = PositionByID(catalog.delegations)
    }

    /// The index of `catalog` on `today`, made from this one — the index of `previous` — in place.
    ///
    /// The state's index is the only reference to its arrays and tables, so a patch changes them
    /// where they are; built beside the old index (`init(catalog:today:previous:)`), every table a
    /// patch touched was copied first (the slots by day, the conflict ledger, the contact links).
    mutating func update(to catalog: Catalog, today: LocalDate, from previous: (catalog: Catalog, today: LocalDate)) {
        let keepPeople = previous.catalog.contacts == catalog.contacts
        let keepVisits = previous.today == today && previous.catalog.delegations == catalog.delegations
        // Every age and "this month" moves with the day: a new day builds the visits again.
        let visitsDiff = keepVisits || previous.today != today
            ? nil : DelegationIndex.patchableDiff(from: previous.catalog.delegations, to: catalog.delegations)
        if !keepPeople, !keepVisits, visitsDiff == nil,
           catalog.contacts.count + catalog.delegations.count >= CatalogIndex.concurrentBuildThreshold {
            // Both halves built again (a store opened or rescanned, a pull): side by side. A few
            // people and a few visits changed in one reload are patched like either alone: built
            // again, the visits' half was 25 MB more at 50,000 delegations.
            self = CatalogIndex(catalog: catalog, today: today, previous: (previous.catalog, previous.today, self))
            return
        }
        if !keepPeople {
            people = ContactIndex(catalog.contacts, previous: (previous.catalog.contacts, people))
        }
        if !keepVisits {
            visits.update(from: previous.catalog.delegations, to: catalog.delegations, today: today, diff: visitsDiff)
        }
        errorCount = catalog.errorCount
        contactByID = PositionByID(catalog.contacts)
        delegationByID = PositionByID(catalog.delegations)
    }

    var contactOrder: [Int] { people.order }
    var slotsByDay: [Int: [SlotRef]] { visits.slotsByDay }
    /// The slot a group's row shows; `delegations` are the catalog's the index is of.
    func groupSlot(_ position: Int, in delegations: [Delegation]) -> Slot? { visits.shownSlot(of: position, in: delegations) }
    var newRequestCount: Int { visits.newRequestCount }
    var groupsThisMonth: Int { visits.groupsThisMonth }
    var schedule: ScheduleIndex { visits.schedule }
}
