import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// `z` gives the calendar the whole screen body: on the split screen the week view's day columns go from a
/// few cells to readable ones, and `z` again gives the other panes their room back.
@Suite struct CalendarZoomTests {
    @Test func zZoomsTheWeekToTheFullScreenAndBack() {
        var state = Fixtures.state(120, 40)
        Fixtures.press("3 w", &state)
        func panes(_ grid: Grid) -> [Substring] { grid.text.split(separator: "\n").dropLast() } // the status bar's message differs
        let before = render(state)
        #expect(before.text.contains("┌ Groups"))
        Fixtures.press("z", &state)
        let zoomed = render(state)
        expectExactWidths(zoomed)
        #expect(!zoomed.text.contains("┌ Groups") && !zoomed.text.contains("┌ Contacts"))
        let top = zoomed.text.split(separator: "\n").first.map(String.init) ?? ""
        #expect(top.hasPrefix("┌ Calendar · week") && top.hasSuffix("┐") && DisplayWidth.of(top) == 120)
        // Wider columns: the week header spells the weekday out.
        #expect(zoomed.text.contains("Thu 26"))
        Fixtures.press("z", &state)
        #expect(panes(render(state)) == panes(before))
    }

    @Test func anotherPaneTakesTheScreenBack() {
        var state = Fixtures.state(120, 40)
        Fixtures.press("3 z 2", &state)
        #expect(render(state).text.contains("┌ Groups"))
        #expect(render(state).text.contains("┌ Contacts"))
    }

    @Test func atSmallSizesItSaysTheCalendarAlreadyHasTheScreen() {
        var state = Fixtures.state(80, 24)
        Fixtures.press("3 w", &state)
        let before = render(state)
        Fixtures.press("z", &state)
        #expect(!state.calendar.zoomed)
        #expect(state.message == "the calendar already has the whole screen at this size")
        #expect(render(state).text.split(separator: "\n").dropLast() == before.text.split(separator: "\n").dropLast())
    }
}
