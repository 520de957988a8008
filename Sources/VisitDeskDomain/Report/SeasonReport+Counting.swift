extension SeasonReport {
    /// Counts `catalog` over `period` as of `today`. `decisionDates` (delegation id → the day it
    /// was confirmed, declined or cancelled) feeds the received → decision lead time; the store
    /// has no such field, so it comes from the store's git history (else that figure is absent).
    /// `statusesAtEnd` (delegation id → its status on the period's last day, from history) counts
    /// a past period as it stood then; a delegation missing from it counts with today's status.
    /// nil: statuses are today's, and the report says so.
    public init(catalog: Catalog, period: ReportPeriod, today: LocalDate, decisionDates: [String: LocalDate] = [:],
                statusesAtEnd: [String: DelegationStatus]? = nil) {
        var counter = ReportCounter(catalog: catalog, period: period, today: today, decisionDates: decisionDates,
                                    statusesAtEnd: statusesAtEnd ?? [:])
        for delegation in catalog.delegations { counter.count(delegation) }
        counter.countUnloadedFiles(catalog.problems)
        self = counter.report
        statusesAreToday = statusesAtEnd == nil
    }
}

/// One pass over the delegations, filling every tally at once (10,000 delegations in a few ms).
struct ReportCounter {
    let catalog: Catalog
    let period: ReportPeriod
    let today: LocalDate
    let decisionDates: [String: LocalDate]
    let statusesAtEnd: [String: DelegationStatus]

    private var received = Tally()
    private var funnel = Tally()
    private var statuses = Tally()
    private var visited = Tally()
    private var upcoming = Tally()
    private var interests = Tally()
    private var origins = Tally()
    private var directions = Tally()
    private var hosts = Tally()
    private var hostOrganisations = Tally()
    private var owners = Tally()
    private var reasons: [String: ReasonRow] = [:]
    private var monthReceived: [String: [String]] = [:]
    private var monthVisits: [String: [String]] = [:]
    private var toDecision: [Int] = []
    private var toVisit: [Int] = []
    private var notCounted: [NotCountedReason: [String]] = [:]

    init(catalog: Catalog, period: ReportPeriod, today: LocalDate, decisionDates: [String: LocalDate],
         statusesAtEnd: [String: DelegationStatus] = [:]) {
        self.catalog = catalog
        self.period = period
        self.today = today
        self.decisionDates = decisionDates
        self.statusesAtEnd = statusesAtEnd
    }

    mutating func count(_ delegation: Delegation) {
        // As it stood at the period's end when history says so; the rest of the record is today's.
        var delegation = delegation
        if let then = statusesAtEnd[delegation.id] { delegation.status = then }
        let visitDay = delegation.slots.map(\.start.date).min()
        let isRequest = delegation.received.map(period.contains) ?? false
        let isVisit = delegation.status.isGroup && visitDay.map(period.contains) == true
        if delegation.received == nil { note(.noReceivedDate, delegation) }
        if isRequest { countRequest(delegation, visitDay: visitDay) }
        if isVisit, let visitDay { countVisit(delegation, on: visitDay) }
        if isRequest || isVisit {
            if delegation.size == nil { note(.sizeMissing, delegation) }
            if let size = delegation.size, size <= 0 { note(.sizeNotPositive, delegation) }
        }
    }

    private mutating func countRequest(_ delegation: Delegation, visitDay: LocalDate?) {
        let status = delegation.status
        received.add("received", delegation)
        funnel.add("received", delegation)
        if !status.isRequest { funnel.add("answered", delegation) }
        if status.isGroup { funnel.add("accepted", delegation) }
        if status == .visited { funnel.add("visited", delegation) }
        statuses.add(status.rawValue, delegation)
        if status == .confirmed, let visitDay, visitDay >= today { upcoming.add("confirmed_upcoming", delegation) }
        if status.isClosed { addReason(delegation) }
        for interest in delegation.interests { interests.add(interest, delegation) }
        let region = ReportCounter.region(of: delegation.origin)
        origins.add(region ?? "", delegation, label: region ?? "(no origin)")
        directions.add(delegation.direction.rawValue, delegation)
        let owner = delegation.owner.flatMap { catalog.contact(id: $0) }
        owners.add(delegation.owner ?? "", delegation, label: owner?.name ?? delegation.owner ?? "(no owner)", labelZh: owner?.nameZh)
        let receivedDay = delegation.received!
        monthReceived[ReportCounter.monthKey(receivedDay), default: []].append(delegation.id)
        if receivedDay > today { note(.receivedAfterToday, delegation) }
        if let decided = decisionDates[delegation.id], !status.isRequest, decided >= receivedDay {
            toDecision.append(receivedDay.days(until: decided))
        }
        guard status.isGroup else { return }
        guard let visitDay else { return note(.noVisitDate, delegation) }
        if !period.contains(visitDay) { note(.visitOutsidePeriod, delegation) }
        if visitDay < receivedDay { note(.visitBeforeReceived, delegation) } else { toVisit.append(receivedDay.days(until: visitDay)) }
    }

