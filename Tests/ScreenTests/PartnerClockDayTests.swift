import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The status bar's Beijing clock says when it is already tomorrow there, so an evening call in
/// Stockholm is not planned for a Chinese partner's "today".
@Suite struct PartnerClockDayTests {
    @Test func theSecondClockNamesTheDayOnceItIsTheNextDayThere() {
        var state = Fixtures.state()
        state.clock = ClockReading(home: Fixtures.at("2026-11-25", "18:30"), partner: Fixtures.at("2026-11-26", "01:30"))
        #expect(render(state).text.contains("Stockholm 18:30 · Beijing Thu 01:30"))
        state.clock = ClockReading(home: Fixtures.at("2026-11-25", "09:14"), partner: Fixtures.at("2026-11-25", "16:14"))
        #expect(render(state).text.contains("Stockholm 09:14 · Beijing 16:14"))
        expectExactWidths(render(state))
    }
}
