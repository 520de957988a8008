import Testing
import VisitDeskDomain
@testable import VisitDeskUI

@Suite struct LayoutSnapshotTests {
    @Test func allFourPanesAt120x40() {
        let grid = render(Fixtures.state(120, 40))
        for title in ["Requests", "Groups", "Calendar", "Contacts"] {
            #expect(grid.text.contains(" \(title) "), "pane title \(title) is missing")
        }
        expectExactWidths(grid)
        assertSnapshot(grid, named: "full-120x40")
    }

    @Test func reducedLayoutAt80x24() {
        var state = Fixtures.state(80, 24)
        let grid = render(state)
        #expect(grid.line(0).contains("1 Requests") && grid.line(0).contains("4 Contacts"))
        expectExactWidths(grid)
        assertSnapshot(grid, named: "tabbed-80x24")
        Fixtures.press("4", &state)
        assertSnapshot(render(state), named: "tabbed-80x24-contacts")
        Fixtures.press("3", &state)
        assertSnapshot(render(state), named: "tabbed-80x24-calendar")
    }

    @Test func smallestWorkingSize40x12() {
        let grid = render(Fixtures.state(40, 12))
        expectExactWidths(grid)
        #expect(!grid.text.contains("too small"))
        assertSnapshot(grid, named: "tabbed-40x12")
    }

    @Test func tooSmallSaysSo() {
        let grid = render(Fixtures.state(39, 12))
        expectExactWidths(grid)
        #expect(grid.text.contains("Terminal too small (need 40x12)"))
        assertSnapshot(grid, named: "too-small-39x12")
        let tiny = render(Fixtures.state(10, 3))
        expectExactWidths(tiny)
        #expect(tiny.height == 3)
    }
}
