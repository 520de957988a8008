import VisitDeskDomain

/// One slot on one day it touches: a multi-day slot has an entry for each of its days.
struct DayEntry: Sendable, Hashable {
    var day: Int
    var ref: SlotRef
}

/// What the calendar needs from a catalog, computed once when the delegations change: every
/// slot-day in time order (for moving between slots and listing the agenda without scanning
/// days), and the schedule conflicts by delegation and by day.
struct ScheduleIndex: Sendable {
    /// By day, then as `slotsByDay` orders each day (start time, then catalog position).
    private(set) var entries: [DayEntry] = []
    private(set) var conflictsByDelegation: [String: [ScheduleConflict]] = [:]
    /// Day numbers with at least one conflict.
    private(set) var conflictDays: Set<Int> = []

    init() {}

    init(_ delegations: [Delegation], slotsByDay: [Int: [SlotRef]]) {
        entries = slotsByDay.keys.sorted().flatMap { day in slotsByDay[day]!.map { DayEntry(day: day, ref: $0) } }
        for conflict in ConflictFinder.conflicts(in: delegations) {
            for id in conflict.delegationIDs { conflictsByDelegation[id, default: []].append(conflict) }
            for date in ScheduleIndex.days(of: conflict) { conflictDays.insert(date.dayNumber) }
        }
    }

    /// An overlap marks every day it runs through; a day rule names the one offending day.
    static func days(of conflict: ScheduleConflict) -> [LocalDate] {
        switch conflict.kind {
        case .sameHost, .samePlace:
            let span = min(max(0, conflict.start.date.days(until: conflict.end.date)), 366)
            return (0...span).map { conflict.start.date.adding(days: $0) }
        default:
            return [conflict.date]
        }
    }

    /// Index of the first entry on or after `day` (`entries.count` when there is none).
    func firstIndex(onOrAfter day: Int) -> Int {
        var low = 0
        var high = entries.count
        while low < high {
            let middle = (low + high) / 2
            if entries[middle].day < day { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The entries of the days `first ..< first + count`.
    func entries(fromDay first: Int, days count: Int) -> ArraySlice<DayEntry> {
        entries[firstIndex(onOrAfter: first)..<firstIndex(onOrAfter: first + count)]
    }
}
