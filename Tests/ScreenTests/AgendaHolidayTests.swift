import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The agenda lists the days off and make-up working days between visits and after the last one.
@Suite struct AgendaHolidayTests {
    @Test func daysOffBetweenAndAfterVisitsHaveTheirOwnHeadings() {
        var state = Fixtures.state()
        Fixtures.press("3 A", &state)
        SlotNavigation.selectDay(LocalDate(year: 2026, month: 12, day: 20), &state)
        let text = render(state).text
        expectExactWidths(render(state))
        #expect(text.contains("no visits from here on"))
        #expect(text.contains("Thu 2026-12-24 · Christmas Eve (SE)"))
        #expect(text.contains("Fri 2026-12-25 · Christmas Day (SE)"))
        #expect(text.components(separatedBy: "2026-12-24").count == 2, "listed once")
        // 2027 has no notice built in: the expected Spring Festival break is one line.
        #expect(text.contains("Fri 2027-01-01 · New Year's Day (SE) · New Ye"))
        #expect(text.contains("Fri 2027-02-05 – Fri 2027-02-12 · Spring Fest"))
        #expect(!text.contains("2026-12-23"), "an ordinary day without visits gets no heading")
    }

    @Test func aMakeUpWorkingDayIsListedInTheAgenda() {
        var state = Fixtures.state()
        Fixtures.press("3 A", &state)
        SlotNavigation.selectDay(LocalDate(year: 2026, month: 2, day: 10), &state)
        let text = render(state).text
        #expect(text.contains("Sat 2026-02-14 · Make-up working day (Spring"))
        #expect(text.contains("Sun 2026-02-15 – Mon 2026-02-23 · Spring Fe"), "one line for the break")
        #expect(text.contains("Sat 2026-02-28 · Make-up working day (Spring"))
        expectExactWidths(render(state))
    }
}
