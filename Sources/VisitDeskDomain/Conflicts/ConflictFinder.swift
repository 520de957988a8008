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
        return found.sorted(by: ConflictFinder.order)
    }

    /// The conflicts as warnings for `visitdesk check` and the Groups pane, filed under
    /// `delegations/<id>.toml` of every delegation involved.
    public static func problems(in delegations: [Delegation]) -> [Problem] {
        conflicts(in: delegations).flatMap(\.problems)
    }

    /// By time, then kind, then ids, so a listing never reorders between two runs.
    private static func order(_ a: ScheduleConflict, _ b: ScheduleConflict) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.kind != b.kind {
            return ScheduleConflict.Kind.allCases.firstIndex(of: a.kind)! < ScheduleConflict.Kind.allCases.firstIndex(of: b.kind)!
        }
        if a.delegationIDs != b.delegationIDs { return a.delegationIDs.lexicographicallyPrecedes(b.delegationIDs) }
        return a.message < b.message
    }
}
