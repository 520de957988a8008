/// Every open follow-up of the store as one list, in the order a coordinator works through them
/// in the morning: overdue first (oldest first), then due this week, then later, then undated.
public struct FollowUpAgenda: Sendable {
    public enum Urgency: String, Sendable, Comparable, CaseIterable {
        case overdue
        case thisWeek = "this-week"
        case later
        case undated

        /// A switch, not `allCases.firstIndex`: the sort compares thousands of entries at 10,000
        /// delegations, and `allCases` is an array made at each call.
        var rank: Int {
            switch self {
            case .overdue: 0
            case .thisWeek: 1
            case .later: 2
            case .undated: 3
            }
        }
        public static func < (a: Urgency, b: Urgency) -> Bool { a.rank < b.rank }
    }

    public struct Entry: Sendable, Hashable {
        public var delegationID: String
        public var delegationTitle: String
        /// 1-based position among the delegation's follow-ups, as `follow-up done ID N` takes it.
        public var number: Int
        public var followUp: FollowUp
        public var urgency: Urgency
    }

    public let entries: [Entry]
    public let today: LocalDate

    /// Open follow-ups (not done) of every delegation; `includeDone` lists the done ones too.
    public init(_ delegations: [Delegation], today: LocalDate, includeDone: Bool = false) {
        self.today = today
        let weekEnd = today.adding(days: 7 - today.isoWeekday)  // Sunday of this ISO week
        var found: [Entry] = []
        for delegation in delegations {
            for (index, followUp) in delegation.followUps.enumerated() where includeDone || !followUp.done {
                let urgency: Urgency
                switch followUp.due {
                case nil: urgency = .undated
                case let due? where due < today: urgency = .overdue
                case let due? where due <= weekEnd: urgency = .thisWeek
                default: urgency = .later
                }
                found.append(Entry(delegationID: delegation.id, delegationTitle: delegation.title, number: index + 1,
                                   followUp: followUp, urgency: urgency))
            }
        }
        entries = found.sorted { a, b in
            if a.urgency != b.urgency { return a.urgency < b.urgency }
            if a.followUp.due != b.followUp.due { return (a.followUp.due ?? today) < (b.followUp.due ?? today) }
            return (a.delegationID, a.number) < (b.delegationID, b.number)
        }
    }

    public var overdueCount: Int { entries.filter { $0.urgency == .overdue && !$0.followUp.done }.count }
    public var dueThisWeekCount: Int { entries.filter { $0.urgency == .thisWeek && !$0.followUp.done }.count }
}
