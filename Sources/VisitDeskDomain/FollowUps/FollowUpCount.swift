extension FollowUpAgenda {
    /// How many of one delegation's open follow-ups were due before `today`: what the status bar
    /// adds up without building (and sorting) the whole agenda on every frame.
    public static func overdueCount(of delegation: Delegation, today: LocalDate) -> Int {
        delegation.followUps.count { !$0.done && ($0.due.map { $0 < today } ?? false) }
    }
}
