import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The week and agenda views, the keys that switch and move them, and what a selected slot does
/// to the rest of the dashboard.
@Suite struct CalendarViewTests {
    @Test func mWAndASwitchViewsAndKeepTheDay() {
        var state = Fixtures.state()
        Fixtures.press("3 l w", &state)
        #expect(state.calendar.view == .week)
        #expect(render(state).text.contains("┌ Calendar · week"))
        Fixtures.press("A", &state)
        #expect(state.calendar.view == .agenda)
        #expect(render(state).text.contains("From 2026-11-26"))
        Fixtures.press("m", &state)
        #expect(state.calendar.view == .month)
        #expect(state.calendar.selected == LocalDate(year: 2026, month: 11, day: 26))
    }

    @Test func bracketsTurnAMonthInTheMonthAndAWeekInTheWeek() {
        var state = Fixtures.state()
        Fixtures.press("3 ]", &state)
        #expect(state.calendar.selected == LocalDate(year: 2026, month: 12, day: 25))
        Fixtures.press("w [", &state)
        #expect(state.calendar.selected == LocalDate(year: 2026, month: 12, day: 18))
        Fixtures.press("t", &state)
        #expect(state.calendar.selected == Fixtures.today)
    }

    @Test func colonJumpsToADateTypedAnyOfTheUsualWays() {
        var state = Fixtures.state()
        Fixtures.press("3 : 2 0 2 7 - 0 1 - 1 4 Enter", &state)
        #expect(state.calendar.selected == LocalDate(year: 2027, month: 1, day: 14))
        #expect(state.palette == nil)
        // `/` and digits are date text here, not the filter or a pane switch.
        Fixtures.press(": 1 4 / 1", &state)
        #expect(render(state).text.contains(":14/1▏"))
        Fixtures.press("Enter", &state)
        #expect(state.calendar.selected == LocalDate(year: 2027, month: 1, day: 14))
        #expect(state.focus == .calendar && !state.isTypingFilter)
        Fixtures.press(": + 3 d Enter", &state)
        #expect(state.calendar.selected == LocalDate(year: 2026, month: 11, day: 28))
    }

    @Test func aDateThatDoesNotParseKeepsThePromptAndSaysWhy() {
        var state = Fixtures.state()
        Fixtures.press("3 : 3 1 / 2 Enter", &state)
        #expect(state.palette?.input.text == "31/2")
        #expect(state.message?.contains("is not a date") == true)
        #expect(state.calendar.selected == Fixtures.today)
        Fixtures.press("Escape", &state)
        #expect(state.palette == nil)
        #expect(render(state).text.contains(":31/2") == false)
    }

    @Test func quitAndHelpKeysAreTextInsideThePrompt() {
        var state = Fixtures.state()
        let effects = Fixtures.press("3 : q ? T", &state)
        #expect(effects.isEmpty, "q inside the prompt must not quit")
        #expect(state.palette?.input.text == "q?T")
        #expect(state.helpFilter == nil)
        for _ in 0..<100 { Fixtures.press("9", &state) }
        #expect(state.palette?.input.text.count == Palette.maxLength, "a held key cannot grow the prompt without end")
        Fixtures.press("Enter", &state)
        #expect(state.calendar.selected == Fixtures.today)
        expectExactWidths(render(state))
    }

    @Test func walkingTheSlotsSelectsEachGroupInTheGroupsPane() {
        var state = Fixtures.state()
        Fixtures.press("3 w j", &state)
        #expect(state.calendar.cursor == SlotCursor(delegationID: "hebei-commerce-2026", slot: 1, day: LocalDate(year: 2026, month: 11, day: 26)))
        #expect(state.groups.selectedID == "hebei-commerce-2026")
        Fixtures.press("j j", &state)
        #expect(state.calendar.cursor?.delegationID == "chengdu-trip")
        #expect(state.calendar.selected == LocalDate(year: 2026, month: 12, day: 3))
        #expect(state.groups.selectedID == "chengdu-trip")
        #expect(render(state).text.contains("Week 49 · 30 Nov – 6 Dec 2026"))
        Fixtures.press("Enter", &state)
        #expect(state.overlay == .detail(id: "chengdu-trip", top: 0))
        Fixtures.press("Escape k", &state)
        #expect(state.calendar.cursor?.slot == 0, "back to Hebei's afternoon slot (slot 0 starts 13:30)")
        #expect(state.groups.selectedID == "hebei-commerce-2026")
    }

