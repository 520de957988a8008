import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// What a calendar program needs from the feed: valid lines, the right times, readable text.
@Suite struct ICalendarExportTests {
    static func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int, _ min: Int = 0) -> LocalDateTime {
        LocalDateTime(date: LocalDate(year: y, month: m, day: d), time: LocalTime(hour: h, minute: min))
    }

    static let hebei = Delegation(
        id: "hebei-2027", title: "Hebei Bureau of Commerce Group", titleZh: "河北省商务厅代表团", status: .confirmed,
        origin: "Shijiazhuang, Hebei", received: LocalDate(year: 2027, month: 1, day: 18), size: 14,
        interests: ["waste-water", "recycling"], lead: "wang-fang", owner: "lina-berg",
        slots: [
            Slot(start: at(2027, 3, 9, 9), end: at(2027, 3, 9, 10, 30), place: "Dalarna Science Park, Borlänge",
                 host: "asa-oberg", topic: "Welcome; overview, region\\history"),
            Slot(start: at(2027, 7, 1, 13), end: at(2027, 7, 1, 15), place: "Fagersta plant", host: "ghost", topic: "Safari"),
        ])
    static let contacts = [
        Contact(id: "wang-fang", name: "Wang Fang", nameZh: "王芳", phones: ["+86 138 0013 8000", "0311-8765 4321"]),
        Contact(id: "asa-oberg", name: "Åsa Öberg", phones: ["+46 72 039 01 72"]),
        Contact(id: "lina-berg", name: "Lina Berg", phones: ["072-039 01 71"]),
    ]
    static let request = Delegation(id: "not-yet", title: "Request", status: .reviewing,
                                    slots: [Slot(start: at(2027, 3, 1, 9), end: at(2027, 3, 1, 10))])

    static func export(_ zone: String = "Europe/Stockholm") -> String {
        ICalendarExport.calendar(delegations: [hebei, request], contacts: contacts, timeZone: zone)
    }

    /// The logical lines, unfolded as a reader does.
    static func unfolded(_ text: String) -> [String] {
        text.replacing("\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    /// A catalog's people come in id order and are found by a binary search; any other order
    /// through a table. Both must name the same people in the same events.
    @Test func peopleInIDOrderOrNotGiveTheSameFeed() {
        let sorted = Self.contacts.sorted { $0.id < $1.id } + [Contact(id: "zz-unnamed", name: "Nobody Named")]
        let inOrder = ICalendarExport.calendar(delegations: [Self.hebei, Self.request], contacts: sorted, timeZone: "Europe/Stockholm")
        #expect(inOrder == Self.export())
        #expect(inOrder.contains("Wang Fang") && inOrder.contains("Åsa Öberg"))
        #expect(!inOrder.contains("Nobody Named"))
    }

    @Test func everyLineEndsInCRLFAndFitsIn75Octets() {
        let text = Self.export()
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!text.replacing("\r\n", with: "").contains("\n"), "no bare LF")
        for physical in text.components(separatedBy: "\r\n") {
            #expect(physical.utf8.count <= 75, "\(physical)")
        }
    }

    @Test func foldingNeverSplitsAUTF8Sequence() {
        let long = String(repeating: "河北省商务厅代表团", count: 12)
        let folded = ContentLine.line("SUMMARY", long)
        let physical = folded.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(physical.count > 3)
        // Every physical line is valid UTF-8 on its own: no character was cut.
        for line in physical { #expect(String(validating: Array(line.utf8), as: UTF8.self) == line) }
        #expect(physical.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(Self.unfolded(folded) == ["SUMMARY:" + long])
    }

    @Test func textIsEscaped() {
        #expect(ContentLine.escapeText("a;b,c\\d\ne\r\nf") == "a\\;b\\,c\\\\d\\ne\\nf")
        let lines = Self.unfolded(Self.export())
        #expect(lines.contains("LOCATION:Dalarna Science Park\\, Borlänge"))
        #expect(lines.contains { $0.hasPrefix("DESCRIPTION:Topic: Welcome\\; overview\\, region\\\\history\\n") })
        #expect(lines.contains("CATEGORIES:waste-water,recycling"))
    }

    @Test func oneEventPerSlotOfConfirmedAndVisitedGroupsOnly() {
        let lines = Self.unfolded(Self.export())
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(lines.contains("UID:hebei-2027-20270309T090000@visitdesk"))
        #expect(lines.contains("UID:hebei-2027-20270701T130000@visitdesk"))
        #expect(!lines.contains { $0.contains("not-yet") })
        #expect(lines.contains("SUMMARY:Hebei Bureau of Commerce Group (河北省商务厅代表团)"))
        #expect(lines.filter { $0 == "STATUS:CONFIRMED" }.count == 2)
        for header in ["VERSION:2.0", "PRODID:-//VisitDesk//EN", "CALSCALE:GREGORIAN"] { #expect(lines.contains(header)) }
    }

    @Test func descriptionNamesLeadAndHostWithTheirPhones() throws {
        let lines = Self.unfolded(Self.export())
        let description = try #require(lines.first { $0.hasPrefix("DESCRIPTION:Topic: Welcome") })
        #expect(description.contains("Group: 14 people from Shijiazhuang\\, Hebei"))
        #expect(description.contains("Lead: Wang Fang 王芳\\, +86 138 0013 8000\\, 0311-8765 4321"))
        #expect(description.contains("Host: Åsa Öberg\\, +46 72 039 01 72"))
        let second = try #require(lines.first { $0.hasPrefix("DESCRIPTION:Topic: Safari") })
        #expect(second.contains("Host: ghost"), "an unknown host id is shown, not dropped")
    }

    @Test func aSlotEndingBeforeItStartsIsLeftOutAndKeepsTheOthersUIDs() {
        var broken = Self.hebei
        broken.slots.insert(Slot(start: Self.at(2027, 3, 8, 12), end: Self.at(2027, 3, 8, 11)), at: 0)
        let lines = Self.unfolded(ICalendarExport.calendar(delegations: [broken], contacts: [], timeZone: "Europe/Stockholm"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(!lines.contains("UID:hebei-2027-20270308T120000@visitdesk"))
        #expect(lines.contains("UID:hebei-2027-20270309T090000@visitdesk"))
        #expect(lines.contains("UID:hebei-2027-20270701T130000@visitdesk"))
    }

    /// A slot added before the others (or one removed) leaves their UIDs alone: subscribers'
    /// calendars update those events instead of dropping and re-adding them.
    @Test func aSlotAddedBeforeTheOthersKeepsTheirUIDs() {
        let uids = { (delegation: Delegation) in
            Self.unfolded(ICalendarExport.calendar(delegations: [delegation], contacts: [], timeZone: "Europe/Stockholm"))
                .filter { $0.hasPrefix("UID:") }
        }
        var earlier = Self.hebei
        earlier.slots.insert(Slot(start: Self.at(2027, 3, 8, 9), end: Self.at(2027, 3, 8, 10)), at: 0)
        let before = uids(Self.hebei)
        let after = uids(earlier)
        #expect(after.count == before.count + 1)
        #expect(Set(before).isSubset(of: Set(after)), "\(before) → \(after)")
        #expect(after.contains("UID:hebei-2027-20270308T090000@visitdesk"))
        earlier.slots.remove(at: 1)
        #expect(uids(earlier).contains("UID:hebei-2027-20270701T130000@visitdesk"))
    }

    /// Events are in time order; those that start together are ordered by UID, so the feed's
    /// bytes do not depend on the order the delegations come in. `hebei-2027-2-…` sorts before
    /// `hebei-2027-2027…` though its id sorts after, and a delegation's second slot at the same
    /// start (`…-2@visitdesk`) after its first.
    @Test func eventsThatStartTogetherAreOrderedByUID() {
        let nine = Self.at(2027, 3, 9, 9), ten = Self.at(2027, 3, 9, 10), eight = Self.at(2027, 3, 9, 8)
        var second = Self.hebei
        second.id = "hebei-2027-2"
        second.slots = [Slot(start: nine, end: ten, place: "Falun"), Slot(start: eight, end: nine, place: "Borlänge")]
        var first = Self.hebei
        first.slots = [Slot(start: nine, end: ten, place: "Säter"), Slot(start: nine, end: ten, place: "Ludvika")]
        let expected = [
            "UID:hebei-2027-2-20270309T080000@visitdesk",
            "UID:hebei-2027-2-20270309T090000@visitdesk",
            "UID:hebei-2027-20270309T090000-2@visitdesk",
            "UID:hebei-2027-20270309T090000@visitdesk",
        ]
        for delegations in [[first, second], [second, first]] {
            let text = ICalendarExport.calendar(delegations: delegations, contacts: [], timeZone: "Europe/Stockholm")
            #expect(Self.unfolded(text).filter { $0.hasPrefix("UID:") } == expected)
        }
    }

    @Test func stockholmTimesCarryTheZoneAndItsRules() {
        let lines = Self.unfolded(Self.export())
        #expect(lines.contains("DTSTART;TZID=Europe/Stockholm:20270309T090000"))
        #expect(lines.contains("DTEND;TZID=Europe/Stockholm:20270309T103000"))
        let expected = [
            "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm",
            "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE",
        ]
        let start = lines.firstIndex(of: "BEGIN:VTIMEZONE")!
        #expect(Array(lines[start..<(start + expected.count)]) == expected)
    }

    @Test func otherZonesGetTheirOwnRules() {
        let newYork = Self.unfolded(Self.export("America/New_York"))
        #expect(newYork.contains("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"))
        #expect(newYork.contains("RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"))
        #expect(newYork.contains("TZOFFSETTO:-0400"))
        let shanghai = Self.unfolded(Self.export("Asia/Shanghai"))
        #expect(shanghai.contains("TZOFFSETTO:+0800"))
        #expect(!shanghai.contains { $0.hasPrefix("RRULE") })
        #expect(shanghai.contains("DTSTART;TZID=Asia/Shanghai:20270309T090000"))
    }

    @Test func anUnknownZoneFallsBackToFloatingTimes() {
        let lines = Self.unfolded(Self.export("Mars/Olympus_Mons"))
        #expect(!lines.contains("BEGIN:VTIMEZONE"))
        #expect(lines.contains("DTSTART:20270309T090000"))
    }

    @Test func aZoneWithIrregularChangesIsWrittenInUTC() {
        // Morocco leaves daylight saving for Ramadan: no yearly rule describes it.
        let lines = Self.unfolded(Self.export("Africa/Casablanca"))
        #expect(!lines.contains("BEGIN:VTIMEZONE"))
        #expect(lines.contains("DTSTART:20270701T120000Z"))
    }

    @Test func utcConversionFollowsDaylightSaving() throws {
        let zone = try #require(TimeZone(identifier: "Europe/Stockholm"))
        #expect(ICalendarDate.toUTC(Self.at(2027, 3, 9, 9), zone: zone) == Self.at(2027, 3, 9, 8))
        #expect(ICalendarDate.toUTC(Self.at(2027, 7, 1, 13), zone: zone) == Self.at(2027, 7, 1, 11))
    }

    @Test func theSameDataGivesTheSameBytes() {
        #expect(Self.export() == Self.export())
        #expect(Self.unfolded(Self.export()).contains("DTSTAMP:20270118T000000Z"))
        let stamped = ICalendarExport.calendar(delegations: [Self.hebei], contacts: [], timeZone: "Europe/Stockholm",
                                               stamp: Self.at(2027, 2, 1, 12))
        #expect(stamped.contains("DTSTAMP:20270201T120000Z\r\n"))
    }

    @Test func eventFilesHoldOneEventEach() {
        let files = ICalendarExport.eventFiles(delegations: [Self.hebei], contacts: Self.contacts, timeZone: "Europe/Stockholm")
        #expect(files.map(\.name) == ["hebei-2027-20270309T090000@visitdesk.ics", "hebei-2027-20270701T130000@visitdesk.ics"])
        for file in files {
            #expect(file.contents.components(separatedBy: "BEGIN:VEVENT").count == 2)
            #expect(file.contents.contains("BEGIN:VTIMEZONE"))
        }
    }
}
