import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// The feed read back by programs colleagues really use: Python's `icalendar` (the parser behind
/// many calendar tools) and khal from a vdir. Each test is skipped only when its program is
/// missing; `.ci/run` installs both.
@Suite struct ICalendarInteropTests {
    static let today = LocalDate(year: 2026, month: 11, day: 25)
    static let catalog = DemoStore.catalog(today: today)

    static func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int) -> LocalDateTime {
        LocalDateTime(date: LocalDate(year: y, month: m, day: d), time: LocalTime(hour: h, minute: 0))
    }

    /// Slots on both sides of the 2027 spring change (28 March) and the autumn change (31 October).
    static let dstWeeks = Delegation(
        id: "dst-weeks", title: "Daylight saving group", titleZh: "夏令时代表团", status: .confirmed,
        slots: [
            Slot(start: at(2027, 3, 26, 9), end: at(2027, 3, 26, 10)),
            Slot(start: at(2027, 3, 29, 9), end: at(2027, 3, 29, 10)),
            Slot(start: at(2027, 10, 29, 9), end: at(2027, 10, 29, 10)),
            Slot(start: at(2027, 11, 1, 9), end: at(2027, 11, 1, 10)),
        ])

    static let readEvents = """
    import icalendar, json, sys
    cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
    out = []
    for ev in cal.walk("VEVENT"):
        start = ev.decoded("dtstart")
        out.append({
            "uid": str(ev["uid"]), "summary": str(ev["summary"]),
            "start": start.isoformat(), "utc": start.utcoffset().total_seconds(),
            "tzid": ev["dtstart"].params.get("TZID", ""),
            "location": str(ev.get("location", "")), "description": str(ev.get("description", "")),
            "categories": [str(c) for c in ev["categories"].cats] if "categories" in ev else [],
        })
    zones = [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")]
    print(json.dumps({"events": out, "zones": zones}, ensure_ascii=False))
    """

    static func parsed(_ text: String) throws -> (events: [[String: Any]], zones: [String]) {
        let folder = TemporaryFolder("ics")
        folder.write("visits.ics", text)
        let result = try #require(ExternalTool.python(readEvents, [folder.path + "/visits.ics"]))
        try #require(result.status == 0, "\(result.errors)")
        let json = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        return (json["events"] as? [[String: Any]] ?? [], json["zones"] as? [String] ?? [])
    }

    @Test(.enabled(if: ExternalTool.pythonHas("icalendar")))
    func pythonIcalendarReadsTheDemoFeed() throws {
        let text = ICalendarExport.calendar(
            delegations: Self.catalog.delegations, contacts: Self.catalog.contacts, timeZone: "Europe/Stockholm")
        let (events, zones) = try Self.parsed(text)
        #expect(zones == ["Europe/Stockholm"])
        #expect(events.count == Self.catalog.groups.flatMap(\.slots).count)
        #expect(Set(events.compactMap { $0["uid"] as? String }).count == events.count, "UIDs are unique")

        let first = try #require(events.first { $0["uid"] as? String == "hebei-commerce-waste-water-20261209T090000@visitdesk" })
        #expect(first["summary"] as? String == "Hebei Bureau of Commerce Group (河北省商务厅代表团)")
        #expect(first["start"] as? String == "2026-12-09T09:00:00+01:00")
        #expect(first["tzid"] as? String == "Europe/Stockholm")
        #expect(first["location"] as? String == "Dalarna Science Park, Borlänge")
        #expect((first["description"] as? String)?.contains("Lead: Wang Fang 王芳, +86 138 0013 8000, 0311-8765 4321") == true)
        #expect(first["categories"] as? [String] == ["waste-water", "recycling", "district-heating"])
    }

    @Test(.enabled(if: ExternalTool.pythonHas("icalendar")))
    func pythonIcalendarAgreesOnDaylightSavingWeeks() throws {
        let text = ICalendarExport.calendar(delegations: [Self.dstWeeks], contacts: [], timeZone: "Europe/Stockholm")
        let (events, _) = try Self.parsed(text)
        let offsets = events.compactMap { $0["utc"] as? Double }
        #expect(offsets == [3600, 7200, 7200, 3600])
        #expect(events.first?["summary"] as? String == "Daylight saving group (夏令时代表团)")
    }

    @Test(.enabled(if: ExternalTool.exists("khal")))
    func khalListsTheEventsFromAVdir() throws {
        let folder = TemporaryFolder("khal")
        for file in ICalendarExport.eventFiles(
            delegations: Self.catalog.delegations, contacts: Self.catalog.contacts, timeZone: "Europe/Stockholm") {
            folder.write("vdir/\(file.name)", file.contents)
        }
        folder.write("config", """
            [calendars]
            [[visits]]
            path = \(folder.path)/vdir
            [locale]
            timeformat = %H:%M
            dateformat = %Y-%m-%d
            longdateformat = %Y-%m-%d
            datetimeformat = %Y-%m-%d %H:%M
            longdatetimeformat = %Y-%m-%d %H:%M
            local_timezone = Europe/Stockholm
            default_timezone = Europe/Stockholm
            [sqlite]
            path = \(folder.path)/khal.db

            """)
        let result = try #require(ExternalTool.run(
            "khal", ["-c", folder.path + "/config", "list", "--format", "{start} {end} {title}", "--day-format", "",
                     "2026-11-26", "2027-04-30"],
            environment: ["XDG_DATA_HOME": folder.path, "XDG_CONFIG_HOME": folder.path, "TZ": "Europe/Stockholm"]))
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.output.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        let upcoming = Self.catalog.delegations.filter { $0.status == .confirmed }.flatMap(\.slots)
        // khal lists a multi-day slot under each of its days: count distinct events.
        #expect(Set(lines).count == upcoming.count, "\(result.output)\(result.errors)")
        #expect(lines.count > upcoming.count, "the three-day Suzhou slot shows on each day")
        #expect(lines.contains("2026-12-09 09:00 2026-12-09 10:30 Hebei Bureau of Commerce Group (河北省商务厅代表团)"))
        #expect(lines.contains { $0.hasSuffix("Guangdong Camping and RV Association (广东省房车露营协会考察团)") })
    }
}