    private mutating func countVisit(_ delegation: Delegation, on visitDay: LocalDate) {
        if delegation.status == .visited { visited.add("visited_in_period", delegation) }
        monthVisits[ReportCounter.monthKey(visitDay), default: []].append(delegation.id)
        for slot in delegation.slots where period.contains(slot.start.date) {
            guard let host = slot.host else { continue }
            let contact = catalog.contact(id: host)
            hosts.add(host, delegation, label: contact?.name ?? host, labelZh: contact?.nameZh)
            let organisation = contact?.organisation ?? ""
            hostOrganisations.add(organisation, delegation, label: organisation.isEmpty ? "(no organisation)" : organisation,
                                  labelZh: contact?.organisationZh)
        }
    }

    private mutating func addReason(_ delegation: Delegation) {
        let words = delegation.reason.split(whereSeparator: { $0.isWhitespace })
        let key = delegation.status.rawValue + "\u{0}" + words.joined(separator: " ").lowercased()
        if reasons[key] == nil {
            reasons[key] = ReasonRow(status: delegation.status, reason: words.joined(separator: " "), ids: [])
        }
        reasons[key]!.ids.append(delegation.id)
    }

    private mutating func note(_ reason: NotCountedReason, _ delegation: Delegation) {
        notCounted[reason, default: []].append(delegation.id)
    }

    /// Delegation files with errors whose record is not in the catalog did not load at all.
    mutating func countUnloadedFiles(_ problems: [Problem]) {
        var files = Set<String>()
        for problem in problems where problem.severity == .error && problem.file.hasPrefix("delegations/") {
            let name = problem.file.dropFirst("delegations/".count)
            let id = name.hasSuffix(".toml") ? String(name.dropLast(5)) : String(name)
            if catalog.delegation(id: id) == nil { files.insert(problem.file) }
        }
        if !files.isEmpty { notCounted[.fileNotLoaded] = files.sorted() }
    }

    var report: SeasonReport {
        let statusKeys = DelegationStatus.allCases.map { ($0.rawValue, $0.rawValue) }
        let funnelKeys = [("received", "received"), ("answered", "answered"), ("accepted", "accepted"), ("visited", "visited")]
        return SeasonReport(
            period: period, today: today,
            received: received.inOrder([("received", "received")])[0],
            funnel: funnel.inOrder(funnelKeys),
            byStatus: statuses.inOrder(statusKeys),
            visitedInPeriod: visited.inOrder([("visited_in_period", "visited in the period")])[0],
            confirmedUpcoming: upcoming.inOrder([("confirmed_upcoming", "confirmed, still to come")])[0],
            closedReasons: reasons.values.map { row in
                var row = row
                row.ids.sort()
                return row
            }.sorted { ($0.count, $1.status.rawValue, $1.reason) > ($1.count, $0.status.rawValue, $0.reason) },
            byInterest: interests.sortedByCount,
            byOrigin: origins.sortedByCount,
            byDirection: directions.inOrder(Direction.allCases.map { ($0.rawValue, $0.rawValue) }),
            byHost: hosts.sortedByCount,
            byHostOrganisation: hostOrganisations.sortedByCount,
            byOwner: owners.sortedByCount,
            byMonth: period.months.map { first in
                let key = ReportCounter.monthKey(first)
                return MonthRow(month: key, received: (monthReceived[key] ?? []).sorted(), visits: (monthVisits[key] ?? []).sorted())
            },
            leadTimes: LeadTimes(toDecision: Spread(days: toDecision), toVisit: Spread(days: toVisit)),
            notCounted: NotCountedReason.allCases.compactMap { reason in
                notCounted[reason].map { NotCounted(reason: reason, ids: $0.sorted()) }
            }
        )
    }

    /// The province or country: what follows the last comma of `origin`, else all of it.
    static func region(of origin: String?) -> String? {
        guard let origin else { return nil }
        let part = origin.split(whereSeparator: { $0 == "," || $0 == "，" }).last.map(String.init) ?? origin
        let trimmed = part.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
        return trimmed.isEmpty ? nil : trimmed
    }

    static func monthKey(_ date: LocalDate) -> String { "\(pad(date.year, 4))-\(pad(date.month, 2))" }
}
