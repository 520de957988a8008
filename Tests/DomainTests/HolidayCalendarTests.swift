import Testing
@testable import VisitDeskDomain

@Suite struct HolidayCalendarTests {
    func date(_ text: String) -> LocalDate { LocalDate(iso: text)! }

    func dates(_ year: Int, _ country: Country, named name: String) -> [LocalDate] {
        HolidayCalendar.holidays(year: year, country: country).filter { $0.name == name }.map(\.date)
    }

    @Test func handCheckedDates() {
        #expect(Easter.sunday(year: 2024) == date("2024-03-31"))
        #expect(dates(2024, .sweden, named: "Easter Sunday") == [date("2024-03-31")])
        #expect(dates(2027, .sweden, named: "Midsummer Eve") == [date("2027-06-25")])
        #expect(dates(2027, .china, named: "Spring Festival").first == date("2027-02-06"))
        #expect(dates(2026, .china, named: "Qingming Festival") == [date("2026-04-05")])
        #expect(dates(2027, .china, named: "Qingming Festival") == [date("2027-04-05")])
        #expect(dates(2027, .china, named: "Mid-Autumn Festival") == [date("2027-09-15")])
        // 2100 is not a leap year, which pushes Qingming a day later than in 2096 (April 4).
        #expect(dates(2096, .china, named: "Qingming Festival") == [date("2096-04-04")])
        #expect(dates(2100, .china, named: "Qingming Festival") == [date("2100-04-05")])
    }

