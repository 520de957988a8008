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

    /// A break's days read as each language writes a span: `15–23 februari 2026`, `2026年2月15日至23日`.
    @Test(arguments: [(Language.sv, "15–23 februari 2026 · "), (.zh, "2026年2月15日至23日 · ")])
    func theBreaksDaysAreASpanInTheLanguage(language: Language, expected: String) {
        var state = Fixtures.state()
        state.language = language
        Fixtures.press("3 A", &state)
        SlotNavigation.selectDay(LocalDate(year: 2026, month: 2, day: 10), &state)
        #expect(render(state).text.contains(expected), "\(render(state).text)")
        expectExactWidths(render(state))
    }

    /// The span inside a warning (`1–7 October`) is written per language too, also when read
    /// back from the English a slot was saved with.
    @Test func aBreaksSpanInAWarningIsInTheLanguage() {
        let day = { (m: Int, d: Int) in LocalDate(year: 2026, month: m, day: d) }
        let spans = [
            (ChinaBreak(.nationalDay, from: day(10, 1), to: day(10, 7)), "1–7 oktober", "10月1日至7日"),
            (ChinaBreak(.springFestival, from: day(1, 24), to: day(2, 2)), "24 januari – 2 februari", "1月24日至2月2日"),
            (ChinaBreak(.newYear, from: LocalDate(year: 2025, month: 12, day: 30), to: day(1, 3)), "30 december 2025 – 3 januari", "2025年12月30日至1月3日"),
            (ChinaBreak(.newYear, from: day(1, 1), to: day(1, 1)), "1 januari", "1月1日"),
        ]
        for (period, swedish, chinese) in spans {
            #expect(Localization.of(.sv).text(period.spanPhrase) == swedish)
            #expect(Localization.of(.zh).text(period.spanPhrase) == chinese)
        }
        let saved = "2026-10-05 is a day off in China (National Day holiday, 1–7 October)"
        #expect(SlotWarnings.shown(saved: saved, .of(.zh)).contains("10月1日至7日"), "\(SlotWarnings.shown(saved: saved, .of(.zh)))")
        #expect(SlotWarnings.shown(saved: saved, .of(.sv)).hasSuffix("1–7 oktober)"))
    }

    /// Every named day of either country has a name in Swedish and in Chinese: the other
    /// country's days are translated, never left in English.
    @Test func everyHolidayIsNamedInEachLanguage() {
        for year in 2019...2028 {
            for country in Country.allCases {
                for holiday in HolidayCalendar.holidays(year: year, country: country) {
                    for language in [Language.sv, .zh] {
                        let name = HolidayNames.name(holiday, .of(language))
                        #expect(name != holiday.name && !name.isEmpty, "\(holiday) in \(language)")
                    }
                }
            }
        }
    }

    /// The calendar's day headings name the other country's days in the language.
    @Test func theAgendaNamesTheOtherCountrysDaysInTheLanguage() {
        var state = Fixtures.state()
        state.language = .zh
        Fixtures.press("3 A", &state)
        SlotNavigation.selectDay(LocalDate(year: 2026, month: 12, day: 20), &state)
        #expect(render(state).text.contains("圣诞节 (SE)"), "\(render(state).text)")
        state.language = .sv
        SlotNavigation.selectDay(LocalDate(year: 2026, month: 2, day: 10), &state)
        #expect(render(state).text.contains("lör 14 februari 2026 · Inarbetningsdag (vårfe"), "\(render(state).text)")
    }
}
