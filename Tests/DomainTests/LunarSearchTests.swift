import Testing
@testable import VisitDeskDomain

/// The lunar search leaps over days it can prove are not the wanted date; these check that it
/// finds exactly what a day-by-day scan finds.
@Suite struct LunarSearchTests {
    /// The plain scan the search replaced: every day in the window, in order.
    func scanned(month: Int, day: Int, from start: LocalDate, within days: Int) -> LocalDate? {
        for offset in 0..<days {
            let candidate = start.adding(days: offset)
            guard let lunar = LunarCalendar.lunarDate(of: candidate) else { return nil }
            if lunar.month == month && lunar.day == day && !lunar.isLeapMonth { return candidate }
        }
        return nil
    }

    @Test func newYearsAndFestivalsEqualTheScanFrom1900To2100() {
        for year in stride(from: 1900, through: 2100, by: 1) {
            let january20 = LocalDate(year: year, month: 1, day: 20)
            let newYear = LunarCalendar.find(month: 1, day: 1, from: january20, within: 33)
            #expect(newYear == scanned(month: 1, day: 1, from: january20, within: 33), "new year \(year)")
            guard let newYear, year % 4 == 0 else { continue }
            // Dragon Boat and Mid-Autumn from the day after new year, the way `date` starts them,
            // and from new year itself for the last days of a month (the 29th and 30th).
            for (month, day) in [(5, 5), (8, 15), (12, 30), (6, 29)] {
                let earliest = newYear.adding(days: (month - 1) * 29 + day - 1)
                #expect(LunarCalendar.find(month: month, day: day, from: earliest, within: 65) == scanned(month: month, day: day, from: earliest, within: 65), "\(month)/\(day) in \(year)")
            }
        }
    }

    @Test func aDateAlreadyPassedIsNotFoundInTheWindow() {
        // From the Mid-Autumn festival of 2027 (lunar 8/15), 8/14 is a year away.
        let midAutumn = LocalDate(year: 2027, month: 9, day: 15)
        #expect(LunarCalendar.find(month: 8, day: 14, from: midAutumn, within: 65) == nil)
        #expect(LunarCalendar.find(month: 8, day: 15, from: midAutumn, within: 1) == midAutumn)
    }

    @Test func theLeapIsALowerBound() {
        // Lunar 12/10 to 1/1: at least 29 - 10 + 1 = 20 days; a leap month's own number is behind.
        #expect(LunarCalendar.leapAhead(from: (12, 10, false), toMonth: 1, day: 1) == 20)
        #expect(LunarCalendar.leapAhead(from: (4, 10, true), toMonth: 4, day: 20) == 1)
        #expect(LunarCalendar.leapAhead(from: (4, 10, false), toMonth: 4, day: 20) == 10)
        #expect(LunarCalendar.leapAhead(from: (4, 20, false), toMonth: 4, day: 10) == 1)
    }
}
