import Foundation
import Testing

/// `visitdesk holidays` and `check` with China's working calendar: kinds per date, the notice a
/// year follows, and a store's `holidays.toml` adding a year or being reported when it is wrong.
@Suite struct HolidaysCLITests {
    /// The inline-table spelling of `[[china.days]]`, which the file accepts too.
    static let notice2027 = """
    [[china]]
    year = 2027
    source = "国务院办公厅关于2027年部分节假日安排的通知"
    days = [
      { holiday = "spring-festival", kind = "day-off", from = 2027-02-05, to = 2027-02-13 },
      { holiday = "spring-festival", kind = "workday", from = 2027-02-14 },
    ]
    """

    /// The table names each day in the language: the country's own name in its own language, the
    /// other's translated; JSON keeps the English names whatever the language.
    @Test func theTableNamesTheDaysInTheLanguage() throws {
        let swedish = try VisitDeskCLI.run(["holidays", "--year", "2026", "--language", "sv"])
        let sv = swedish.stdout.split(separator: "\n").map(String.init)
        #expect(sv.contains { $0.hasPrefix("2026-06-19") && $0.contains("Midsommarafton") }, "\(swedish.stdout)")
        #expect(sv.contains { $0.hasPrefix("2026-02-17") && $0.contains("Vårfesten ") })
        #expect(sv.contains { $0.hasPrefix("2026-02-14") && $0.contains("Inarbetningsdag (vårfestledighet)") })
        let chinese = try VisitDeskCLI.run(["holidays", "--year", "2026", "--language", "zh"])
        let zh = chinese.stdout.split(separator: "\n").map(String.init)
        #expect(zh.contains { $0.hasPrefix("2026-10-01") && $0.contains("CN") && $0.contains("国庆节") })
        #expect(zh.contains { $0.hasPrefix("2026-12-25") && $0.contains("圣诞节") }, "\(chinese.stdout)")
        let json = try VisitDeskCLI.run(["holidays", "--year", "2026", "--format", "json", "--language", "zh"])
        #expect(json.stdout.contains(#""name": "Christmas Day""#) || json.stdout.contains(#""name":"Christmas Day""#))
        #expect(!json.stdout.contains("圣诞节"))
    }

    @Test func theTableAndJSONGiveEachDatesKindAndTheYearsSource() throws {
        let table = try VisitDeskCLI.run(["holidays", "--year", "2026", "--country", "CN"])
        #expect(table.status == 0)
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.contains("kind") == true)
        #expect(lines.contains { $0.hasPrefix("2026-02-14  Sat  CN       workday") })
        #expect(lines.contains { $0.hasPrefix("2026-10-05  Mon  CN       day-off  National Day holiday") })
        #expect(lines.contains { $0.hasPrefix("2026-10-01  Thu  CN       holiday  National Day") })
        #expect(table.stdout.contains("China 2026: State Council General Office notice 国务院办公厅关于2026年部分节假日安排的通知"))

        let json = try VisitDeskCLI.run(["holidays", "--year", "2026", "--format", "json"])
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let kinds = Dictionary(grouping: objects, by: { $0["kind"] as? String ?? "?" }).mapValues(\.count)
        #expect(kinds["workday"] == 6)
        #expect(objects.first { $0["date"] as? String == "2026-12-24" }?["kind"] as? String == "day-off")
        #expect(objects.first { $0["date"] as? String == "2026-02-28" }?["day_off"] as? Bool == false)

        // The last day of 2022 was a day off by 2023's notice, and says so.
        let year2022 = try VisitDeskCLI.run(["holidays", "--year", "2022", "--country", "CN", "--format", "json"])
        let lastDay = try #require(try JSONSerialization.jsonObject(with: Data(year2022.stdout.utf8)) as? [[String: Any]]).last
        #expect(lastDay?["date"] as? String == "2022-12-31")
        #expect((lastDay?["source"] as? String)?.contains("关于2023年部分节假日安排的通知") == true)

