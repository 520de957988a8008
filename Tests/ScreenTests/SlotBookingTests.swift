import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The programme editor's moves (`[` `]` a day, `{` `}` an hour) and the slot form's warnings
/// before saving: a host busy with another group, a place taken, a holiday, outside the wished
/// period. A warning never stops the save.
@Suite struct SlotBookingTests {
    /// The editor tests' helpers: a save effect's request, typing text into the focused field.
    let editor = ProgrammeEditorTests()
    func save(_ effects: [Effect]) -> SaveRequest? { editor.save(effects) }
    func type(_ text: String, _ state: inout AppState) { editor.type(text, &state) }

    /// Hebei's programme (09:00 Borlänge Energi first, 13:30 second) on the store where Åsa is
    /// booked twice on 9 December.
    func opened(_ width: Int = 120, _ height: Int = 40) -> AppState {
        var state = CalendarFixtures.state(CalendarFixtures.conflictCatalog, width, height)
        Fixtures.press("2", &state)
        while state.selectedGroup?.id != "hebei-commerce-2026" { Fixtures.press("j", &state) }
        Fixtures.press("p", &state)
        return state
    }

    @Test func bracketsMoveTheSelectedSlotByADayAndBracesByAnHour() throws {
        var state = opened()
        let later = try #require(save(Fixtures.press("]", &state)))
        #expect(later.label == "move slot of hebei-commerce-2026 to 2026-11-27 09:00-12:00")
        let moved = later.edits[0].updated.slots[1]
        #expect(moved.start == Fixtures.at("2026-11-27", "09:00") && moved.end == Fixtures.at("2026-11-27", "12:00"))
        #expect(moved.host == "asa-oberg" && moved.topic == "Sludge handling")
        #expect(later.edits[0].updated.slots[0] == later.edits[0].shown?.slots[0], "the other slot stays")
        #expect(state.modes.last == .programme(ProgrammeState(id: "hebei-commerce-2026", cursor: 1)), "the cursor follows it past the 13:30 slot")

        var fresh = opened()
        let earlier = try #require(save(Fixtures.press("{", &fresh)))
        #expect(earlier.edits[0].updated.slots[1].start == Fixtures.at("2026-11-26", "08:00"))
        #expect(earlier.edits[0].updated.slots[1].end == Fixtures.at("2026-11-26", "11:00"))
        #expect(save(Fixtures.press("}", &fresh))?.edits[0].updated.slots[1].end == Fixtures.at("2026-11-26", "13:00"))
        #expect(save(Fixtures.press("[", &fresh))?.edits[0].updated.slots[1].start == Fixtures.at("2026-11-25", "09:00"))
    }

    @Test func anHourLaterCrossesMidnight() {
        let late = LocalDateTime(date: LocalDate(year: 2026, month: 12, day: 31), time: LocalTime(hour: 23, minute: 30))
        #expect(late.adding(minutes: 60) == LocalDateTime(date: LocalDate(year: 2027, month: 1, day: 1), time: LocalTime(hour: 0, minute: 30)))
        #expect(late.adding(minutes: -24 * 60 - 30) == LocalDateTime(date: LocalDate(year: 2026, month: 12, day: 30), time: LocalTime(hour: 23, minute: 0)))
    }

    /// The add form with `date`, 10:30–11:30, `place` and Åsa as host typed in.
    func addForm(date: String, place: String, _ state: inout AppState) {
        Fixtures.press("a", &state)
        Fixtures.press("C-u", &state); type(date, &state)
        Fixtures.press("Tab C-u", &state); type("10:30", &state)
        Fixtures.press("Tab C-u", &state); type("11:30", &state)
        Fixtures.press("Tab Tab", &state); type(place, &state)
        Fixtures.press("Tab", &state); type("asa", &state)
        Fixtures.press("Enter", &state)
    }

    @Test func theFormWarnsOfABusyHostAndATakenPlaceBeforeSaving() throws {
        var state = opened()
        addForm(date: "2026-12-09", place: "borlänge  energi", &state)
        #expect(state.form?.fields[5].contactID == "asa-oberg")
        let text = Fixtures.text(state)
        #expect(text.contains("! 2026-12-09: outside its wished period 2026-11-01 to 2026-11-30"))
        #expect(text.contains("! Åsa Öberg is busy then: jiangsu-sludge, 2026-12-09 10:00-12:00"))
        #expect(text.contains("! Åsa Öberg is busy then: shandong-water, 2026-12-09 11:00-13:00"))
        #expect(text.contains("! borlänge  energi is taken then: jiangsu-sludge, 2026-12-09 10:00-12:00"))
        let request = try #require(save(Fixtures.press("C-s", &state)), "a warning does not stop the save")
        #expect(request.edits[0].updated.slots.count == 3)
    }

    @Test func theFormWarnsOfASwedishHolidayAndIsQuietOnAFreeDay() {
        var state = opened()
        addForm(date: "2026-11-27", place: "Falun", &state)
        #expect(!Fixtures.text(state).contains("! "), "a free weekday in the wished period: no warnings")
        Fixtures.press("BTab BTab BTab BTab BTab C-u", &state)
        type("2026-12-25", &state)
        #expect(Fixtures.text(state).contains("! 2026-12-25: Juldagen (Christmas Day), a Swedish holiday"))
    }

    @Test func theWarningsFitAt80x24() {
        var state = opened(80, 24)
        addForm(date: "2026-12-09", place: "Borlänge Energi", &state)
        let text = Fixtures.text(state)
        #expect(text.contains("! Åsa Öberg is busy then"))
        #expect(text.contains("C-s save"))
    }
}
