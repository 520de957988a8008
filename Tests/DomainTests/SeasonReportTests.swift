import Testing
@testable import VisitDeskDomain

/// A small store counted by hand; every expected figure below is worked out in the comments.
enum ReportFixture {
    static func day(_ text: String) -> LocalDate { LocalDate(iso: text)! }
    static func slot(_ date: String, host: String?) -> Slot {
        let d = day(date)
        return Slot(start: LocalDateTime(date: d, time: LocalTime(hour: 9, minute: 0)),
                    end: LocalDateTime(date: d, time: LocalTime(hour: 11, minute: 0)), host: host)
    }

    static let catalog = Catalog(
        delegations: [
            Delegation(id: "a", title: "A", status: .visited, origin: "Shijiazhuang, Hebei", received: day("2026-09-10"), size: 10,
                       interests: ["waste-water", "recycling", "waste-water"], owner: "lina-berg",
                       slots: [slot("2026-10-05", host: "erik-sjoberg"), slot("2026-10-05", host: "erik-sjoberg"), slot("2026-10-06", host: "asa-oberg")]),
            Delegation(id: "b", title: "B", status: .confirmed, origin: "Hebei", received: day("2026-10-01"), size: 5,
                       interests: ["waste-water"], owner: "lina-berg", slots: [slot("2027-04-10", host: "erik-sjoberg")]),
            Delegation(id: "c", title: "C", status: .declined, origin: "Beijing", received: day("2026-11-15"), size: 8,
                       interests: ["banking"], reason: "No host available"),
            Delegation(id: "d", title: "D", status: .declined, received: day("2026-12-01"), reason: "  no host   AVAILABLE "),
            Delegation(id: "e", title: "E", status: .new, direction: .outbound, origin: "Finland", received: day("2027-01-20"), size: 0,
                       interests: ["composting"]),
            // Received the season before, visited in this one: a visit and a host's, not a request.
            Delegation(id: "f", title: "F", status: .visited, received: day("2025-06-01"), size: 12, slots: [slot("2026-09-20", host: "asa-oberg")]),
            Delegation(id: "g", title: "G", status: .reviewing, size: 3),
            Delegation(id: "h", title: "H", status: .confirmed, received: day("2027-02-01"), size: 3),
            Delegation(id: "i", title: "I", status: .cancelled, received: day("2026-09-05"), size: 4, owner: "ghost", reason: "Visa refused"),
            Delegation(id: "j", title: "J", status: .reviewing, received: day("2027-05-01"), size: 2, interests: ["composting", "recycling"]),
            Delegation(id: "k", title: "K", status: .confirmed, received: day("2027-08-01"), size: 6, slots: [slot("2027-09-15", host: "erik-sjoberg")]),
        ],
        contacts: [
            Contact(id: "asa-oberg", name: "Åsa Öberg", organisation: "Dalarna Science Park", organisationZh: "达拉纳科技园"),
            Contact(id: "erik-sjoberg", name: "Erik Sjöberg", nameZh: "埃里克", organisation: "Dalälven Vatten AB"),
            Contact(id: "lina-berg", name: "Lina Berg"),
        ],
        problems: [
            Problem(file: "delegations/broken.toml", line: 3, message: "unknown status"),
            Problem(file: "delegations/a.toml", line: 9, message: "a dangling reference"),
        ]
    )

    static let season = ReportPeriod.season(startingIn: 2026)
    static let today = day("2027-03-01")
    static var report: SeasonReport { SeasonReport(catalog: catalog, period: season, today: today) }
}

private func counts(_ rows: [ReportRow]) -> [String: Int] {
    Dictionary(uniqueKeysWithValues: rows.map { ($0.key, $0.count) })
}

@Suite("The season report, counted by hand")
struct SeasonReportTests {
    let report = ReportFixture.report

    @Test("requests received in the period and the funnel from received to visited")
    func funnel() {
        // a b c d e h i j k were received between 2026-09-01 and 2027-08-31; f the season before, g never.
        #expect(report.received.ids == ["a", "b", "c", "d", "e", "h", "i", "j", "k"])
        // answered: not new/reviewing/on-hold (a b c d h i k); accepted: confirmed or visited (a b h k); visited: a.
        #expect(report.funnel.map(\.key) == ["received", "answered", "accepted", "visited"])
        #expect(report.funnel.map(\.count) == [9, 7, 4, 1])
    }

