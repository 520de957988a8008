import Foundation
import Testing
@testable import VisitDeskDomain
@testable import VisitDeskStore

/// `holidays.toml`: a coordinator adds the State Council's arrangement for a year VisitDesk does not
/// know yet; mistakes are reported with their line and never replace the built-in calendar.
@Suite struct HolidayFileTests {
    static let year2027 = """
    # From the notice published in the autumn of 2026.
    [[china]]
    year = 2027
    source = "国务院办公厅关于2027年部分节假日安排的通知"

    [[china.days]]
    holiday = "spring-festival"
    kind = "day-off"
    from = 2027-02-05
    to = 2027-02-13

    [[china.days]]
    holiday = "spring-festival"
    kind = "workday"
    from = "2027-02-14"

    [[china.days]]
    holiday = "new-year"
    kind = "day-off"
    from = 2026-12-31
    to = 2027-01-02
    """

    func read(_ text: String) -> HolidayFile.Outcome { HolidayFile.read(Array(text.utf8)) }

    @Test func aYearFromTheFileBecomesTheCalendarOfThatYear() throws {
        let outcome = read(Self.year2027)
        #expect(outcome.problems == [])
        let arrangement = try #require(outcome.arrangements.first)
        #expect(arrangement.year == 2027 && arrangement.source.contains("2027年"))
        let byYear = [2027: arrangement]
        let year = ChinaYear(year: 2027, arrangement: { byYear[$0] })
        func day(_ iso: String) -> ChinaDay? { year.days[LocalDate(iso: iso)!.dayNumber] }
        #expect(day("2027-02-12")?.kind == .dayOff)
        #expect(day("2027-02-12")?.period.periodText == "Spring Festival holiday, 5–13 February")
        #expect(day("2027-02-06")?.kind == .holiday)
        #expect(day("2027-02-14")?.kind == .workday)
        #expect(day("2027-02-15") == nil)
        #expect(day("2027-01-02")?.kind == .dayOff)
        // The file names no National Day break: the statutory days stay, nothing is guessed around them.
        #expect(day("2027-10-01")?.kind == .holiday)
        #expect(day("2027-10-02")?.period.periodText == "National Day holiday, 1–3 October")
        #expect(day("2027-10-05") == nil)
        // The New Year break reaches back into 2026's table.
        let before = ChinaYear(year: 2026, arrangement: { byYear[$0] })
        #expect(before.days[LocalDate(iso: "2026-12-31")!.dayNumber]?.kind == .dayOff)
    }

    @Test(arguments: [
        ("kind = \"holiday-ish\"\nfrom = 2027-10-01", "unknown kind `holiday-ish`", 7),
        ("kind = \"day-off\"\nfrom = 2028-02-05", "2028-02-05 is not in 2027", 8),
        ("kind = \"day-off\"\nfrom = 2027-10-07\nto = 2027-10-01", "is before `from`", 9),
        ("kind = \"day-off\"\nfrom = \"1 Oct\"", "`from` should be a date like 2027-02-05", 8),
    ])
    func aBadEntryNamesItsLineAndKeepsTheBuiltInYear(entry: String, message: String, line: Int) {
        let outcome = read("[[china]]\nyear = 2027\nsource = \"notice\"\n\n[[china.days]]\nholiday = \"national-day\"\n" + entry + "\n")
        let problem = outcome.problems.first { $0.message.contains(message) }
        #expect(problem?.line == line, "\(outcome.problems)")
        #expect(problem?.severity == .error)
        #expect(outcome.arrangements == [])
        #expect(outcome.problems.contains { $0.message.contains("keeps its built-in calendar for 2027") })
    }

    @Test func aDateThatIsBothADayOffAndAWorkdayIsAnError() {
        let outcome = read(Self.year2027 + """


        [[china.days]]
        holiday = "spring-festival"
        kind = "workday"
        from = 2027-02-08
        """)
        let problem = outcome.problems.first { $0.message.contains("2027-02-08 is both a workday here and a day off at line 6") }
        #expect(problem?.line == 23, "\(outcome.problems)")
        #expect(outcome.arrangements == [])
    }

    /// The example in docs/store-format.md is what people copy: it must read without a problem.
    @Test func theDocumentedExampleReadsCleanly() throws {
        let markdown = try String(contentsOfFile: DemoDocExamplesTests.docPath, encoding: .utf8)
        let example = try #require(DemoDocExamplesTests.tomlBlocks(in: markdown).first { $0.contains("[[china]]") })
        let outcome = read(example)
        #expect(outcome.problems == [])
        #expect(outcome.arrangements.first?.breaks.first?.workdays == [LocalDate(year: 2027, month: 2, day: 14)])
    }

    @Test func unknownHolidaysTwiceGivenYearsAndBrokenTOMLAreReported() {
        let unknown = read("[[china]]\nyear = 2027\nsource = \"n\"\n[[china.days]]\nholiday = \"easter\"\nkind = \"day-off\"\nfrom = 2027-03-28\n")
        #expect(unknown.problems.first?.message.hasPrefix("unknown holiday `easter`: use one of new-year, spring-festival") == true)
        #expect(unknown.problems.first?.line == 5)

        let twice = read("[[china]]\nyear = 2027\nsource = \"a\"\n\n[[china]]\nyear = 2027\nsource = \"b\"\n")
        #expect(twice.arrangements.map(\.source) == ["a"])
        #expect(twice.problems.map(\.line) == [5])

        let broken = read("[[china]\nyear = 2027\n")
        #expect(broken.arrangements == [])
        #expect(broken.problems.count == 1 && broken.problems[0].line == 1)
        #expect(broken.problems[0].message.contains("built-in holiday calendar stays in force"))
    }

    /// 3,000 damaged copies of the example (bytes replaced, dropped, doubled): never a crash, every
    /// problem names the file, and a year that has an error is never handed to the calendar.
    @Test func damagedFilesNeverCrashAndNeverInstallAYearWithAnError() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let original = Array(Self.year2027.utf8)
        let alphabet = Array("0123456789-=\"[]{}., \nabcdefghijklmnopqrstuvwxyz#年月日".utf8)
        for _ in 0..<3_000 {
            var bytes = original
            for _ in 0...next(4) {
                let at = next(bytes.count)
                switch next(3) {
                case 0: bytes[at] = alphabet[next(alphabet.count)]
                case 1: bytes.remove(at: at)
                default: bytes.insert(bytes[at], at: at)
                }
            }
            let outcome = HolidayFile.read(bytes)
            #expect(outcome.problems.allSatisfy { $0.file == "holidays.toml" && !$0.message.isEmpty })
            let hasErrors = outcome.problems.contains { $0.severity == .error }
            if hasErrors {
                #expect(outcome.arrangements.allSatisfy { arrangement in
                    !outcome.problems.contains { $0.severity == .error && $0.message.contains("keeps its built-in calendar for \(arrangement.year)") }
                })
            }
            for arrangement in outcome.arrangements {
                for period in arrangement.breaks {
                    #expect(period.first <= period.last && period.workdays.allSatisfy { !period.contains($0) })
                }
            }
        }
    }
}
