import Foundation
import VisitDeskDomain

/// Requests oldest first, groups by their next visit, the calendar's slots by day, the counts.
///
/// Built once at start-up; after a reload that changed a few delegations it is patched from the
/// previous index instead (see DelegationIndex+Patch.swift), and the two must always be equal.
struct DelegationIndex: Sendable, Equatable {
    var requestOrder: [Int] = []
    /// Declined and cancelled records in the requests' order: the archive a `status:declined` or
    /// `status:cancelled` filter searches, kept apart so the open list stays what it was.
    var archiveOrder: [Int] = []
    var groupOrder: [Int] = []
    /// The text the Requests and Groups filters and the calendar search look in (15 ms of CPU at
    /// 10,000 delegations): built after the first frame in a large store; a filter typed sooner
    /// waits for it alone.
    var filterText = DeferredCorpus(FilterCorpus(count: 0) { _, _ in })
    var corpus: FilterCorpus { filterText.value }
    /// Day number → the slots on that day, in start order; declined and cancelled visits left out.
    var slotsByDay: [Int: [SlotRef]] = [:]
    /// Each group's next slot from today on (or its last one, when the visit is over), as its
    /// position in the group's `slots`: the slot itself is 88 bytes, 3 MB at 50,000 delegations.
    var groupSlot: [Int: Int] = [:]
    var newRequestCount = 0
    var groupsThisMonth = 0
    /// Open follow-ups due before today, over every delegation: the status bar's "2 follow-ups overdue".
    var overdueFollowUps = 0
    /// Slot-days in time order and the schedule conflicts, for the calendar.
    var schedule = ScheduleIndex()
    /// Who each delegation names, by contact id, for the contact cards: built after the first
    /// frame in a large store (a card drawn sooner scans for its one person).
    var contactLinks = DeferredLinks()

    init() {}

    /// `lap(piece)` is called as each piece is done, for the benchmark that prices them.
    /// - Parameter withConflicts: false leaves the schedule's conflicts out, for a caller that
    ///   builds them on another core (`ScheduleIndex(conflictsOf:)`, then `takeConflicts`).
    init(_ delegations: [Delegation], today: LocalDate, withConflicts: Bool = true, lap: (String) -> Void = { _ in }) {
        contactLinks = DeferredLinks(delegations)
        lap("contact links")
        filterText = DeferredCorpus(inBackground: DelegationIndex.defersCorpus(delegations)) {
            FilterCorpus(count: delegations.count, fields: DelegationIndex.searchFields(delegations))
        }
        lap("filter corpus")

        requestOrder = delegations.indices.filter { delegations[$0].status.isRequest }
        let received = delegations.map(\.received)
        requestOrder.sort { DelegationIndex.requestPrecedes($0, $1, received[$0], received[$1]) }
        newRequestCount = requestOrder.count { delegations[$0].status == .new }
        overdueFollowUps = delegations.reduce(0) { $0 + FollowUpAgenda.overdueCount(of: $1, today: today) }
        archiveOrder = delegations.indices.filter { delegations[$0].status.isClosed }
        archiveOrder.sort { DelegationIndex.requestPrecedes($0, $1, received[$0], received[$1]) }
        lap("request order")

        indexSlots(delegations, today: today)
        lap("slots by day")
        if withConflicts {
            schedule = ScheduleIndex(delegations, slotsByDay: slotsByDay)
        } else {
            schedule.placeSlotDays(slotsByDay)
        }
        lap("schedule and conflicts")
        groupOrder = delegations.indices.filter { delegations[$0].status.isGroup }
        let dayStart = DelegationIndex.start(of: today)
        // `groupPrecedes` as one pair of numbers per group, made once: comparing slots worked
        // out both times' day numbers in every comparison of the sort (50,000 groups at scale).
        var keys = [(rank: Int, time: Int)](repeating: DelegationIndex.noSlotKey, count: delegations.count)
        for (position, slot) in groupSlot { keys[position] = DelegationIndex.groupKey(delegations[position].slots[slot], dayStart: dayStart) }
        groupOrder.sort { a, b in keys[a] != keys[b] ? keys[a] < keys[b] : a < b }
        lap("group order")
    }

    /// Below this many delegations the corpus takes a millisecond or two and is built in place.
    static func defersCorpus(_ delegations: [Delegation]) -> Bool { delegations.count >= 2_000 }

    /// The text the Requests and Groups filters look in.
    static func searchFields(_ delegations: [Delegation]) -> (Int, (String?) -> Void) -> Void {
        { i, add in
            add(delegations[i].id); add(delegations[i].title); add(delegations[i].titleZh)
            add(delegations[i].organisation); add(delegations[i].organisationZh); add(delegations[i].origin)
            add(delegations[i].status.rawValue); add(delegations[i].notes)
            delegations[i].interests.forEach(add); delegations[i].tags.forEach(add)
        }
    }

    /// Oldest request first; undated ones last; then catalog order.
    static func requestPrecedes(_ a: Int, _ b: Int, _ receivedA: LocalDate?, _ receivedB: LocalDate?) -> Bool {
        if receivedA != receivedB {
            guard let receivedA else { return false }
            guard let receivedB else { return true }
            return receivedA < receivedB
        }
        return a < b
    }

    /// Upcoming visits first, soonest first; then past ones, most recent first; groups without a
    /// slot last; then catalog order.
    static func groupPrecedes(_ a: Int, _ b: Int, _ slotA: Slot?, _ slotB: Slot?, dayStart: LocalDateTime) -> Bool {
        let keyA = slotA.map { groupKey($0, dayStart: dayStart) } ?? noSlotKey
        let keyB = slotB.map { groupKey($0, dayStart: dayStart) } ?? noSlotKey
        return keyA != keyB ? keyA < keyB : a < b
    }

