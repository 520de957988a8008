import Testing
@testable import VisitDeskUI

/// Boxes drawn over the panes from their top row (help, the palette) either leave a clear margin
/// or cover the panes exactly: never a corner stacked beside a pane's corner (`┌┌`, `└│`).
@Suite struct OverlayEdgeTests {
    @Test(arguments: ["?", ":"], [(80, 24), (120, 40), (200, 50)])
    func boxesOverThePanesDoNotStackCorners(key: String, size: (Int, Int)) {
        var state = Fixtures.state(size.0, size.1)
        Fixtures.press(key, &state)
        let grid = render(state)
        expectExactWidths(grid)
        for row in 0..<size.1 {
            let line = grid.line(row)
            for stacked in ["┌┌", "┐┐", "└└", "┘┘", "└│", "│┘", "┌│", "│┐"] {
                #expect(!line.contains(stacked), "row \(row) at \(size.0)x\(size.1): \(line)")
            }
        }
    }
}
