import Foundation

/// Public holidays of Sweden and mainland China for any year, computed rather than tabulated.
///
/// A year's list is computed once (the Chinese one costs a few hundred lunar look-ups) and kept, so
/// `holidays(on:)` can be asked for every cell of a month view on each frame.
public enum HolidayCalendar {
    /// The years the rules are written and tested for; other years are computed the same way.
    public static let supportedYears = 1990...2100

    public static func holidays(year: Int, country: Country) -> [Holiday] {
        cache.table(for: year).all.filter { $0.country == country }
    }

    /// Both countries' holidays on one day, Swedish first.
    public static func holidays(on date: LocalDate) -> [Holiday] {
        cache.table(for: date.year).byDay[date.dayNumber] ?? []
    }

    /// Whether a Swedish public holiday or de-facto day off (Julafton, …) falls on `date`.
    public static func isSwedishDayOff(_ date: LocalDate) -> Bool {
        holidays(on: date).contains { $0.country == .sweden && $0.isDayOff }
    }

    /// The Spring Festival season, from the eve to lunar 1/7, when China travels home and offices close.
    public static func isSpringFestivalPeriod(_ date: LocalDate) -> Bool {
        // The lunar new year falls 21 Jan – 20 Feb, so only the season that starts in `date.year` can
        // contain a date in that year.
        guard let newYear = cache.table(for: date.year).springFestival else { return false }
        let offset = newYear.days(until: date)
        return (-1...6).contains(offset)
    }

    /// The National Day "Golden Week", 1–7 October.
    public static func isGoldenWeek(_ date: LocalDate) -> Bool {
        date.month == 10 && (1...7).contains(date.day)
    }

    private static let cache = YearCache()
}

/// One year of both countries' holidays, indexed by day.
private struct YearTable: Sendable {
    let all: [Holiday]
    let byDay: [Int: [Holiday]]
    let springFestival: LocalDate?

    init(year: Int) {
        // The rules are Gregorian-calendar rules; far outside it there is nothing sensible to say.
        guard (1583...9999).contains(year) else {
            all = []
            byDay = [:]
            springFestival = nil
            return
        }
        all = SwedishHolidays.holidays(year: year) + ChineseHolidays.holidays(year: year)
        byDay = Dictionary(grouping: all, by: { $0.date.dayNumber })
        springFestival = LunarCalendar.newYear(in: year)
    }
}

/// Computed years, shared by every caller; the lock is held only to read or store a finished table.
private final class YearCache: @unchecked Sendable {
    private let lock = NSLock()
    private var tables: [Int: YearTable] = [:]

    func table(for year: Int) -> YearTable {
        lock.lock()
        let known = tables[year]
        lock.unlock()
        if let known { return known }
        let made = YearTable(year: year)
        lock.lock()
        tables[year] = made
        lock.unlock()
        return made
    }
}
