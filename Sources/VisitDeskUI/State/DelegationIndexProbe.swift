import VisitDeskDomain

/// The delegations' index as visitdesk-bench sees it from outside the module: a full build, a
/// patch after a reload, and the cost of each piece of a build, measured on the real code.
public struct DelegationIndexProbe: Sendable {
    let delegations: [Delegation]
    let today: LocalDate
    let index: DelegationIndex

    /// A full build; `lap(piece)` is called as each piece is done.
    public init(_ delegations: [Delegation], today: LocalDate, lap: (String) -> Void = { _ in }) {
        self.init(delegations, today: today, index: DelegationIndex(delegations, today: today, lap: lap))
    }

    private init(_ delegations: [Delegation], today: LocalDate, index: DelegationIndex) {
        (self.delegations, self.today, self.index) = (delegations, today, index)
    }

    /// The index of `delegations`, patched from this one as a reload does.
    public func patched(to delegations: [Delegation]) -> DelegationIndexProbe {
        DelegationIndexProbe(delegations, today: today,
                             index: DelegationIndex(delegations, today: today, previous: (self.delegations, index)))
    }

    /// Whether this index equals one built from scratch: a benchmark that times a wrong patch
    /// would measure nothing worth knowing.
    public var equalsFreshBuild: Bool { index == DelegationIndex(delegations, today: today) }

    public var conflictCount: Int { index.schedule.conflicts.count }
}
