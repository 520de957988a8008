import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// A store the user cannot write: the status bar says so in the error style, writing keys explain
/// instead of opening a form, and everything that only reads keeps working.
@Suite struct ReadOnlyStoreTests {
    func readOnlyState(_ width: Int = 120, _ height: Int = 40) -> AppState {
        var state = Fixtures.state(width, height)
        state.markStoreReadOnly()
        return state
    }

    /// The columns of the bottom row drawn in `role`, as text.
    func bottomRowText(in role: StyleRole, _ grid: Grid) -> String {
        let y = grid.height - 1
        return String((0..<grid.width).compactMap { x in grid[x, y].role == role ? grid[x, y].character : nil })
    }

    @Test func theStatusBarSaysReadOnlyInTheErrorStyle() {
        let grid = render(readOnlyState())
        #expect(bottomRowText(in: .statusError, grid).contains("read-only store"))
        #expect(!render(Fixtures.state()).line(39).contains("read-only"), "a writable store has no banner")
    }

    @Test func theBannerOutlastsTheStoreNameInANarrowTerminal() {
        let grid = render(readOnlyState(60, 20))
        expectExactWidths(grid)
        #expect(grid.line(19).contains("read-only store"))
    }

    @Test func writingKeysExplainAndOpenNoForm() {
        for key in ["r", "h", "d", "x", "a", "v", "o", "t", "n", "e", "u", "C-r"] {
            var state = readOnlyState()
            #expect(Fixtures.press(key, &state).isEmpty, "\(key) sends no write")
            #expect(state.form == nil, "\(key) opens no form")
            #expect(state.message == "the store is read-only: nothing can be changed from here", "\(key)")
            #expect(render(state).line(39).contains("the store is read-only"))
        }
    }

    @Test func readingKeysStillWork() {
        var state = readOnlyState()
        Fixtures.press("j", &state)
        #expect(state.selectedRequest?.id == "shanxi-mining-2026")
        #expect(Fixtures.press("E", &state) == [.openInEditor(.delegations, id: "shanxi-mining-2026")], "the editor can still show the file")
        Fixtures.press("Space", &state)
        #expect(state.marked == ["shanxi-mining-2026"], "marking writes nothing")
        Fixtures.press("k Enter", &state)
        guard case .detail(let id, _)? = state.overlay else {
            Issue.record("Enter opens the detail view")
            return
        }
        #expect(id == "shanxi-mining-2026")
    }
}

/// Disk full or no permission during a write: what the coordinator typed or chose stays on screen
/// and the same key retries it once space is freed.
@Suite struct WriteRetryTests {
    @Test func aFormRefusedForAFullDiskSavesOnTheNextSave() throws {
        var state = Fixtures.state()
        Fixtures.press("d n o Space h o s t", &state)
        let first = Fixtures.press("C-s", &state)
        #expect(first.count == 1)
        _ = update(&state, .writeFailed("not written: delegations/jiangsu-camping.toml: cannot write: No space left on device"))
        #expect(state.form?.error?.contains("No space left") == true)
        #expect(Fixtures.press("C-s", &state) == first, "C-s writes the same change again")
        #expect(state.form == nil)
    }

    @Test func aFormStillInvalidStaysOpenOnRetry() {
        var state = Fixtures.state()
        Fixtures.press("d n o Space h o s t C-s", &state)
        _ = update(&state, .writeFailed("not written: disk full"))
        Fixtures.press("C-u C-s", &state)
        #expect(state.form?.fields[0].error == "required", "the reason is still required")
    }

    @Test func aFailedKeepMineBringsTheConflictBack() {
        var state = Fixtures.state()
        let conflict = WriteConflict(label: "reviewing wuxi", folder: .delegations, id: "wuxi",
                                     mine: Array("status = \"reviewing\"\n".utf8), disk: Array("status = \"new\"\n".utf8))
        _ = update(&state, .writeConflict(conflict))
        let effects = Fixtures.press("m", &state)
        #expect(effects.count == 1)
        #expect(state.conflict == nil)
        _ = update(&state, .writeFailed("not written: delegations/wuxi.toml: the disk is full; free some disk space and retry"))
        #expect(state.conflict == conflict)
        #expect(render(state).text.contains("free some disk space"))
        #expect(Fixtures.press("m", &state) == effects, "m writes the same bytes again")
        // A later failure of an unrelated write does not resurrect a conflict already settled.
        _ = update(&state, .saved(UndoStep(label: "keep mine: reviewing wuxi", files: [])))
        _ = update(&state, .writeFailed("not written: disk full"))
        #expect(state.conflict == nil)
    }
}
