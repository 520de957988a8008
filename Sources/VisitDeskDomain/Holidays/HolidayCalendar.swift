import Foundation

/// Public holidays of Sweden and mainland China for any year, and China's working calendar: the
/// State Council's announced breaks and make-up working days where known (built in for 2020–2026,
/// or from a store's `holidays.toml`), the statutory rules elsewhere.
///
/// This is the one calendar the month, week and agenda views, the day-rule warnings and `check`
/// read. A year is computed once (the Chinese one costs a few hundred lunar look-ups) and kept, so
/// every lookup by day is one dictionary read: a month view asks for every cell on each frame.
public enum HolidayCalendar {
    /// The years the rules are written and tested for; other years are computed the same way.
    public static let supportedYears = 1990...2100

    public static func holidays(year: Int, country: Country) -> [Holiday] {
        cache.table(for: year).all.filter { $0.country == country }
    }

    /// Both countries' listed days on one day, Swedish first: holidays, days off and make-up working days.
    public static func holidays(on date: LocalDate) -> [Holiday] {
        cache.table(for: date.year).byDay[date.dayNumber] ?? []
    }

    /// Whether a Swedish public holiday or de-facto day off (Julafton, …) falls on `date`.
    public static func isSwedishDayOff(_ date: LocalDate) -> Bool {
        holidays(on: date).contains { $0.country == .sweden && $0.isDayOff }
    }

    /// What `date` is in China's working calendar; nil for an ordinary weekday or weekend.
    public static func chinaDay(on date: LocalDate) -> ChinaDay? {
        cache.table(for: date.year).china[date.dayNumber]
    }

    public static func isChinaDayOff(_ date: LocalDate) -> Bool { chinaDay(on: date)?.isDayOff ?? false }

    /// A Saturday or Sunday that Chinese offices work to pay for a break.
    public static func isChinaWorkday(_ date: LocalDate) -> Bool { chinaDay(on: date)?.kind == .workday }

    /// The State Council's arrangement `year`'s list follows; nil when none is known and the
    /// statutory rules (with the breaks they lead us to expect) stand in.
    public static func chinaArrangement(year: Int) -> ChinaArrangement? {
        cache.arrangement(for: year)
    }

    /// A day off of the Spring Festival break (announced, or expected from the eve to the seventh day).
    public static func isSpringFestivalPeriod(_ date: LocalDate) -> Bool {
        guard let day = chinaDay(on: date), day.isDayOff else { return false }
        return day.period.festival == .springFestival
    }

    /// A day off of the National Day "Golden Week" (announced, or expected 1–7 October).
    public static func isGoldenWeek(_ date: LocalDate) -> Bool {
        guard let day = chinaDay(on: date), day.isDayOff else { return false }
        return day.period.festival == .nationalDay || day.period.festival == .midAutumnAndNationalDay
    }

    /// Years a store's `holidays.toml` adds or corrects; they take the place of the built-in ones.
    /// Set once when a store opens, before its conflicts are computed.
    public static func useStoreArrangements(_ arrangements: [ChinaArrangement]) {
        cache.replaceStoreArrangements(Dictionary(arrangements.map { ($0.year, $0) }, uniquingKeysWith: { _, last in last }))
    }

    private static let cache = YearCache()
}

/// One year of both countries' holidays, indexed by day.
private struct YearTable: Sendable {
    let all: [Holiday]
    let byDay: [Int: [Holiday]]
    let china: [Int: ChinaDay]

    init(year: Int, arrangement: (Int) -> ChinaArrangement?) {
        // The rules are Gregorian-calendar rules; far outside it there is nothing sensible to say.
        guard (1583...9999).contains(year) else {
            all = []
            byDay = [:]
            china = [:]
            return
        }
        let chinaYear = ChinaYear(year: year, arrangement: arrangement)
        all = SwedishHolidays.holidays(year: year) + chinaYear.holidays
        byDay = Dictionary(grouping: all, by: { $0.date.dayNumber })
        china = chinaYear.days
    }
}

/// Computed years, shared by every caller; the lock is held only to read or store a finished table.
private final class YearCache: @unchecked Sendable {
    private let lock = NSLock()
    private var tables: [Int: YearTable] = [:]
    private var storeArrangements: [Int: ChinaArrangement] = [:]

    func arrangement(for year: Int) -> ChinaArrangement? {
        lock.lock()
        defer { lock.unlock() }
        return storeArrangements[year] ?? ChinaOfficialArrangements.byYear[year]
    }

    func replaceStoreArrangements(_ arrangements: [Int: ChinaArrangement]) {
        lock.lock()
        defer { lock.unlock() }
        guard arrangements != storeArrangements else { return }
        storeArrangements = arrangements
        tables = [:]
    }

    func table(for year: Int) -> YearTable {
        lock.lock()
        let known = tables[year]
        lock.unlock()
        if let known { return known }
        let made = YearTable(year: year, arrangement: arrangement(for:))
        lock.lock()
        tables[year] = made
        lock.unlock()
        return made
    }
}
