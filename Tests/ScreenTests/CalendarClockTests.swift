import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The second clock: Stockholm wall times read in Beijing, on both sides of each DST change.
@Suite struct CalendarClockTests {
    let clocks = TwoClocks(settings: StoreSettings())

    @Test func beijingIsSevenHoursAheadInWinterAndSixInSummer() {
        #expect(clocks.partnerTime(Fixtures.at("2027-03-26", "09:00")) == Fixtures.at("2027-03-26", "16:00"))
        #expect(clocks.partnerTime(Fixtures.at("2027-03-29", "09:00")) == Fixtures.at("2027-03-29", "15:00"))
        #expect(clocks.partnerTime(Fixtures.at("2027-10-29", "09:00")) == Fixtures.at("2027-10-29", "15:00"))
        #expect(clocks.partnerTime(Fixtures.at("2027-11-01", "09:00")) == Fixtures.at("2027-11-01", "16:00"))
    }

    @Test func theDayOfTheChangeUsesTheNewOffsetAfterThreeInTheMorning() {
        #expect(clocks.partnerTime(Fixtures.at("2027-03-28", "01:00")) == Fixtures.at("2027-03-28", "08:00"))
        #expect(clocks.partnerTime(Fixtures.at("2027-03-28", "10:00")) == Fixtures.at("2027-03-28", "16:00"))
        #expect(clocks.offsetMinutes(on: LocalDate(year: 2027, month: 3, day: 27)) == 7 * 60)
        #expect(clocks.offsetMinutes(on: LocalDate(year: 2027, month: 3, day: 28)) == 6 * 60)
        #expect(clocks.offsetMinutes(on: LocalDate(year: 2027, month: 10, day: 31)) == 7 * 60)
    }

    @Test func anEveningSlotEndsOnTheNextDayInBeijing() {
        let slot = Slot(start: Fixtures.at("2026-11-26", "16:00"), end: Fixtures.at("2026-11-26", "18:30"))
        #expect(clocks.partnerSpanText(slot) == "Beijing 23:00–2026-11-27 01:30")
    }

    @Test func anUnknownZoneFallsBackToUTCInsteadOfFailing() {
        let odd = TwoClocks(settings: StoreSettings(timezone: "Europe/Stockholm", partnerTimezone: "Mars/Olympus"))
        #expect(odd.partnerLabel == "Olympus")
        #expect(odd.partnerTime(Fixtures.at("2026-11-26", "09:00")) == Fixtures.at("2026-11-26", "08:00"))
    }

    @Test func offsetsReadLikeClockDifferences() {
        #expect(TwoClocks.offsetText(420) == "+7h")
        #expect(TwoClocks.offsetText(330) == "+5h30")
        #expect(TwoClocks.offsetText(-300) == "-5h")
        #expect(ZoneClocks.cityName("America/New_York") == "New York")
        #expect(ZoneClocks.cityName("Asia/Shanghai") == "Beijing")
    }
}

/// Where the week view puts blocks: lanes for overlaps, the hours shown, multi-day spans.
@Suite struct WeekLayoutTests {
    let monday = LocalDate(year: 2026, month: 12, day: 7)

    func layout(_ catalog: Catalog, rows: Int, cursor: SlotRef? = nil) -> WeekLayout {
        let state = CalendarFixtures.state(catalog)
        return WeekLayout(entries: state.index.schedule.entries(fromDay: monday.dayNumber, days: 14), monday: monday,
                          delegations: state.catalog.delegations, rows: rows, cursor: cursor)
    }

    @Test func overlappingSlotsSitSideBySide() {
        let week = layout(CalendarFixtures.conflictCatalog, rows: 20)
        let wednesday = week.blocks.filter { $0.weekday == 2 }
        #expect(wednesday.count == 2)
        #expect(Set(wednesday.map(\.lane)) == [0, 1])
        #expect(wednesday.allSatisfy { $0.lanes == 2 })
    }

    @Test func aSlotOverSeveralDaysHasABlockOnEachOfThem() {
        let week = layout(CalendarFixtures.conflictCatalog, rows: 20)
        let spanning = week.blocks.filter { $0.weekday >= 7 }
        #expect(spanning.isEmpty, "entries of the following week are not this week's blocks")
        let next = WeekLayout(entries: CalendarFixtures.state(CalendarFixtures.conflictCatalog).index.schedule.entries,
                              monday: monday.adding(days: 7), delegations: CalendarFixtures.state(CalendarFixtures.conflictCatalog).catalog.delegations,
                              rows: 20, cursor: nil)
        let days = next.blocks.map { [$0.weekday, $0.startMinute, $0.endMinute] }
        #expect(days == [[0, 13 * 60, 24 * 60], [1, 0, 24 * 60], [2, 0, 15 * 60]])
        // The middle day fills every row shown.
        #expect(next.placement(of: next.blocks[1]) == .rows(0...19))
    }

    @Test func halfHourRowsWhenTheDayFitsTwice() {
        let roomy = layout(CalendarFixtures.conflictCatalog, rows: 20)
        #expect(roomy.step == 30)
        #expect(roomy.firstMinute == 8 * 60)
        let tight = layout(CalendarFixtures.conflictCatalog, rows: 12)
        #expect(tight.step == 60)
    }

    @Test func anEarlySlotWidensTheHoursAndAHiddenCursorScrollsThem() {
        let early = Catalog(delegations: [Delegation(id: "early", title: "Early", status: .confirmed,
                                                     slots: [CalendarFixtures.slot("2026-12-08", "05:00", "06:00"),
                                                             CalendarFixtures.slot("2026-12-08", "21:00", "22:00")])])
        let week = layout(early, rows: 17)
        #expect(week.firstMinute == 5 * 60)
        let short = layout(early, rows: 6, cursor: SlotRef(delegation: 0, slot: 1))
        #expect(short.firstMinute == 18 * 60, "the cursor's slot at 21:00 is brought on screen")
        #expect(short.placement(of: short.blocks.first { $0.ref.slot == 0 }!) == .above)
    }
}