    @Test func swedishNamesAreTheOnesSwedesUse() {
        let names = HolidayCalendar.holidays(year: 2027, country: .sweden).map(\.localName)
        #expect(names == [
            "Nyårsdagen", "Trettondedag jul", "Långfredagen", "Påskdagen", "Annandag påsk", "Första maj",
            "Kristi himmelsfärdsdag", "Pingstdagen", "Sveriges nationaldag", "Midsommarafton",
            "Midsommardagen", "Alla helgons dag", "Julafton", "Juldagen", "Annandag jul", "Nyårsafton",
        ])
    }

    @Test func movableSwedishDaysKeepTheirWeekdayInEveryYear() {
        for year in HolidayCalendar.supportedYears {
            let list = HolidayCalendar.holidays(year: year, country: .sweden)
            func only(_ name: String) -> LocalDate? { list.first { $0.name == name }?.date }
            guard let eve = only("Midsummer Eve"), let allSaints = only("All Saints' Day"),
                  let easter = only("Easter Sunday") else {
                Issue.record("missing a movable day in \(year)")
                continue
            }
            #expect(eve.isoWeekday == 5 && eve.month == 6 && (19...25).contains(eve.day))
            #expect(only("Midsummer Day") == eve.adding(days: 1))
            #expect(allSaints.isoWeekday == 6 && allSaints >= date("\(year)-10-31") && allSaints <= date("\(year)-11-06"))
            #expect(easter.isoWeekday == 7 && easter >= date("\(year)-03-22") && easter <= date("\(year)-04-25"))
            #expect(list.allSatisfy { $0.date.year == year && $0.isDayOff })
        }
    }

    @Test func chineseFestivalsFallInTheirSeasonInEveryYear() {
        for year in HolidayCalendar.supportedYears {
            let list = HolidayCalendar.holidays(year: year, country: .china)
            func first(_ name: String) -> LocalDate? { list.first { $0.name == name }?.date }
            guard let newYear = first("Spring Festival"), let qingming = first("Qingming Festival"),
                  let dragon = first("Dragon Boat Festival"), let midAutumn = first("Mid-Autumn Festival") else {
                Issue.record("missing a festival in \(year)")
                continue
            }
            #expect(newYear >= date("\(year)-01-21") && newYear <= date("\(year)-02-20"))
            #expect(qingming.month == 4 && (4...6).contains(qingming.day))
            #expect(dragon >= date("\(year)-05-25") && dragon <= date("\(year)-06-25"))
            #expect(midAutumn >= date("\(year)-09-07") && midAutumn <= date("\(year)-10-07"))
            #expect(first("Spring Festival Eve") == newYear.adding(days: -1))
        }
    }

    @Test func springFestivalDaysOffFollowTheLawOfEachPeriod() {
        func daysOff(_ year: Int) -> [String] {
            HolidayCalendar.holidays(year: year, country: .china)
                .filter { $0.kind == .holiday && ($0.localName == "春节" || $0.localName == "除夕") }
                .map { "\($0.date)" }
        }
        #expect(daysOff(2027) == ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"])
        #expect(daysOff(2024) == ["2024-02-10", "2024-02-11", "2024-02-12"])
        #expect(daysOff(2010) == ["2010-02-13", "2010-02-14", "2010-02-15"])
        // Labour Day grew to two days in 2025; Qingming became a day off in 2008.
        #expect(dates(2026, .china, named: "Labour Day") == [date("2026-05-01"), date("2026-05-02")])
        #expect(HolidayCalendar.holidays(year: 2005, country: .china).first { $0.name == "Qingming Festival" }?.isDayOff == false)
        #expect(dates(2027, .china, named: "National Day") == [date("2027-10-01"), date("2027-10-02"), date("2027-10-03")])
    }

    @Test func swedenBefore2005HadWhitMondayInsteadOfTheNationalDay() {
        #expect(dates(2004, .sweden, named: "National Day") == [])
        #expect(dates(2004, .sweden, named: "Pentecost Monday") == [date("2004-05-31")])
        #expect(dates(2005, .sweden, named: "Pentecost Monday") == [])
    }

    @Test func oneDayListsBothCountries() {
        let newYear = HolidayCalendar.holidays(on: date("2027-01-01"))
        #expect(newYear.map(\.country) == [.sweden, .china])
        #expect(newYear.map(\.localName) == ["Nyårsdagen", "元旦"])
        #expect(HolidayCalendar.holidays(on: date("2027-03-03")) == [])
        #expect(HolidayCalendar.isSwedishDayOff(date("2027-12-24")))
        #expect(!HolidayCalendar.isSwedishDayOff(date("2027-10-01")))
    }

    @Test func springFestivalPeriodRunsFromTheEveToTheSeventhDay() {
        // Lunar new year 2027 is 6 February: eve 5 February, 7th day 12 February.
        #expect(!HolidayCalendar.isSpringFestivalPeriod(date("2027-02-04")))
        #expect(HolidayCalendar.isSpringFestivalPeriod(date("2027-02-05")))
        #expect(HolidayCalendar.isSpringFestivalPeriod(date("2027-02-12")))
        #expect(!HolidayCalendar.isSpringFestivalPeriod(date("2027-02-13")))
        #expect(!HolidayCalendar.isSpringFestivalPeriod(date("2027-07-01")))
    }

    @Test func yearsFarOutsideTheGregorianCalendarGiveNoHolidaysRatherThanNonsense() {
        #expect(HolidayCalendar.holidays(year: -40, country: .sweden) == [])
        #expect(HolidayCalendar.holidays(on: LocalDate(year: 20_000, month: 1, day: 1)) == [])
        #expect(!HolidayCalendar.isSpringFestivalPeriod(LocalDate(year: 0, month: 2, day: 1)))
    }

    @Test func goldenWeekIsTheFirstSevenDaysOfOctober() {
        #expect(HolidayCalendar.isGoldenWeek(date("2027-10-01")))
        #expect(HolidayCalendar.isGoldenWeek(date("2027-10-07")))
        #expect(!HolidayCalendar.isGoldenWeek(date("2027-10-08")))
        #expect(!HolidayCalendar.isGoldenWeek(date("2027-09-30")))
    }

    /// A month view asks for every visible day on every frame: day-by-day lookups over a year must
    /// find exactly the year's holidays, every time (the year is computed once and cached).
    @Test func dayLookupsAgreeWithTheYearList() {
        let start = date("2031-01-01")
        var found = 0
        for _ in 0..<20 {
            for offset in 0..<365 { found += HolidayCalendar.holidays(on: start.adding(days: offset)).count }
        }
        let listed = HolidayCalendar.holidays(year: 2031, country: .sweden).count + HolidayCalendar.holidays(year: 2031, country: .china).count
        #expect(listed > 16 + 13)
        #expect(found == 20 * listed)
    }
}
