import Testing
@testable import VisitDeskDomain

@Suite struct ConflictFinderTests {
    static func at(_ text: String) -> LocalDateTime {
        let parts = text.split(separator: " ")
        let hm = parts[1].split(separator: ":").map { Int($0)! }
        return LocalDateTime(date: LocalDate(iso: parts[0])!, time: LocalTime(hour: hm[0], minute: hm[1]))
    }

    static func slot(_ start: String, _ end: String, place: String = "", host: String? = nil) -> Slot {
        Slot(start: at(start), end: at(end), place: place, host: host)
    }

    static func group(_ id: String, _ slots: [Slot], status: DelegationStatus = .confirmed,
                      direction: Direction = .inbound, earliest: String? = nil, latest: String? = nil) -> Delegation {
        Delegation(id: id, title: id, status: status, direction: direction,
                   earliest: earliest.flatMap { LocalDate(iso: $0) }, latest: latest.flatMap { LocalDate(iso: $0) },
                   slots: slots)
    }

    /// A Thursday in July with no holiday anywhere, so only the rule under test fires.
    static let hebei = group("hebei-2017", [slot("2017-07-13 13:00", "2017-07-13 16:00", place: "Käppala", host: "erik-sjoberg")])

    @Test func twoGroupsNeedingOneHostAtOnceAreNamedWithHostAndTime() {
        let shanxi = Self.group("shanxi-2017", [Self.slot("2017-07-13 13:30", "2017-07-13 17:00", place: "Ryaverket", host: "erik-sjoberg")])
        let found = ConflictFinder.conflicts(in: [shanxi, Self.hebei])
        #expect(found.map(\.kind) == [.sameHost])
        #expect(found.first?.delegationIDs == ["hebei-2017", "shanxi-2017"])
        #expect(found.first?.message == "hebei-2017 and shanxi-2017 both need host erik-sjoberg on 2017-07-13 13:30-16:00")
        #expect(found.first?.date == LocalDate(iso: "2017-07-13"))
    }

    @Test func slotsThatOnlyTouchDoNotConflict() {
        let later = Self.group("shanxi-2017", [Self.slot("2017-07-13 16:00", "2017-07-13 18:00", host: "erik-sjoberg")])
        #expect(ConflictFinder.conflicts(in: [Self.hebei, later]) == [])
    }

    @Test func samePlaceIgnoresCaseAndSpacing() {
        let other = Self.group("anhui-2017", [Self.slot("2017-07-13 15:00", "2017-07-13 17:00", place: "  käppala ", host: "anna-berg")])
        let found = ConflictFinder.conflicts(in: [Self.hebei, other])
        #expect(found.map(\.kind) == [.samePlace])
        #expect(found.first?.message == "anhui-2017 and hebei-2017 are both at Käppala on 2017-07-13 15:00-16:00")
    }

    @Test func sameHostInSamePlaceIsReportedOnce() {
        let twin = Self.group("anhui-2017", [Self.slot("2017-07-13 15:00", "2017-07-13 17:00", place: "KÄPPALA", host: "erik-sjoberg")])
        #expect(ConflictFinder.conflicts(in: [Self.hebei, twin]).map(\.kind) == [.sameHost])
    }

    @Test func oneDelegationDoubleBookingItsHostIsFound() {
        let busy = Self.group("gansu-2018", [
            Self.slot("2018-05-15 09:00", "2018-05-15 11:00", host: "lena-ek"),
            Self.slot("2018-05-15 10:00", "2018-05-15 12:00", host: "lena-ek"),
        ])
        let found = ConflictFinder.conflicts(in: [busy])
        #expect(found.map(\.message) == ["gansu-2018 needs host lena-ek for two slots at once on 2018-05-15 10:00-11:00"])
        #expect(found.first?.problems == [Problem(file: "delegations/gansu-2018.toml", severity: .warning, message: found[0].message)])
    }

    @Test func requestsAndClosedDelegationsAreLeftOut() {
        let proposal = Self.group("shanxi-2017", [Self.slot("2017-07-13 13:30", "2017-07-13 17:00", host: "erik-sjoberg")], status: .reviewing)
        let cancelled = Self.group("anhui-2017", [Self.slot("2017-07-15 13:30", "2017-07-15 17:00")], status: .cancelled)
        #expect(ConflictFinder.conflicts(in: [Self.hebei, proposal, cancelled]) == [])
    }

    @Test func dayRulesNameTheDayAndTheReason() {
        let midsummer = Self.group("hebei-2027", [Self.slot("2027-06-25 10:00", "2027-06-25 12:00")])
        let saturday = Self.group("jilin-2027", [Self.slot("2027-09-11 10:00", "2027-09-11 12:00")])
        let newYear = Self.group("hunan-2027", [Self.slot("2027-02-08 10:00", "2027-02-08 12:00")])
        let golden = Self.group("henan-2027", [Self.slot("2027-10-05 10:00", "2027-10-05 12:00")], direction: .outbound)
        let found = ConflictFinder.conflicts(in: [midsummer, saturday, newYear, golden])
        #expect(found.map(\.kind) == [.springFestival, .swedishHoliday, .weekend, .goldenWeek])
        #expect(found[1].message == "hebei-2027 has a slot on 2027-06-25 (2027-06-25 10:00-12:00), Midsommarafton (Midsummer Eve), a Swedish holiday")
        #expect(found[2].message.hasSuffix("a Saturday"))
    }

