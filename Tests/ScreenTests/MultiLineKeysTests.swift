import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// Up and Down inside notes, reasons and the outcome move between their lines, at the same
/// screen column (wide glyphs counted as two); only on the first or last line do they move to the
/// previous or next field, as in any other field.
@Suite struct MultiLineKeysTests {
    @Test func upAndDownKeepTheScreenColumnAndStopAtTheEnds() {
        var field = TextField("河北代表团\nab\nlonger line")
        // The cursor is at the end: the last line, column 11.
        let atLast = field.moveLine(1)
        #expect(!atLast, "the last line: Down leaves the field")
        _ = field.moveLine(-1)
        #expect(field.lineLayout.cursorLine == 1 && field.lineLayout.cursorInLine == 2, "a shorter line: its end")
        _ = field.moveLine(-1)
        // Column 2 on a line of wide glyphs is after the first one (each is two cells).
        #expect(field.lineLayout.cursorLine == 0 && field.lineLayout.cursorInLine == 1)
        let atFirst = field.moveLine(-1)
        #expect(!atFirst, "the first line: Up leaves the field")
        _ = field.moveLine(1)
        _ = field.moveLine(1)
        #expect(field.lineLayout.cursorLine == 2 && field.lineLayout.cursorInLine == 2, "column 2 (after 河, then the end of ab): after lo")
        #expect(field.cursor == "河北代表团\nab\n".count + 2)
    }

    @Test func aSingleLineHasNoLinesToMoveTo() {
        var field = TextField("one line")
        let (down, up) = (field.moveLine(1), field.moveLine(-1))
        #expect(!down && !up)
        #expect(field.cursor == 8)
    }

    @Test func inTheReasonFieldUpGoesToTheLineAboveThenDownToTheEnd() throws {
        var state = Fixtures.state()
        Fixtures.press("d n o Space d a t e s Enter t r y Space s p r i n g", &state)
        Fixtures.press("Up", &state)
        #expect(state.form?.focus == 0, "still in the reason")
        Fixtures.press("Home ! Down", &state)
        #expect(state.form?.fields[0].input.text == "!no dates\ntry spring")
        let cursor = try #require(cursorPosition(state))
        #expect(render(state).line(cursor.y).contains("try spring"), "the terminal cursor follows to the second row")
    }

    @Test func fromTheFirstLineOfNotesUpMovesToThePreviousField() {
        var state = Fixtures.state()
        Fixtures.press("2 e", &state)
        let notes = state.form!.index(of: "notes")!
        while state.form!.focus != notes { Fixtures.press("Tab", &state) }
        // Notes open with the cursor at the end of the last line; Up walks to the first line, then out.
        let lines = state.form!.focusedField.input.lineLayout.lines.count
        #expect(lines >= 2)
        for _ in 1..<lines { Fixtures.press("Up", &state) }
        #expect(state.form?.focus == notes)
        Fixtures.press("Up", &state)
        #expect(state.form?.focus == notes - 1, "the first line: on to the field above")
        Fixtures.press("Down", &state)
        #expect(state.form?.focus == notes)
        Fixtures.press("Down", &state)
        #expect(state.form?.focus == notes, "the cursor stayed on the first line: Down goes to the second")
        #expect(state.form?.focusedField.input.lineLayout.cursorLine == 1)
    }
}
