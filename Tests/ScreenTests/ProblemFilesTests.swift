import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The problems list (`!`): a cursor picks a problem, Enter or `E` asks the runtime to open its
/// file at the reported line, and a reload without the problem takes it off the list.
@Suite struct ProblemFilesTests {
    @Test func enterOpensTheFirstProblemsFileAtItsLine() {
        var state = Fixtures.state()
        Fixtures.press("!", &state)
        #expect(Fixtures.text(state).contains("Enter opens the file at the line · Esc closes"))
        #expect(Fixtures.press("Enter", &state) == [.openFileInEditor(path: "delegations/broken.toml", line: 3)])
    }

    @Test func downMovesToTheNextProblemAndEOpensIt() {
        var state = Fixtures.state()
        Fixtures.press("! Down", &state)
        #expect(state.overlay == .problems(top: 0, cursor: 1))
        #expect(Fixtures.press("E", &state) == [.openFileInEditor(path: "contacts/anders-ahl.toml", line: 1)])
        Fixtures.press("Down", &state)
        #expect(state.overlay == .problems(top: 0, cursor: 1), "the cursor stops at the last problem")
    }

    @Test func theSelectedProblemIsHighlighted() {
        var state = Fixtures.state(80, 24)
        Fixtures.press("! j", &state)
        let grid = render(state)
        let row = (0..<24).first { grid.line($0).contains("anders-ahl.toml") }
        #expect(row.map { grid[1, $0].role } == .selected)
        #expect(grid[1, 1].role != .selected)
    }

    @Test func aFixedProblemLeavesTheListAndTheCursorStaysOnOne() {
        var state = Fixtures.state()
        Fixtures.press("! Down", &state)
        var fixed = Fixtures.catalog
        fixed.problems = [Fixtures.problems[0]]
        _ = update(&state, .catalogReplaced(fixed, summary: Phrase("reloaded contacts/anders-ahl.toml")))
        #expect(state.overlay == .problems(top: 0, cursor: 0))
        #expect(Fixtures.text(state).contains("Problems (1)"))
        fixed.problems = []
        _ = update(&state, .catalogReplaced(fixed, summary: nil))
        #expect(Fixtures.text(state).contains("The store has no problems."))
        #expect(Fixtures.press("Enter", &state).isEmpty)
    }

    @Test func aPathOutsideTheStoreIsNotOpened() {
        var catalog = Fixtures.catalog
        catalog.problems = [Problem(file: "../outside.toml", line: 1, message: "odd")]
        var state = Fixtures.state(catalog: catalog)
        Fixtures.press("!", &state)
        #expect(Fixtures.press("Enter", &state).isEmpty)
    }
}
