/// What one day is in China's working calendar: a statutory holiday, another day off of a break,
/// or a make-up working day, with the break it belongs to.
public struct ChinaDay: Hashable, Sendable {
    public var kind: HolidayKind
    public var period: ChinaBreak

    public var isDayOff: Bool { kind == .holiday || kind == .dayOff }
}

/// One year of China's calendar: the statutory holidays (`ChineseHolidays`) laid over the
/// State Council's arrangement for the year, or, for a year without one, over the breaks the
/// statutory rules lead us to expect (Spring Festival from the eve to the seventh day, 1–7 October).
struct ChinaYear {
    var holidays: [Holiday]
    var days: [Int: ChinaDay]
    var arrangement: ChinaArrangement?

    /// `arrangement` answers a year's arrangement, from the store's `holidays.toml` or built in.
    init(year: Int, arrangement: (Int) -> ChinaArrangement?) {
        var list = ChineseHolidays.holidays(year: year)
        self.arrangement = arrangement(year)
        // A break can begin in the year before the notice's (New Year 2023 began on 31 December 2022).
        let neighbours = [year - 1, year + 1].compactMap(arrangement).flatMap(\.breaks)
        let breaks = (self.arrangement?.breaks ?? Self.expectedBreaks(year: year, statutory: list)) + neighbours
        var days: [Int: ChinaDay] = [:]
        for period in breaks {
            for date in period.days where date.year == year && days[date.dayNumber] == nil {
                if list.contains(where: { $0.date == date && $0.isDayOff }) {
                    days[date.dayNumber] = ChinaDay(kind: .holiday, period: period)
                    continue
                }
                days[date.dayNumber] = ChinaDay(kind: .dayOff, period: period)
                if let listed = list.firstIndex(where: { $0.date == date }) {
                    // The Spring Festival eve in a year the law left it out, given off by the notice.
                    list[listed].isDayOff = true
                    list[listed].kind = .dayOff
                } else {
                    let expected = period.isEstimated ? " (expected)" : ""
                    list.append(Holiday(date: date, country: .china, name: period.festival.breakName + expected,
                                        localName: period.festival.localBreakName, isDayOff: true, kind: .dayOff))
                }
            }
        }
        for period in breaks {
            for date in period.workdays where date.year == year && days[date.dayNumber] == nil {
                days[date.dayNumber] = ChinaDay(kind: .workday, period: period)
                list.append(Holiday(date: date, country: .china, name: "Make-up working day (\(period.festival.breakName))",
                                    localName: "调休上班", isDayOff: false, kind: .workday))
            }
        }
        // Statutory days off that no break covers (a store file that left a festival out): each
        // run of a festival's days is its own break.
        let uncovered = list.filter { $0.isDayOff && days[$0.date.dayNumber] == nil }
        for holiday in uncovered where days[holiday.date.dayNumber] == nil {
            let festival = ChinaFestival.allCases.first { $0.statutoryNames.contains(holiday.name) } ?? .newYear
            var last = holiday.date
            while uncovered.contains(where: { $0.date == last.adding(days: 1) && festival.statutoryNames.contains($0.name) }) {
                last = last.adding(days: 1)
            }
            let period = ChinaBreak(festival, from: holiday.date, to: last, isEstimated: self.arrangement == nil)
            for date in period.days { days[date.dayNumber] = ChinaDay(kind: .holiday, period: period) }
        }
        self.days = days
        holidays = list.sorted { $0.date < $1.date }
    }

    /// The breaks to expect in a year without a notice: each festival's statutory days off, the
    /// Spring Festival from the eve to the seventh day and National Day's week, 1–7 October.
    static func expectedBreaks(year: Int, statutory: [Holiday]) -> [ChinaBreak] {
        var breaks: [ChinaBreak] = []
        if let newYear = LunarCalendar.newYear(in: year) {
            breaks.append(ChinaBreak(.springFestival, from: newYear.adding(days: -1), to: newYear.adding(days: 6), isEstimated: true))
        }
        breaks.append(ChinaBreak(.nationalDay, from: LocalDate(year: year, month: 10, day: 1), to: LocalDate(year: year, month: 10, day: 7),
                                 isEstimated: true))
        for festival in [ChinaFestival.newYear, .qingming, .labourDay, .dragonBoat, .midAutumn] {
            let dates = statutory.filter { $0.isDayOff && festival.statutoryNames.contains($0.name) }.map(\.date)
            if let first = dates.min(), let last = dates.max() {
                breaks.append(ChinaBreak(festival, from: first, to: last, isEstimated: true))
            }
        }
        return breaks
    }
}
