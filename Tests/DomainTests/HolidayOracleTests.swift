import Testing
@testable import VisitDeskDomain

/// Our computed holidays against Python's `holidays` package, an independent implementation.
@Suite struct HolidayOracleTests {
    /// Python's English names mapped to ours, for the Chinese days both lists define.
    static let chineseKeys = [
        "New Year's Day": "New Year's Day",
        "Chinese New Year (Spring Festival)": "Spring Festival",
        "Tomb-Sweeping Day": "Qingming Festival",
        "Labor Day": "Labour Day",
        "Dragon Boat Festival": "Dragon Boat Festival",
        "Mid-Autumn Festival": "Mid-Autumn Festival",
        "National Day": "National Day",
    ]

    /// `COUNTRY YEAR DATE NAME` lines; for China only the first day of each festival, since the
    /// package also lists the State Council's swapped days, which are not predictable.
    static func pythonLines(years: ClosedRange<Int>) throws -> [String] {
        let script = """
        import holidays
        for y in range(\(years.lowerBound), \(years.upperBound + 1)):
            se = holidays.country_holidays('SE', years=y, language='en_US', categories=('public', 'de_facto'))
            for d in sorted(se):
                for n in se.get_list(d):
                    print('SE', y, d, n, sep='|')
            cn = holidays.country_holidays('CN', years=y, language='en_US')
            seen = set()
            for d in sorted(cn):
                for n in cn.get_list(d):
                    if n in \(chineseKeys.keys.sorted()) and n not in seen:
                        seen.add(n)
                        print('CN', y, d, n, sep='|')
        """
        return try PythonOracle.run(script).split(separator: "\n").map(String.init)
    }

    static func oursLines(years: ClosedRange<Int>) -> [String] {
        var lines: [String] = []
        for year in years {
            for holiday in HolidayCalendar.holidays(year: year, country: .sweden) {
                lines.append("SE|\(year)|\(holiday.date)|\(holiday.name)")
            }
            var seen = Set<String>()
            for holiday in HolidayCalendar.holidays(year: year, country: .china)
            where holiday.isDayOff && chineseKeys.values.contains(holiday.name) && seen.insert(holiday.name).inserted {
                lines.append("CN|\(year)|\(holiday.date)|\(holiday.name)")
            }
        }
        return lines
    }

    @Test func agreesWithPythonHolidaysFor2020To2035() throws {
        let python = try Self.pythonLines(years: 2020...2035).map { line -> String in
            guard line.hasPrefix("CN|") else { return line }
            let parts = line.split(separator: "|").map(String.init)
            return "CN|\(parts[1])|\(parts[2])|\(Self.chineseKeys[parts[3]] ?? parts[3])"
        }
        let ours = Self.oursLines(years: 2020...2035)
        #expect(python.count > 16 * 20)
        #expect(Set(ours).subtracting(python).sorted() == [])
        #expect(Set(python).subtracting(ours).sorted() == [])
    }

    /// Wider range: the Swedish rule changes of 2005 and the lunar and solar-term dates far ahead.
    /// The package says its Qingming rule holds for 1901-2099 only, so 2100 is checked by hand.
    @Test func agreesWithPythonHolidaysFor1990To2099() throws {
        let python = try Self.pythonLines(years: 1990...2099).map { line -> String in
            guard line.hasPrefix("CN|") else { return line }
            let parts = line.split(separator: "|").map(String.init)
            return "CN|\(parts[1])|\(parts[2])|\(Self.chineseKeys[parts[3]] ?? parts[3])"
        }
        let ours = Set(Self.oursLines(years: 1990...2099))
        let missing = python.filter { !ours.contains($0) }
        #expect(missing == [])
    }
}