        let unknownYear = try VisitDeskCLI.run(["holidays", "--year", "2027", "--country", "CN"])
        #expect(unknownYear.stdout.contains("China 2027: statutory rules only; no State Council notice for 2027 is known"))
        #expect(unknownYear.stdout.contains("National Day holiday (expected)"))
    }

    /// Without `--year` the year is today's, and `--today` pins it like every other command's.
    @Test func withoutAYearTodaysYearIsListed() throws {
        let pinned = try VisitDeskCLI.run(["holidays", "--today", "2025-06-01", "--country", "SE"])
        #expect(pinned.status == 0)
        #expect(pinned.stdout.contains("2025-06-20  Fri  SE"), "\(pinned.stdout)")
        #expect(!pinned.stdout.contains("2026-"))
        let outside = try VisitDeskCLI.run(["holidays", "--today", "2150-01-01"])
        #expect(outside.status != 0)
        #expect(outside.stderr.contains("pass --year"))
    }

    @Test func aStoresHolidaysFileAddsTheNextYearForCheckAndHolidays() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let before = try VisitDeskCLI.run(["check", "--store", store])
        #expect(before.stdout.contains("2027-02-08 is a day off in China (Spring Festival holiday, 5–12 February, expected"))

        try Self.notice2027.write(toFile: store + "/holidays.toml", atomically: true, encoding: .utf8)
        let after = try VisitDeskCLI.run(["check", "--store", store])
        #expect(after.stdout.contains("2027-02-08 is a day off in China (Spring Festival holiday, 5–13 February)"), "\(after.stdout)")
        #expect(!after.stdout.contains("holidays.toml"))
        let listed = try VisitDeskCLI.run(["holidays", "--year", "2027", "--country", "CN", "--store", store])
        #expect(listed.stdout.contains("2027-02-14  Sun  CN       workday"))
        #expect(listed.stdout.contains("China 2027: 国务院办公厅关于2027年部分节假日安排的通知"))
    }

    @Test func aBadHolidaysFileIsReportedByLineAndTheBuiltInCalendarStays() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let bad = Self.notice2027.replacingOccurrences(of: "kind = \"workday\"", with: "kind = \"make-up\"")
        try bad.write(toFile: store + "/holidays.toml", atomically: true, encoding: .utf8)
        let result = try VisitDeskCLI.run(["check", "--store", store])
        #expect(result.status == 1)
        #expect(result.stdout.contains("holidays.toml:6: unknown kind `make-up`: use \"day-off\""), "\(result.stdout)")
        #expect(result.stdout.contains("holidays.toml:1: 2027 is not used until its errors are fixed"))
        #expect(result.stdout.contains("(Spring Festival holiday, 5–12 February, expected"))
    }

    /// The file's problems are phrases: `check` says them in the language, the file and line as they are.
    @Test func aBadHolidaysFileIsReportedInTheLanguage() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let bad = Self.notice2027.replacingOccurrences(of: "kind = \"workday\"", with: "kind = \"make-up\"")
        try bad.write(toFile: store + "/holidays.toml", atomically: true, encoding: .utf8)
        let swedish = try VisitDeskCLI.run(["check", "--store", store, "--language", "sv"])
        #expect(swedish.stdout.contains("holidays.toml:6: okänd sort `make-up`: använd \"day-off\""), "\(swedish.stdout)")
        #expect(swedish.stdout.contains("holidays.toml:1: 2027 används inte förrän felen är rättade"))
        let chinese = try VisitDeskCLI.run(["check", "--store", store, "--language", "zh"])
        #expect(chinese.stdout.contains("holidays.toml:6: 未知的类型 `make-up`"), "\(chinese.stdout)")
        // A file TOML cannot read: the parser's words as they are, the consequence in the language.
        try "[[china]\nyear = 2027\n".write(toFile: store + "/holidays.toml", atomically: true, encoding: .utf8)
        let broken = try VisitDeskCLI.run(["check", "--store", store, "--language", "sv"])
        #expect(broken.stdout.contains("tills det är rättat gäller den inbyggda helgdagskalendern"), "\(broken.stdout)")
    }
}
