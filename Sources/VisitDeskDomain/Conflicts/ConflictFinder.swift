/// Timing conflicts among the visits that are going to happen (or did): confirmed and visited
/// delegations with a programme. Requests are left out, since their slots are only proposals.
public enum ConflictFinder {
    public static func conflicts(in delegations: [Delegation]) -> [ScheduleConflict] {
        ConflictLedger(delegations).conflicts
    }

    /// The conflicts as warnings for `visitdesk check` and the Groups pane, filed under
    /// `delegations/<id>.toml` of every delegation involved.
    public static func problems(in delegations: [Delegation]) -> [Problem] {
        conflicts(in: delegations).flatMap(\.problems)
    }

    /// By time, then kind, then ids, so a listing never reorders between two runs.
    public static func precedes(_ a: ScheduleConflict, _ b: ScheduleConflict) -> Bool {
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
        case .chinaHoliday: return 6
        case .outsideWishedPeriod: return 7
        }
    }
}
