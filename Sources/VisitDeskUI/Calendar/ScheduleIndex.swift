import VisitDeskDomain

/// One slot on one day it touches: a multi-day slot has an entry for each of its days.
struct DayEntry: Sendable, Hashable {
    var day: Int
    var ref: SlotRef
}

/// What the calendar needs from a catalog, computed once when the delegations change: every
/// slot-day in time order (for moving between slots and listing the agenda without scanning
/// days), and the schedule conflicts by delegation and by day.
struct ScheduleIndex: Sendable, Equatable {
    /// By day, then as `slotsByDay` orders each day (start time, then catalog position).
    private(set) var entries: [DayEntry] = []
    /// Each delegation's conflicts in `ConflictFinder` order.
    private(set) var conflictsByDelegation: [String: [ScheduleConflict]] = [:]
    /// Day numbers with at least one conflict.
    private(set) var conflictDays: Set<Int> = []
    /// How many conflicts mark each day, so a patch knows when a day is clear again.
    private var conflictsOnDay: [Int: Int] = [:]
    private var ledger = ConflictLedger()

    init() {}

    init(_ delegations: [Delegation], slotsByDay: [Int: [SlotRef]]) {
        self.init(conflictsOf: delegations)
        placeSlotDays(slotsByDay)
    }

    /// The conflicts alone, without the slot-days (`placeSlotDays`): a store opening builds them
    /// beside the rest of the index, on the other core.
    init(conflictsOf delegations: [Delegation]) {
        ledger = ConflictLedger(delegations)
        for conflict in ledger.conflicts { file(conflict, inOrder: false) }
    }

    mutating func placeSlotDays(_ slotsByDay: [Int: [SlotRef]]) {
        entries = ScheduleIndex.entries(slotsByDay)
    }

    /// The conflicts of `apart` (built with `init(conflictsOf:)` from the same delegations) in
    /// place of these; the slot-days stay.
    mutating func takeConflicts(of apart: ScheduleIndex) {
        (ledger, conflictsByDelegation, conflictDays, conflictsOnDay) = (apart.ledger, apart.conflictsByDelegation, apart.conflictDays, apart.conflictsOnDay)
    }

    /// After a few delegations changed: `old` are the removed records and the previous values of
    /// edited ones, `new` the inserted records and the new values; `slotsByDay` is already patched.
    /// `positionsShifted`: records were added or removed, so every later slot's delegation
    /// position moved and the slot-days are listed again; otherwise only the days the changed
    /// records' slots touch (before or after) are, in place — listing every slot-day again was
    /// 1.7 MB at 50,000 delegations for each edit.
    mutating func patch(replacing old: [Delegation], with new: [Delegation], slotsByDay: [Int: [SlotRef]], positionsShifted: Bool = true) {
        if positionsShifted {
            entries = ScheduleIndex.entries(slotsByDay)
        } else {
            var days = Set<Int>()
            for delegation in old + new {
                for slot in delegation.slots { days.formUnion(DelegationIndex.dayNumbers(of: slot)) }
            }
            for day in days.sorted() { replaceEntries(on: day, with: slotsByDay[day] ?? []) }
        }
        let (removed, added) = ledger.replace(old, with: new)
        for conflict in removed { unfile(conflict) }
        for conflict in added { file(conflict, inOrder: true) }
    }

    var conflicts: [ScheduleConflict] { ledger.conflicts }

    /// The day's entries made those of `refs`, the entries of other days left where they are.
    private mutating func replaceEntries(on day: Int, with refs: [SlotRef]) {
        let start = entries.sortedInsertionIndex { $0.day >= day }
        var end = start
        while end < entries.count, entries[end].day == day { end += 1 }
        entries.replaceSubrange(start..<end, with: refs.lazy.map { DayEntry(day: day, ref: $0) })
    }

    private static func entries(_ slotsByDay: [Int: [SlotRef]]) -> [DayEntry] {
        var entries: [DayEntry] = []
        entries.reserveCapacity(slotsByDay.count * 8)
        for day in slotsByDay.keys.sorted() {
            for ref in slotsByDay[day]! { entries.append(DayEntry(day: day, ref: ref)) }
        }
        return entries
    }

    /// `inOrder` places the conflict by `ConflictFinder.precedes`; a build files them already in order.
    private mutating func file(_ conflict: ScheduleConflict, inOrder: Bool) {
        for id in conflict.delegationIDs {
            let at = inOrder
                ? conflictsByDelegation[id]?.sortedInsertionIndex { ConflictFinder.precedes(conflict, $0) }
                : conflictsByDelegation[id]?.count
            conflictsByDelegation[id, default: []].insert(conflict, at: at ?? 0)
        }
        ScheduleIndex.forEachDay(of: conflict) { day in
            conflictsOnDay[day, default: 0] += 1
            conflictDays.insert(day)
        }
    }

    private mutating func unfile(_ conflict: ScheduleConflict) {
        for id in conflict.delegationIDs {
            guard var list = conflictsByDelegation.removeValue(forKey: id) else { continue }
            if let at = list.firstIndex(of: conflict) { list.remove(at: at) }
            if !list.isEmpty { conflictsByDelegation[id] = list }
        }
        ScheduleIndex.forEachDay(of: conflict) { day in
            let left = (conflictsOnDay[day] ?? 1) - 1
            conflictsOnDay[day] = left > 0 ? left : nil
            if left <= 0 { conflictDays.remove(day) }
        }
    }

    /// An overlap marks every day it runs through; a day rule names the one offending day.
    static func days(of conflict: ScheduleConflict) -> [LocalDate] {
        var days: [LocalDate] = []
        forEachDay(of: conflict) { days.append(LocalDate(dayNumber: $0)) }
        return days
    }

    /// The day numbers of `days(of:)`, without making the list: most conflicts are on one day,
    /// and filing 10,000 of them allocated 10,000 one-day lists.
    static func forEachDay(of conflict: ScheduleConflict, _ body: (Int) -> Void) {
        switch conflict.kind {
        case .sameHost, .samePlace:
            let first = conflict.start.date.dayNumber
            let span = min(max(0, conflict.start.date.days(until: conflict.end.date)), 366)
            for day in first...(first + span) { body(day) }
        default:
            body(conflict.date.dayNumber)
        }
    }

    /// Index of the first entry on or after `day` (`entries.count` when there is none).
    func firstIndex(onOrAfter day: Int) -> Int {
        entries.sortedInsertionIndex { $0.day >= day }
    }

    /// The entries of the days `first ..< first + count`.
    func entries(fromDay first: Int, days count: Int) -> ArraySlice<DayEntry> {
        entries[firstIndex(onOrAfter: first)..<firstIndex(onOrAfter: first + count)]
    }
}