    @Test func theAgendaListsFromTheSlotTheCursorWalksTo() {
        var state = Fixtures.state(80, 24)
        Fixtures.press("3 A", &state)
        #expect(state.calendar.cursor == SlotCursor(delegationID: "hebei-commerce-2026", slot: 1, day: LocalDate(year: 2026, month: 11, day: 26)),
                "the first coming slot, on or after today")
        var grid = render(state)
        let cursorRow = (0..<grid.height).first { grid.line($0).contains(" 09:00–12:00") }
        #expect(cursorRow.map { grid[2, $0].role } == .selected, "the cursor's row is the selection bar")
        Fixtures.press("j j", &state)
        #expect(state.calendar.selected == LocalDate(year: 2026, month: 12, day: 3))
        grid = render(state)
        #expect(grid.text.contains("From 2026-12-03"))
        #expect(!grid.text.contains("Thu 2026-11-26"), "days before the cursor's scroll off")
        Fixtures.press("k", &state)
        #expect(state.calendar.cursor?.slot == 0)
        #expect(render(state).text.contains("Thu 2026-11-26 · 2 visits"))
        Fixtures.press("]", &state)
        #expect(state.calendar.selected == LocalDate(year: 2026, month: 12, day: 3))
        #expect(state.calendar.cursor?.delegationID == "chengdu-trip")
    }

    @Test func theFilterLimitsWhichSlotsTheCursorVisits() {
        var state = Fixtures.state()
        Fixtures.press("3 A / c h e n g d u Enter", &state)
        Fixtures.press("j", &state)
        #expect(state.calendar.cursor?.delegationID == "chengdu-trip")
        Fixtures.press("j", &state)
        #expect(state.message == "no later visit")
    }

    @Test func aCursorOnASlotThatWasDeletedIsDroppedNotCrashedOn() {
        var state = Fixtures.state()
        Fixtures.press("3 w j", &state)
        _ = update(&state, .catalogReplaced(Catalog(delegations: [], contacts: Fixtures.contacts), summary: nil))
        #expect(SlotNavigation.cursorRef(state) == nil)
        _ = render(state)
        Fixtures.press("j Enter", &state)
        #expect(state.overlay == nil)
        #expect(state.message == "no visit on 2026-11-26")
    }

    @Test func weekViewWithWideTitles120x40() {
        let grid = Fixtures.screen("3 l w")
        #expect(grid.text.contains("Week 48 · 23–29 Nov 2026 · Beijing +7h"))
        #expect(grid.text.contains("Th 26 09:00–12:00 · Beijing 16:00–19:00 · Heb…"))
        #expect(grid.text.contains("▎河…"), "the Chinese title is cut on a glyph boundary with …")
        assertSnapshot(grid, named: "calendar-week-120x40")
    }

    @Test func weekViewWithWideTitles80x24() {
        let grid = Fixtures.screen("3 l w", 80, 24)
        #expect(grid.text.contains("▎河北省…"))
        assertSnapshot(grid, named: "calendar-week-80x24")
    }

    @Test func weekViewInANarrowPaneStillFitsEveryRow() {
        let grid = Fixtures.screen("3 l w", 40, 12)
        assertSnapshot(grid, named: "calendar-week-40x12")
    }

    @Test func lastWeekOfMarch2027ShowsTheClockChange() {
        var state = CalendarFixtures.state(CalendarFixtures.dstCatalog, 80, 24, keys: "3 : 2 0 2 7 - 0 3 - 2 6 Enter w")
        var grid = render(state)
        #expect(grid.text.contains("Week 12 · 22–28 Mar 2027 · Beijing +7h, +6h from Su 28"))
        #expect(grid.text.contains("! Fr 26 09:00–12:00 · Beijing 16:00–19:00 · Good Friday (SE)"),
                "Långfredagen is a Swedish holiday, so the slot is a conflict and the footer names the day")
        assertSnapshot(grid, named: "calendar-week-dst-march-2027")
        Fixtures.press("j", &state)
        grid = render(state)
        #expect(grid.text.contains("Su 28 10:00–12:00 · Beijing 16:00–18:00"))
        #expect(grid.line(7).hasPrefix("│10 16"), "the gutter gives Sunday's Beijing hours, an hour less apart")
    }

    @Test func lastWeekOfOctober2027ShowsTheClockChange() {
        var state = CalendarFixtures.state(CalendarFixtures.dstCatalog, 80, 24, keys: "3 : 2 0 2 7 - 1 0 - 2 9 Enter w")
        let grid = render(state)
        #expect(grid.text.contains("Week 43 · 25–31 Oct 2027 · Beijing +6h, +7h from Su 31"))
        #expect(grid.text.contains("Fr 29 09:00–12:00 · Beijing 15:00–18:00"))
        #expect(grid.text.contains("▎山西矿…"))
        assertSnapshot(grid, named: "calendar-week-dst-october-2027")
        Fixtures.press("j", &state)
        #expect(render(state).text.contains("Su 31 10:00–11:00 · Beijing 17:00–18:00"))
    }

    @Test func agendaListsComingSlotsInBothClocks() {
        let grid = Fixtures.screen("3 A", 80, 24)
        #expect(grid.text.contains("Thu 2026-11-26 · 2 visits"))
        #expect(grid.text.contains(" 09:00–12:00  16:00–19:00    Hebei Bureau of Commerce Group · Borlänge Energi"))
        #expect(grid.text.contains(" 08:00–17:00  15:00–00:00+1  Dalarna companies to Chengdu"), "midnight in Beijing is the next day")
        #expect(grid.text.contains("Thu 2026-12-03 · 1 visit"))
        assertSnapshot(grid, named: "calendar-agenda-80x24")
    }

    @Test func aNarrowAgendaLeavesThePartnersHoursToTheWeekAndDetail() {
        let grid = Fixtures.screen("3 A", 40, 12)
        #expect(grid.text.contains(" 09:00–12:00  Hebei Bureau of Commerc…"))
        #expect(!grid.text.contains("16:00–19:00"))
    }

    @Test func aMultiDaySlotIsListedOnEachDayItSpans() {
        let state = CalendarFixtures.state(CalendarFixtures.conflictCatalog, 80, 24, keys: "3 : 2 0 2 6 - 1 2 - 1 4 Enter A")
        let text = render(state).text
        #expect(text.contains(" 13:00–…"))
        #expect(text.contains(" …–…"))
        #expect(text.contains(" …–15:00"))
        var week = state
        Fixtures.press("w", &week)
        assertSnapshot(render(week), named: "calendar-week-multi-day-80x24")
    }
}