    /// The key of a group without a slot: after every visit.
    static let noSlotKey = (rank: 2, time: 0)

    /// What `groupPrecedes` compares before the position: upcoming visits (0) by start, then past
    /// ones (1) latest first; groups without a slot come after both (`noSlotKey`).
    static func groupKey(_ slot: Slot, dayStart: LocalDateTime) -> (rank: Int, time: Int) {
        slot.end > dayStart ? (0, slot.start.wallSeconds) : (1, -slot.start.wallSeconds)
    }

    /// Within a day: by start, then catalog position, then slot position.
    static func dayPrecedes(_ a: SlotRef, _ b: SlotRef, in delegations: [Delegation]) -> Bool {
        let (x, y) = (delegations[a.delegation].slots[a.slot].start, delegations[b.delegation].slots[b.slot].start)
        if x != y { return x < y }
        return a.delegation != b.delegation ? a.delegation < b.delegation : a.slot < b.slot
    }

    static func start(of day: LocalDate) -> LocalDateTime {
        LocalDateTime(date: day, time: LocalTime(hour: 0, minute: 0))
    }

    /// The days a slot touches, at most a year of them: a mistyped end date (2062 for 2026)
    /// must not make the calendar index millions of days.
    static func dayNumbers(of slot: Slot) -> ClosedRange<Int> {
        let first = slot.start.date.dayNumber
        var span = slot.end.date.dayNumber - first
        if span > 0 && slot.end.time.secondsOfDay == 0 { span -= 1 }
        return first...(first + min(max(0, span), 366))
    }

    /// Where in `slots` the slot a group's row shows is: its next one from `today` on, else its
    /// last; nil for a record that is not a group.
    static func shownSlot(_ status: DelegationStatus, _ slots: [Slot], today: LocalDate) -> Int? {
        guard status.isGroup else { return nil }
        let dayStart = start(of: today)
        var next: Int?
        var last: Int?
        for (index, slot) in slots.enumerated() {
            if slot.end > dayStart, next.map({ slot.start < slots[$0].start }) ?? true { next = index }
            if last.map({ slot.start > slots[$0].start }) ?? true { last = index }
        }
        return next ?? last
    }

    /// The slot a group's row shows (`groupSlot`), read from the delegations the index is of.
    func shownSlot(of position: Int, in delegations: [Delegation]) -> Slot? {
        groupSlot[position].map { delegations[position].slots[$0] }
    }

    /// Whether a group has a slot touching this month, for the status bar's count.
    static func isGroupThisMonth(_ status: DelegationStatus, _ slots: [Slot], today: LocalDate) -> Bool {
        guard status.isGroup else { return false }
        let first = LocalDate(year: today.year, month: today.month, day: 1)
        let month = first.dayNumber...(first.adding(months: 1).dayNumber - 1)
        return slots.contains { dayNumbers(of: $0).overlaps(month) }
    }

    private mutating func indexSlots(_ delegations: [Delegation], today: LocalDate) {
        // Fields, not records, through the buffer: a record passed whole is copied, twenty retains.
        delegations.withUnsafeBufferPointer { records in
            for index in records.indices where !records[index].status.isClosed {
                for (slotIndex, slot) in records[index].slots.enumerated() {
                    for day in DelegationIndex.dayNumbers(of: slot) {
                        slotsByDay[day, default: []].append(SlotRef(delegation: index, slot: slotIndex))
                    }
                }
                let (status, slots) = (records[index].status, records[index].slots)
                if let shown = DelegationIndex.shownSlot(status, slots, today: today) { groupSlot[index] = shown }
                if DelegationIndex.isGroupThisMonth(status, slots, today: today) { groupsThisMonth += 1 }
            }
        }
        for i in slotsByDay.values.indices where slotsByDay.values[i].count > 1 {
            slotsByDay.values[i].sort { DelegationIndex.dayPrecedes($0, $1, in: delegations) }
        }
    }
}

/// A filter corpus that may still be building on another core. Two are equal when their texts
/// are (the patch test compares a patched index with a full build), which waits for both.
struct DeferredCorpus: Sendable, Equatable {
    private let deferred: Deferred<FilterCorpus>

    init(_ corpus: FilterCorpus) { deferred = Deferred(corpus) }

    init(inBackground: Bool, _ make: @escaping @Sendable () -> FilterCorpus) {
        deferred = Deferred(inBackground: inBackground, make)
    }

    /// The corpus of a catalog that differs from `old`'s in a few records, made on another core
    /// once `start()` is called. If by then nothing else holds `old` (the state has let go of the
    /// index it belonged to), its text is taken and patched in place; otherwise it is copied, the
    /// unchanged records' bytes a run at a time.
    init(patching old: DeferredCorpus, with delegations: [Delegation], unchanged: UnchangedPositions) {
        let handoff = DeferredHandoff(old.deferred)
        deferred = Deferred(startedLater: {
            let fields = DelegationIndex.searchFields(delegations)
            var old = handoff.takeValue() ?? (FilterCorpus(count: 0) { _, _ in }, false)
            // Owned: `old` is the only reference to the text now, and the patch changes it in place.
            if old.owned, old.value.patch(count: delegations.count, unchanged: { unchanged[$0] }, fields: fields) { return old.value }
            return FilterCorpus(count: delegations.count, reusing: old.value, unchanged: { unchanged[$0] }, fields: fields)
        })
    }

    /// Sends patching work to the background queue; a filter that reads the text sooner does it itself.
    func start() { deferred.start() }

    var value: FilterCorpus { deferred.value }

    static func == (lhs: DeferredCorpus, rhs: DeferredCorpus) -> Bool { lhs.deferred === rhs.deferred || lhs.value == rhs.value }
}
