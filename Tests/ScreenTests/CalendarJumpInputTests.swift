import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The calendar's `:` prompt reads dates the way `DateInput` does, typed key by key.
@Suite struct CalendarJumpInputTests {
    @Test(arguments: [
        ("w 1 2", "2027-03-22"), ("v 1 2", "2027-03-22"), ("f r e", "2026-11-27"), ("+ 1 m", "2026-12-25"),
        ("1 4 . 1", "2027-01-14"), ("2 0 2 7 0 1 1 4", "2027-01-14"), ("i m o r g o n", "2026-11-26"),
    ])
    func colonJumpsToTheTypedDay(keys: String, expected: String) {
        var state = Fixtures.state()
        Fixtures.press("3 : " + keys + " Enter", &state)
        #expect(state.modes.isEmpty, "the palette closed: \(state.message ?? "")")
        #expect(state.calendar.selected.description == expected)
    }
}
