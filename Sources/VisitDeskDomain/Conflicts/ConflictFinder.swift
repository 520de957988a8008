/// Timing conflicts among the visits that are going to happen (or did): confirmed and visited
/// delegations with a programme. Requests are left out, since their slots are only proposals.
public enum ConflictFinder {
    public static func conflicts(in delegations: [Delegation]) -> [ScheduleConflict] {
        let planned = delegations.filter { $0.status.isGroup && !$0.slots.isEmpty }
        let refs = planned.flatMap { d in d.slots.map { SlotRef(delegationID: d.id, slot: $0) } }
        var found = SharedResourceRules.conflicts(among: refs)
        for delegation in planned {
            found += DayRules.conflicts(of: delegation)
        }
        // Sort positions, not the conflicts: each carries strings and arrays, and moving
        // thousands of them through a merge sort cost more than finding them.
        let order = found.indices.sorted { ConflictFinder.order(found[$0], found[$1]) }
        return order.map { found[$0] }
    }

    /// The conflicts as warnings for `visitdesk check` and the Groups pane, filed under
    /// `delegations/<id>.toml` of every delegation involved.
    public static func problems(in delegations: [Delegation]) -> [Problem] {
        conflicts(in: delegations).flatMap(\.problems)
    }

    /// By time, then kind, then ids, so a listing never reorders between two runs.
    private static func order(_ a: ScheduleConflict, _ b: ScheduleConflict) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.kind != b.kind { return a.kind.rank < b.kind.rank }
        if a.delegationIDs != b.delegationIDs { return a.delegationIDs.lexicographicallyPrecedes(b.delegationIDs) }
        return a.message < b.message
    }
}

extension ScheduleConflict.Kind {
    /// Position in the declared order, for sorting without searching `allCases` per comparison.
    var rank: Int {
        switch self {
        case .sameHost: return 0
        case .samePlace: return 1
        case .swedishHoliday: return 2
        case .weekend: return 3
        case .springFestival: return 4
        case .goldenWeek: return 5
        case .outsideWishedPeriod: return 6
        }
    }
}