/// Conflicts where the coordinator looks: the calendar's days, the Groups rows, the detail view.
@Suite struct CalendarConflictTests {
    @Test func aDayWithAConflictIsMarkedInTheMonth() {
        let state = CalendarFixtures.state(CalendarFixtures.conflictCatalog, keys: "3 ]")
        let grid = render(state)
        #expect(grid.text.contains("December 2026"))
        #expect(grid.text.contains("  9! 10 "), "9 December carries the conflict mark, the 10th none")
        let mark = (1..<grid.width).first { grid[$0, 4].character == "!" && grid[$0 - 1, 4].character == "9" }
        #expect(mark.map { grid[$0, 4].role } == .conflict, "drawn in the conflict role, not only with a !")
        #expect(state.index.schedule.conflictDays.contains(LocalDate(year: 2026, month: 12, day: 9).dayNumber))
    }

    @Test func groupsWithAConflictCarryAMark() {
        let text = render(CalendarFixtures.state(CalendarFixtures.conflictCatalog)).text
        #expect(text.contains("! Jiangsu Sludge Delegation"))
        #expect(text.contains("! Shandong Water Group"))
        #expect(!text.contains("! Hebei Bureau"), "a group without conflicts has no mark")
    }

    @Test func theDetailViewListsTheDelegationsConflicts() {
        var state = CalendarFixtures.state(CalendarFixtures.conflictCatalog, keys: "3 : 9 / 1 2 Enter")
        Fixtures.press("Enter", &state)
        #expect(state.overlay == .detail(id: "jiangsu-sludge", top: 0))
        let text = render(state).text
        #expect(text.contains("Conflicts"))
        #expect(text.contains("jiangsu-sludge and shandong-water both need host asa-oberg on 2026-12-09 11:00-12:00"))
        #expect(text.contains("10:00–12:00 · Beijing 17:00–19:00 · Borlänge Energi"))
        assertSnapshot(render(state), named: "calendar-conflict-detail-120x40")
    }

    @Test func theAgendaAndWeekNameTheConflictOnItsDay() {
        let state = CalendarFixtures.state(CalendarFixtures.conflictCatalog, 80, 24, keys: "3 : 9 / 1 2 Enter")
        var agenda = state
        Fixtures.press("A", &agenda)
        #expect(render(agenda).text.contains("Wed 2026-12-09 · 2 visits · ! 1 conflict"))
        var week = state
        Fixtures.press("w", &week)
        #expect(render(week).text.contains("Wed 9!"))
        #expect(render(week).text.contains("! We 9 10:00–12:00 · Beijing 17:00–19:00"), "the cursor's slot is one of the two")
        assertSnapshot(render(week), named: "calendar-week-conflict-80x24")
    }
}
