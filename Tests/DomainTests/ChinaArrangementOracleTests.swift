import Testing
@testable import VisitDeskDomain

/// China's announced days off and make-up working days against Python's `holidays` package, which
/// lists the State Council's arrangements as "Day off (substituted from MM/DD/YYYY)": the date
/// there is the make-up working day.
@Suite struct ChinaArrangementOracleTests {
    static let years = 2020...2026

    /// `off|DATE` for every day the package lists, `work|DATE` for every make-up working day it names.
    static func pythonLines() throws -> [String] {
        let script = """
        import re, holidays
        for y in range(\(years.lowerBound), \(years.upperBound + 1)):
            cn = holidays.country_holidays('CN', years=y, language='en_US')
            for d in sorted(cn):
                print('off', d, sep='|')
                for n in cn.get_list(d):
                    for m, dd, yy in re.findall(r'substituted from (\\d\\d)/(\\d\\d)/(\\d{4})', n):
                        print('work', f'{yy}-{m}-{dd}', sep='|')
        """
        return try PythonOracle.run(script).split(separator: "\n").map(String.init)
    }

    @Test func everyDayOffAndMakeUpWorkdayOf2020To2026AgreesWithPythonHolidays() throws {
        let python = try Self.pythonLines()
        let pythonOff = Set(python.filter { $0.hasPrefix("off|") }.map { String($0.dropFirst(4)) })
        let pythonWork = Set(python.filter { $0.hasPrefix("work|") }.map { String($0.dropFirst(5)) })
        #expect(pythonOff.count > 100)
        #expect(pythonWork.count > 30)

        var oursOff = Set<String>()
        var oursWork = Set<String>()
        for year in Self.years {
            #expect(HolidayCalendar.chinaArrangement(year: year) != nil, "no arrangement for \(year)")
            for holiday in HolidayCalendar.holidays(year: year, country: .china) {
                if holiday.kind == .workday { oursWork.insert(holiday.date.description) }
                if holiday.isDayOff { oursOff.insert(holiday.date.description) }
                // Every listed day agrees with the day lookup the views and warnings use.
                #expect(HolidayCalendar.isChinaDayOff(holiday.date) == holiday.isDayOff || holiday.kind == .observance)
            }
        }
        // Every day the package lists is a day off here, and every make-up working day a workday.
        #expect(pythonOff.subtracting(oursOff).sorted() == [])
        #expect(pythonWork.subtracting(oursWork).sorted() == [])
        #expect(oursWork.subtracting(pythonWork).sorted() == [])
        // The package lists a break's weekend days only when they are holidays themselves; on
        // Monday to Friday the two lists must be the same.
        let oursWeekdaysOff = oursOff.filter { LocalDate(iso: $0)!.isoWeekday <= 5 }
        #expect(oursWeekdaysOff.subtracting(pythonOff).sorted() == [])
    }

    @Test func aYearWithoutANoticeFallsBackToTheStatutoryRulesAndSaysSo() {
        #expect(HolidayCalendar.chinaArrangement(year: 2019) == nil)
        let golden = HolidayCalendar.chinaDay(on: LocalDate(year: 2031, month: 10, day: 6))
        #expect(golden?.kind == .dayOff)
        #expect(golden?.period.isEstimated == true)
        #expect(golden?.period.periodText.contains("expected") == true)
        #expect(!HolidayCalendar.holidays(year: 2031, country: .china).contains { $0.kind == .workday })
    }

    @Test func theTwo2026BreaksTheIssueNames() {
        let spring = HolidayCalendar.chinaDay(on: LocalDate(year: 2026, month: 2, day: 20))
        #expect(spring?.period.periodText == "Spring Festival holiday, 15–23 February")
        #expect(HolidayCalendar.isChinaWorkday(LocalDate(year: 2026, month: 2, day: 14)))
        #expect(HolidayCalendar.isChinaWorkday(LocalDate(year: 2026, month: 2, day: 28)))
        #expect(HolidayCalendar.chinaDay(on: LocalDate(year: 2026, month: 10, day: 5))?.period.periodText == "National Day holiday, 1–7 October")
        #expect(!HolidayCalendar.isChinaDayOff(LocalDate(year: 2026, month: 10, day: 8)))
        // New Year 2023's break began on the last Saturday of 2022.
        #expect(HolidayCalendar.chinaDay(on: LocalDate(year: 2022, month: 12, day: 31))?.period.spanText == "31 December 2022 – 2 January")
    }
}
