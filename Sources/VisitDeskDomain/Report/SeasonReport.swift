/// The season in numbers: what came in during a period, where it stands now, who visited and
/// who hosted. A value computed from a catalog (`SeasonReport(catalog:period:today:)`); the CLI
/// prints it in five formats and the dashboard draws it, so both always show the same figures.
///
/// Two groups of delegations are counted:
/// - the period's *requests*: delegations whose `received` date is in the period (the funnel,
///   statuses, people, interests, origins, directions, owners, reasons, lead times, months);
/// - the period's *visits*: confirmed or visited delegations whose first slot is in the period
///   (visited in the period, hosts, visits per month), whenever they were received.
public struct SeasonReport: Hashable, Sendable {
    public var period: ReportPeriod
    public var today: LocalDate
    /// True: statuses are as they are today. False: as they stood at the period's end, from the
    /// store's git history (`statusesAtEnd`), for a period that ended before today.
    public var statusesAreToday = true

    /// "now", or "on 2026-08-31" when statuses are as they stood at the period's end: for the
    /// funnel's and the statuses' headings in every format.
    public var statusesWhen: String { statusesAreToday ? "now" : "on \(period.to)" }

    /// Requests received in the period.
    public var received: ReportRow
    /// received → answered → accepted → visited, each a subset of the one before.
    public var funnel: [ReportRow]
    /// The period's requests by their status now, all seven in lifecycle order; `people` per status.
    public var byStatus: [ReportRow]
    /// Groups with status `visited` whose visit began in the period.
    public var visitedInPeriod: ReportRow
    /// The period's requests that are `confirmed` with a visit on or after today.
    public var confirmedUpcoming: ReportRow
    /// Declined and cancelled requests, grouped by status and reason.
    public var closedReasons: [ReasonRow]
    /// A request counts once under each of its interests.
    public var byInterest: [ReportRow]
    /// By region: the last comma-separated part of `origin` (`Shijiazhuang, Hebei` → `Hebei`).
    public var byOrigin: [ReportRow]
    public var byDirection: [ReportRow]
    /// The period's visits by slot host: visits (delegations) and their people.
    public var byHost: [ReportRow]
    /// The same by the host's organisation.
    public var byHostOrganisation: [ReportRow]
    public var byOwner: [ReportRow]
    public var byMonth: [MonthRow]
    public var leadTimes: LeadTimes
    public var notCounted: [NotCounted]

    /// Nothing came in and nobody visited: the report says so instead of drawing empty charts.
    public var isEmpty: Bool { received.count == 0 && visitedInPeriod.count == 0 && byHost.isEmpty }

    /// Every delegation counts its size when it is positive; a missing or bad size counts as
    /// no one (and is listed under "not counted").
    static func people(in delegation: Delegation) -> Int {
        max(0, delegation.size ?? 0)
    }
}

/// Declined or cancelled requests that gave the same reason.
public struct ReasonRow: Hashable, Sendable {
    public var status: DelegationStatus
    /// The reason as first written; "" when none was given.
    public var reason: String
    public var ids: [String]
    public var count: Int { ids.count }
}

/// One month of the period: requests received and visits begun in it.
public struct MonthRow: Hashable, Sendable {
    /// `2026-09`.
    public var month: String
    public var received: [String]
    public var visits: [String]
}