    @Test("every status appears in lifecycle order, with the people of each")
    func statuses() {
        #expect(report.byStatus.map(\.key) == DelegationStatus.allCases.map(\.rawValue))
        #expect(report.byStatus.map(\.count) == [1, 1, 0, 3, 1, 2, 1])
        // new e (size 0), reviewing j 2, confirmed b 5 + h 3 + k 6, visited a 10, declined c 8 + d (no size), cancelled i 4.
        #expect(report.byStatus.map(\.people) == [0, 2, 0, 14, 10, 8, 4])
    }

    @Test("visits in the period count whenever the request came; upcoming counts confirmed visits from today on")
    func visits() {
        #expect(report.visitedInPeriod.ids == ["a", "f"])
        #expect(report.visitedInPeriod.people == 22)
        // b visits 2027-04-10 and k 2027-09-15, both after 2027-03-01; h has no slot.
        #expect(report.confirmedUpcoming.ids == ["b", "k"])
    }

    @Test("a request counts once per interest, however often it names it")
    func interests() {
        #expect(report.byInterest.map(\.key) == ["composting", "recycling", "waste-water", "banking"])
        #expect(counts(report.byInterest) == ["composting": 2, "recycling": 2, "waste-water": 2, "banking": 1])
        #expect(report.byInterest.first { $0.key == "waste-water" }?.ids == ["a", "b"])
    }

    @Test("origins by region, directions, owners with names")
    func originsAndOwners() {
        #expect(counts(report.byOrigin) == ["Hebei": 2, "Beijing": 1, "Finland": 1, "": 5])
        #expect(report.byOrigin.first?.label == "(no origin)")
        #expect(report.byDirection.map(\.count) == [8, 1])
        #expect(counts(report.byOwner) == ["": 6, "lina-berg": 2, "ghost": 1])
        #expect(report.byOwner.first { $0.key == "lina-berg" }?.label == "Lina Berg")
    }

    @Test("hosts count visits (not slots) and people, per person and per organisation, inside the period only")
    func hosts() {
        // erik hosts a (two slots, one visit) and b; k's slot is after the period. asa hosts a and f.
        #expect(report.byHost.map(\.key) == ["asa-oberg", "erik-sjoberg"])
        #expect(report.byHost.map(\.count) == [2, 2])
        #expect(report.byHost.map(\.people) == [22, 15])
        #expect(report.byHost[1].labelZh == "埃里克")
        #expect(counts(report.byHostOrganisation) == ["Dalarna Science Park": 2, "Dalälven Vatten AB": 2])
    }

    @Test("declined and cancelled are grouped by reason, ignoring case and spacing")
    func reasons() {
        #expect(report.closedReasons.map(\.reason) == ["No host available", "Visa refused"])
        #expect(report.closedReasons.map(\.ids) == [["c", "d"], ["i"]])
        #expect(report.closedReasons.map(\.status) == [.declined, .cancelled])
    }

    @Test("requests and visits per month, every month of the season listed")
    func months() {
        #expect(report.byMonth.count == 12)
        #expect(report.byMonth.first?.month == "2026-09" && report.byMonth.last?.month == "2027-08")
        #expect(report.byMonth.map(\.received.count) == [2, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 1])
        #expect(report.byMonth.map(\.visits.count) == [1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0])
    }

    @Test("lead times: median and quartiles by linear interpolation")
    func leadTimes() throws {
        // received → first visit day: a 25, b 191 (2026-10-01 → 2027-04-10), k 45.
        let toVisit = try #require(report.leadTimes.toVisit)
        #expect(toVisit.count == 3 && toVisit.min == 25 && toVisit.max == 191)
        #expect(toVisit.median == 45 && toVisit.lowerQuartile == 35 && toVisit.upperQuartile == 118)
        #expect(report.leadTimes.toDecision == nil)

        let withDates = SeasonReport(catalog: ReportFixture.catalog, period: ReportFixture.season, today: ReportFixture.today,
                                     decisionDates: ["a": ReportFixture.day("2026-09-20"), "c": ReportFixture.day("2026-11-20"),
                                                     "i": ReportFixture.day("2026-09-05"), "e": ReportFixture.day("2027-02-01")])
        // e is still new, so its date is not a decision: 10, 5, 0.
        let toDecision = try #require(withDates.leadTimes.toDecision)
        #expect(toDecision.count == 3 && toDecision.median == 5 && toDecision.lowerQuartile == 2.5 && toDecision.upperQuartile == 7.5)
    }

