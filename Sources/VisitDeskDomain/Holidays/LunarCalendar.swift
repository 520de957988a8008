import Foundation

/// Lunar dates of the Chinese calendar, read from Foundation's `.chinese` calendar in China time.
///
/// Foundation converts a day to its lunar month and day but offers nothing for the reverse, so the
/// reverse is a search over the days where the wanted date can fall (`find`).
enum LunarCalendar {
    private static let chinese: Calendar = {
        var calendar = Calendar(identifier: .chinese)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!
        return calendar
    }()

    /// Month, day and leap flag of a civil day, taken at noon in China.
    static func lunarDate(of date: LocalDate) -> (month: Int, day: Int, isLeapMonth: Bool)? {
        let noonInChina = Date(timeIntervalSince1970: TimeInterval(date.dayNumber * 86_400 + 4 * 3600))
        let parts = chinese.dateComponents([.month, .day, .isLeapMonth], from: noonInChina)
        guard let month = parts.month, let day = parts.day else { return nil }
        return (month, day, parts.isLeapMonth ?? false)
    }

    /// First day of the lunar year that begins in the Gregorian `year` (always 21 Jan – 20 Feb).
    /// Remembered: a year's holidays ask for it four times.
    static func newYear(in year: Int) -> LocalDate? {
        if let known = newYears.known(year) { return known }
        let found = find(month: 1, day: 1, from: LocalDate(year: year, month: 1, day: 20), within: 33)
        newYears.remember(found, for: year)
        return found
    }

    private static let newYears = NewYears()

    private final class NewYears: @unchecked Sendable {
        private let lock = NSLock()
        private var byYear: [Int: LocalDate?] = [:]

        func known(_ year: Int) -> LocalDate?? {
            lock.lock()
            defer { lock.unlock() }
            return byYear[year]
        }

        func remember(_ date: LocalDate?, for year: Int) {
            lock.lock()
            byYear[year] = date
            lock.unlock()
        }
    }

    /// The Gregorian date of lunar `month`/`day` (not a leap month) in the lunar year that begins in
    /// the Gregorian `year`.
    static func date(month: Int, day: Int, inLunarYearStartingIn year: Int) -> LocalDate? {
        guard let newYear = newYear(in: year) else { return nil }
        // Lunar months are 29 or 30 days and one leap month may come before the wanted one.
        let earliest = newYear.adding(days: (month - 1) * 29 + day - 1)
        return find(month: month, day: day, from: earliest, within: 65)
    }

    /// The first day from `start` (within `days` days) whose lunar date is `month`/`day` outside a
    /// leap month. Each look-up is an ICU conversion (~10 µs), and a year's holidays need several
    /// such searches before the first frame, so the search leaps instead of stepping: lunar months
    /// have at least 29 days, so from lunar `m1`/`d1` the wanted `m2`/`d2`, k months on, is at
    /// least 29k + d2 − d1 days away. The leap never passes a match, so the answer is the scan's,
    /// found in two or three look-ups instead of up to 65.
    static func find(month: Int, day: Int, from start: LocalDate, within days: Int) -> LocalDate? {
        var offset = 0
        while offset < days {
            let candidate = start.adding(days: offset)
            guard let lunar = lunarDate(of: candidate) else { return nil }
            if lunar.month == month && lunar.day == day && !lunar.isLeapMonth { return candidate }
            offset += leapAhead(from: lunar, toMonth: month, day: day)
        }
        return nil
    }

    /// A lower bound (at least 1) on the days from a lunar date to the next `month`/`day`.
    static func leapAhead(from lunar: (month: Int, day: Int, isLeapMonth: Bool), toMonth month: Int, day: Int) -> Int {
        // Months ahead, across the year's end; a leap month sits after the month of its number,
        // so from it the same number is behind (the next one is a year away: step by days).
        var monthsAhead = month - lunar.month
        if monthsAhead < 0 { monthsAhead += 12 }
        if monthsAhead == 0 && (lunar.isLeapMonth || day < lunar.day) { return 1 }
        return max(1, 29 * monthsAhead + day - lunar.day)
    }
}
