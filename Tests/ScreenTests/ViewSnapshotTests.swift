import Testing
import VisitDeskDomain
@testable import VisitDeskUI

@Suite struct ViewSnapshotTests {
    @Test func detailViewShowsEveryFieldSlotsFollowUpsAndLinkedPhones() {
        var state = Fixtures.state(120, 40)
        Fixtures.press("Tab Enter", &state)
        let grid = render(state)
        expectExactWidths(grid)
        for expected in ["河北省商务厅代表团", "Shijiazhuang, Hebei", "09:00–12:00 · Beijing 16:00–19:00 · Borlänge Energi · host Åsa Öberg · Sludge handling",
                         "[ ] Send host company profiles", "Interpreter needed.", "+86 138 0013 8000"] {
            #expect(grid.text.contains(expected), "detail view lacks \(expected)")
        }
        Fixtures.press("G", &state)
        #expect(render(state).text.contains("Phone: 072-039 01 71"), "the host's phone is further down")
        Fixtures.press("g", &state)
        assertSnapshot(grid, named: "detail-120x40")
        Fixtures.press("PgDn", &state)
        assertSnapshot(render(state), named: "detail-120x40-page2")
    }

    @Test func detailViewAt80x24Scrolls() {
        var state = Fixtures.state(80, 24)
        Fixtures.press("2 Enter", &state)
        assertSnapshot(render(state), named: "detail-80x24")
        Fixtures.press("G", &state)
        let grid = render(state)
        expectExactWidths(grid)
        assertSnapshot(grid, named: "detail-80x24-end")
    }

    @Test func helpOverlayFilteredByTyping() {
        let grid = Fixtures.screen("? p a g e")
        #expect(grid.text.contains("PgUp") && grid.text.contains("a page up"))
        #expect(!grid.text.contains("next colour theme"))
        assertSnapshot(grid, named: "help-filtered-120x40")
    }

    @Test func helpListsTheCalendarsOwnKeys() {
        let grid = Fixtures.screen("3 ?", 80, 24)
        #expect(grid.text.contains("previous month") && grid.text.contains("Keys · Calendar"))
        assertSnapshot(grid, named: "help-calendar-80x24")
    }

    @Test func filterInAPaneWhileTyping() {
        let grid = Fixtures.screen("4 / 张")
        #expect(grid.text.contains("/张▏"))
        assertSnapshot(grid, named: "filter-contacts-typing")
    }

    @Test func problemsOverlay() {
        assertSnapshot(Fixtures.screen("!", 80, 24), named: "problems-80x24")
    }

    @Test func calendarWithVisitsOnTheSelectedDay() {
        let grid = Fixtures.screen("3 l")
        #expect(grid.text.contains("Thu 2026-11-26 · 2 visits"))
        #expect(grid.text.contains("09:00–12:00 Hebei Bureau of Commerce Group"))
        assertSnapshot(grid, named: "calendar-visit-day-120x40")
    }

    /// Chinese titles in a narrow pane: every row stays exactly 40 cells, the cut shows `…`.
    @Test func wideGlyphTruncationKeepsBordersStraight() {
        let chinese = [
            Delegation(id: "a", title: "河北省商务厅代表团河北省商务厅代表团", status: .new, received: Fixtures.today),
            Delegation(id: "b", title: "（第二批）（第二批）（第二批）（第二批）", status: .new, received: Fixtures.today),
            Delegation(id: "c", title: "x河北省商务厅代表团河北省商务厅代表团", status: .new, received: Fixtures.today),
            Delegation(id: "d", title: "Zoe\u{308} 🐼🐼🐼🐼🐼🐼🐼🐼🐼🐼🐼🐼", status: .new, received: Fixtures.today),
        ]
        let state = Fixtures.state(40, 12, catalog: Catalog(delegations: chinese, contacts: Fixtures.contacts))
        let grid = render(state)
        expectExactWidths(grid)
        for y in 1..<11 {
            #expect(grid.line(y).hasPrefix("│") || grid.line(y).hasPrefix("┌") || grid.line(y).hasPrefix("└"))
            #expect(grid.line(y).hasSuffix("│") || grid.line(y).hasSuffix("┐") || grid.line(y).hasSuffix("┘"))
        }
        #expect(grid.text.contains("…"))
        assertSnapshot(grid, named: "wide-truncation-40x12")
    }
}

@Suite struct ContactDetailTests {
    @Test func enterOnAContactShowsTheWholeCardAndWhereTheyAreNamed() {
        var state = Fixtures.state(40, 12)
        Fixtures.press("4 / z h a n g Enter", &state)
        #expect(state.overlay == .contact(id: "zhang-wei", top: 0))
        Fixtures.press("G", &state)
        let grid = render(state)
        expectExactWidths(grid)
        #expect(grid.text.contains("Hebei Bureau of Comm"), "Zhang Wei travels with the Hebei group")
        #expect(grid.text.contains("Jiangsu Motorhome"), "and leads the Jiangsu request")
        assertSnapshot(grid, named: "contact-detail-40x12-end")
        Fixtures.press("Escape", &state)
        #expect(state.overlay == nil && state.focus == .contacts)
    }
}