    /// The issue's example: 5 October 2026 is a day off of the announced 1–7 October break, and
    /// the warning names the break rather than a hard-coded week.
    @Test func chineseDaysOffAreNamedByTheirAnnouncedBreak() {
        let golden = Self.group("henan-2026", [Self.slot("2026-10-05 10:00", "2026-10-05 12:00")], direction: .outbound)
        let dragon = Self.group("anhui-2026", [Self.slot("2026-06-19 10:00", "2026-06-19 12:00")], direction: .outbound)
        let after = Self.group("hubei-2026", [Self.slot("2026-10-08 10:00", "2026-10-08 12:00")], direction: .outbound)
        let found = ConflictFinder.conflicts(in: [golden, dragon, after])
        #expect(found.map(\.kind) == [.chinaHoliday, .goldenWeek])
        #expect(found[1].message == "henan-2026 has a slot on 2026-10-05 (2026-10-05 10:00-12:00): 2026-10-05 is a day off in China (National Day holiday, 1–7 October)")
        #expect(found[0].message.hasSuffix("2026-06-19 is a day off in China (Dragon Boat Festival holiday, 19–21 June)"))
    }

    /// Saturday 14 February 2026 was a working day in China: a trip there meets open offices, while
    /// a group in Sweden still has a Swedish Saturday.
    @Test func aMakeUpWorkingDayIsNoWeekendForATripToChina() {
        let slot = Self.slot("2026-02-14 10:00", "2026-02-14 12:00")
        #expect(ConflictFinder.conflicts(in: [Self.group("trip-2026", [slot], direction: .outbound)]) == [])
        #expect(ConflictFinder.conflicts(in: [Self.group("visit-2026", [slot])]).map(\.kind) == [.weekend])
    }

    @Test func swedishHolidaysDoNotMatterForTripsToChina() {
        let outbound = Self.group("trip-2027", [Self.slot("2027-06-25 10:00", "2027-06-25 12:00")], direction: .outbound)
        #expect(ConflictFinder.conflicts(in: [outbound]) == [])
    }

    @Test func aMultiDaySlotIsCheckedOnEveryDayItTouches() {
        let tour = Self.group("tour-2027", [Self.slot("2027-09-09 08:00", "2027-09-12 18:00")])
        let found = ConflictFinder.conflicts(in: [tour])
        #expect(found.map(\.kind) == [.weekend])
        #expect(found.first?.date == LocalDate(iso: "2027-09-11"))
    }

    @Test func slotsOutsideTheWishedPeriodAreFound() {
        let wished = Self.group("hebei-2017", [
            Self.slot("2017-07-13 10:00", "2017-07-13 12:00"),
            Self.slot("2017-08-03 10:00", "2017-08-03 12:00"),
        ], earliest: "2017-07-01", latest: "2017-07-31")
        let found = ConflictFinder.conflicts(in: [wished])
        #expect(found.map(\.message) == ["hebei-2017 has a slot on 2017-08-03 (2017-08-03 10:00-12:00), outside its wished period 2017-07-01 to 2017-07-31"])
        #expect(ConflictFinder.problems(in: [wished]).map(\.description)
            == ["delegations/hebei-2017.toml: warning: " + found[0].message])
    }

    @Test func tenThousandDelegationsGiveOneConflictPerCrowdedSlot() {
        // 10,000 groups over ~9 years, three a day with three slots each, the three sharing one host.
        var delegations: [Delegation] = []
        let first = LocalDate(iso: "2030-01-07")!
        for n in 0..<10_000 {
            let day = first.adding(days: n / 3)
            let slots = (0..<3).map { k in
                Slot(start: LocalDateTime(date: day, time: LocalTime(hour: 9 + 2 * k, minute: 0)),
                     end: LocalDateTime(date: day, time: LocalTime(hour: 10 + 2 * k, minute: 30)),
                     place: "place \(n % 50)", host: "host-\(n / 6 % 200)")
            }
            delegations.append(Self.group("group-\(n)", slots))
        }
        let found = ConflictFinder.conflicts(in: delegations)
        // Each of the 3,333 full days has three groups clashing in each of three slots: one
        // conflict naming all three per slot, not three pairs (pairs grow with the square of the
        // crowding). (How long this takes is measured by `visitdesk-bench calendar`, not here.)
        let sameHost = found.filter { $0.kind == .sameHost }
        #expect(sameHost.count == 3 * 3333)
        #expect(sameHost.allSatisfy { $0.delegationIDs.count == 3 })
    }

    @Test func threeGroupsAtOneHostAtOnceAreOneConflictNamingAllThree() {
        let day = LocalDate(iso: "2027-03-02")!
        func slot(_ from: Int, _ to: Int) -> Slot {
            Slot(start: LocalDateTime(date: day, time: LocalTime(hour: from, minute: 0)),
                 end: LocalDateTime(date: day, time: LocalTime(hour: to, minute: 0)), place: "", host: "erik-sjoberg")
        }
        let groups = [Self.group("a", [slot(9, 11)]), Self.group("b", [slot(10, 12)]), Self.group("c", [slot(11, 13)])]
        let found = ConflictFinder.conflicts(in: groups).filter { $0.kind == .sameHost }
        #expect(found.count == 1)
        #expect(found.first?.delegationIDs == ["a", "b", "c"])
        #expect(found.first?.message.hasPrefix("a, b and c all need host erik-sjoberg on 2027-03-02 10:00-") == true, "\(found.first?.message ?? "")")
    }
}
