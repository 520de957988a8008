import VisitDeskDomain

/// The store's status history as the report view uses it: read by the app from git off the main
/// loop (`Effect.readStatusHistory`), handed back once, kept by the open view. A reference, and
/// compared by identity: the statuses of thousands of delegations are not copied with the state
/// on every key (a large report value copied through `update` exhausted a debug build's stack).
public final class ReportStatusHistory: Sendable, Equatable {
    /// The first day each delegation was decided (confirmed, visited, declined or cancelled).
    public let decisionDates: [String: LocalDate]
    private let statusesOn: @Sendable (LocalDate) -> [String: DelegationStatus]

    public init(decisionDates: [String: LocalDate], statusesOn: @escaping @Sendable (LocalDate) -> [String: DelegationStatus]) {
        self.decisionDates = decisionDates
        self.statusesOn = statusesOn
    }

    /// Statuses at the period's end for a period that ended before today; nil (today's) otherwise.
    func statusesAtEnd(of period: ReportPeriod, today: LocalDate) -> [String: DelegationStatus]? {
        period.to < today ? statusesOn(period.to) : nil
    }

    public static func == (lhs: ReportStatusHistory, rhs: ReportStatusHistory) -> Bool { lhs === rhs }
}
