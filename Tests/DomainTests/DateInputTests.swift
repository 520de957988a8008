import Testing
@testable import VisitDeskDomain

/// What people type for a date in the `:` prompt and the date fields, in the three languages.
/// Today is Wednesday 25 November 2026 (ISO week 48).
@Suite struct DateInputTests {
    static let today = LocalDate(year: 2026, month: 11, day: 25)

    @Test(arguments: [
        // Full dates, however written.
        ("2027-01-14", "2027-01-14"), ("2027-1-14", "2027-01-14"), ("20270114", "2027-01-14"),
        ("14/1/2027", "2027-01-14"), ("14.1.2027", "2027-01-14"), ("14/1/27", "2027-01-14"),
        ("2027年1月14日", "2027-01-14"), (" 2027-01-14 ", "2027-01-14"), ("２０２７－０１－１４", "2027-01-14"),
        // Day and month: the next one from today.
        ("14/1", "2027-01-14"), ("14.1", "2027-01-14"), ("14.1.", "2027-01-14"), ("1月14日", "2027-01-14"),
        ("1月14号", "2027-01-14"), ("30/11", "2026-11-30"), ("25.11", "2026-11-25"), ("24.11", "2027-11-24"),
        ("29/2", "2028-02-29"), ("12月24日", "2026-12-24"),
        // Words.
        ("today", "2026-11-25"), ("idag", "2026-11-25"), ("今天", "2026-11-25"),
        ("tomorrow", "2026-11-26"), ("imorgon", "2026-11-26"), ("i morgon", "2026-11-26"), ("明天", "2026-11-26"),
        ("Tomorrow", "2026-11-26"), ("igår", "2026-11-24"), ("后天", "2026-11-27"),
        // Weekdays: this week's while ahead, today if it is one, else next week's.
        ("friday", "2026-11-27"), ("fri", "2026-11-27"), ("fredag", "2026-11-27"), ("fre", "2026-11-27"),
        ("周五", "2026-11-27"), ("星期五", "2026-11-27"), ("wednesday", "2026-11-25"), ("ons", "2026-11-25"),
        ("monday", "2026-11-30"), ("måndag", "2026-11-30"), ("星期一", "2026-11-30"), ("Sön", "2026-11-29"),
        ("星期天", "2026-11-29"), ("周日", "2026-11-29"), ("tors", "2026-11-26"), ("下周五", "2026-12-04"),
        // From today.
        ("+3d", "2026-11-28"), ("+3", "2026-11-28"), ("-1d", "2026-11-24"), ("+1w", "2026-12-02"), ("+2v", "2026-12-09"),
        ("+1m", "2026-12-25"), ("+3m", "2027-02-25"), ("-1m", "2026-10-25"), ("+1y", "2027-11-25"),
        // ISO weeks: this year's while not over, else next year's.
        ("w12", "2027-03-22"), ("v12", "2027-03-22"), ("第12周", "2027-03-22"), ("week 12", "2027-03-22"),
        ("vecka 12", "2027-03-22"), ("W12", "2027-03-22"), ("w48", "2026-11-23"), ("w49", "2026-11-30"),
        ("w53", "2026-12-28"), ("2027-w12", "2027-03-22"), ("2026w1", "2025-12-29"), ("第 12 周", "2027-03-22"),
    ])
    func readsWhatPeopleType(text: String, expected: String) {
        #expect(DateInput.parse(text, today: Self.today)?.description == expected, "`\(text)`")
    }

    @Test(arguments: [
        "", "31/2", "2027-02-30", "2027-13-01", "20271301", "14/1/202", "1月32日", "13月1日", "w0", "w54", "2027-w53",
        "第周", "+", "+3x", "+99999d", "someday", "fredagen", "14//1", "14/1/2027/1", "-", "下周八", "v", "2027年",
    ])
    func refusesWhatIsNoDate(text: String) {
        #expect(DateInput.parse(text, today: Self.today) == nil, "`\(text)` gave \(String(describing: DateInput.parse(text, today: Self.today)))")
    }

    /// A Monday today: `monday` is today, `w48` this week, and a month from 31 January is the end of February.
    @Test func edgesOfWeeksAndMonths() {
        let monday = LocalDate(year: 2026, month: 11, day: 23)
        #expect(DateInput.parse("måndag", today: monday) == monday)
        #expect(DateInput.parse("söndag", today: monday) == LocalDate(year: 2026, month: 11, day: 29))
        #expect(DateInput.parse("+1m", today: LocalDate(year: 2027, month: 1, day: 31))?.month == 2)
        #expect(DateInput.parse("w1", today: LocalDate(year: 2026, month: 12, day: 30)) == LocalDate(year: 2027, month: 1, day: 4))
    }
}
