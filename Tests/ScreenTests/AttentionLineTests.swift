import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// What needs attention today: a line over the status bar on a tall terminal, each count with the
/// key that opens its list; on 80x24 there is no room, and the status bar keeps its counts.
@Suite struct AttentionLineTests {
    /// Two groups needing Åsa at once on 9 December, and the fixture's two problems.
    static let catalog: Catalog = {
        var catalog = CalendarFixtures.conflictCatalog
        catalog.problems = Fixtures.problems
        return catalog
    }()

    /// The row just above the status bar.
    func attentionRow(_ state: AppState) -> String {
        render(state).line(state.size.height - 2)
    }

    @Test func countsOnTheFixtureStore() {
        let state = CalendarFixtures.state(Self.catalog)
        let a = state.attention
        #expect(a.newRequests == 1)
        // Received 2026-10-01 and reviewing (waiting); 2026-11-20 is recent; on-hold ones are not counted.
        #expect(a.waiting == 2)
        #expect(a.problems == 2)
        // Åsa at Borlänge Energi twice at once on 9 December: one clash (host and place together).
        #expect(a.doubleBookings == 1)
        #expect(a.visitsToday == 0)
    }

    @Test func theLineAt120x40NamesEachCountAndItsKey() {
        let state = CalendarFixtures.state(Self.catalog)
        let row = attentionRow(state)
        #expect(row.contains("1 new N"))
        #expect(row.contains("2 waiting >7d O"))
        #expect(row.contains("1 double-booking C"))
        #expect(row.contains("2 problems !"))
        #expect(render(state).line(39).contains("Dalarna technical visits") || render(state).line(39).contains("Conflicts"))
        let grid = render(state)
        let x = grid.line(38).range(of: "2 problems").map { grid.line(38).distance(from: grid.line(38).startIndex, to: $0.lowerBound) }
        #expect(x.map { grid[$0, 38].role } == .error, "problems to fix are drawn as an error")
    }

    @Test func at80x24ThereIsNoLineAndThePanesKeepTheirRows() {
        let state = CalendarFixtures.state(Self.catalog, 80, 24)
        let text = Fixtures.text(state)
        #expect(!text.contains("waiting >7d"))
        #expect(render(state).line(22).hasPrefix("└"), "the pane ends just above the status bar")
        #expect(render(state).line(23).contains("1 new"))
    }

    @Test func aNarrowTallTerminalDropsTheCountsWithNothingToReport() {
        let state = CalendarFixtures.state(Self.catalog, 80, 30)
        let row = attentionRow(state)
        #expect(row.contains("2 problems !"))
        #expect(row.contains("1 double-booking C"))
        #expect(!row.contains("follow-ups"), "no follow-ups to report: that part goes first")
    }

    @Test func nFiltersTheRequestsToTheNewOnes() {
        var state = CalendarFixtures.state(Self.catalog)
        Fixtures.press("3 N", &state)
        #expect(state.focus == .requests)
        #expect(state.requests.filter == "status:new")
        #expect(state.requests.rows.map { state.catalog.delegations[$0].status } == [.new])
    }

    @Test func oListsTheRequestsWaitingLongerThanTheAgeingLimit() {
        var state = CalendarFixtures.state(Self.catalog)
        Fixtures.press("O", &state)
        #expect(state.requests.filter == "status:new status:reviewing received:<2026-11-18")
        #expect(state.requests.rows.count == state.attention.waiting)
        #expect(Fixtures.text(state).contains("received before 2026-11-18"))
    }

    @Test func cGoesToTheNextDoubleBookedDayInTheWeekView() {
        var state = CalendarFixtures.state(Self.catalog)
        Fixtures.press("C", &state)
        #expect(state.focus == .calendar)
        #expect(state.calendar.view == .week)
        #expect(state.calendar.selected == LocalDate(year: 2026, month: 12, day: 9))
        #expect(state.message == "2026-12-09: 1 double-booking (C: the next day)")
        Fixtures.press("C", &state)
        #expect(state.message == "no later double-bookings")
    }

    @Test func wShowsThisWeekOnToday() {
        var state = CalendarFixtures.state(Self.catalog)
        Fixtures.press("2 W", &state)
        #expect(state.focus == .calendar)
        #expect(state.calendar.view == .week)
        #expect(state.calendar.selected == Fixtures.today)
    }
}