    @Test("quartiles of an even and an odd count")
    func quartiles() throws {
        let even = try #require(Spread(days: [4, 1, 3, 2]))
        #expect((even.lowerQuartile, even.median, even.upperQuartile) == (1.75, 2.5, 3.25))
        let odd = try #require(Spread(days: [5, 1, 4, 2, 3]))
        #expect((odd.lowerQuartile, odd.median, odd.upperQuartile) == (2, 3, 4))
        #expect(Spread(days: []) == nil)
    }

    @Test("records left out of a figure are listed with the reason, never dropped")
    func notCounted() {
        let reasons = Dictionary(uniqueKeysWithValues: report.notCounted.map { ($0.reason, $0.ids) })
        #expect(reasons[.noReceivedDate] == ["g"])
        #expect(reasons[.sizeMissing] == ["d"])
        #expect(reasons[.sizeNotPositive] == ["e"])
        #expect(reasons[.noVisitDate] == ["h"])
        #expect(reasons[.visitOutsidePeriod] == ["k"])
        // j (2027-05-01) and k (2027-08-01) arrive after 2027-03-01.
        #expect(reasons[.receivedAfterToday] == ["j", "k"])
        // a.toml has an error but loaded; broken.toml did not load at all.
        #expect(reasons[.fileNotLoaded] == ["delegations/broken.toml"])
        #expect(reasons[.visitBeforeReceived] == nil)
    }

    @Test("an empty period says so and has no lead times")
    func empty() {
        let empty = SeasonReport(catalog: ReportFixture.catalog, period: .season(startingIn: 2030), today: ReportFixture.today)
        #expect(empty.isEmpty)
        #expect(empty.received.count == 0 && empty.byStatus.allSatisfy { $0.count == 0 })
        #expect(empty.leadTimes.toVisit == nil)
        #expect(!ReportFixture.report.isEmpty)
    }
}

@Suite("Report periods and seasons")
struct ReportPeriodTests {
    @Test("the season containing a day starts on the configured day")
    func seasons() {
        let august = ReportPeriod.season(containing: ReportFixture.day("2026-08-31"))
        #expect(august.from == ReportFixture.day("2025-09-01") && august.to == ReportFixture.day("2026-08-31"))
        #expect(august.label == "2025/26")
        #expect(ReportPeriod.season(containing: ReportFixture.day("2026-09-01")).label == "2026/27")
        let calendarYear = ReportPeriod.season(containing: ReportFixture.day("2026-05-05"), start: SeasonStart(month: 1, day: 1))
        #expect(calendarYear.label == "2026" && calendarYear.to == ReportFixture.day("2026-12-31"))
        #expect(august.previous.label == "2024/25" && august.next.label == "2026/27")
    }

    @Test("a custom period steps by its own length")
    func customPeriods() {
        let spring = ReportPeriod(from: ReportFixture.day("2027-01-01"), to: ReportFixture.day("2027-01-31"))
        #expect(spring.previous == ReportPeriod(from: ReportFixture.day("2026-12-01"), to: ReportFixture.day("2026-12-31")))
        #expect(spring.months.count == 1)
        #expect(spring.label == "2027-01-01 – 2027-01-31")
    }

    @Test("season_start parses month and day, refusing days not every year has")
    func seasonStart() {
        #expect(SeasonStart(text: "09-01") == .september)
        #expect(SeasonStart(text: "07-15")?.description == "07-15")
        for bad in ["02-29", "9-1", "13-01", "09-31", "", "09-01-02"] { #expect(SeasonStart(text: bad) == nil, "\(bad)") }
    }
}

extension SeasonReportTests {
    @Test("statuses at the period's end (from history) count the funnel as it stood; delegations history does not know keep today's")
    func statusesAtTheEnd() {
        // At the end, a was still confirmed (not visited yet in the record), c and d were reviewing, k new.
        let then: [String: DelegationStatus] = ["a": .confirmed, "c": .reviewing, "d": .reviewing, "k": .new]
        let past = SeasonReport(catalog: ReportFixture.catalog, period: ReportFixture.season, today: ReportFixture.today, statusesAtEnd: then)
        #expect(!past.statusesAreToday && report.statusesAreToday)
        // answered then: b h i (a confirmed, too); accepted: a b h; visited: none.
        #expect(past.funnel.map(\.count) == [9, 4, 3, 0])
        #expect(counts(past.byStatus) == ["new": 2, "reviewing": 3, "on-hold": 0, "confirmed": 3, "visited": 0, "declined": 0, "cancelled": 1])
        #expect(past.closedReasons.map(\.ids) == [["i"]], "c and d were not declined yet")
        #expect(past.visitedInPeriod.ids == ["f"] && past.received.ids == report.received.ids, "f: not in the history given, today's")
    }
}
