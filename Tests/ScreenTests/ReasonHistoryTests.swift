import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// A reason given at hold, decline or cancel is the record's `reason` and also a dated line in
/// its `history`: the next decision adds a line instead of losing the one before.
@Suite struct ReasonHistoryTests {
    func updated(_ effects: [Effect]) -> Delegation? {
        guard effects.count == 1, case .save(let request) = effects[0] else { return nil }
        return request.edits.first?.updated
    }

    @Test func eachDecisionAddsADatedLine() throws {
        var state = Fixtures.state()
        Fixtures.press("h", &state)
        Fixtures.press("w a i t i n g Space f o r Space d a t e s", &state)
        var record = try #require(updated(Fixtures.press("C-s", &state)))
        #expect(record.reason == "waiting for dates")
        #expect(record.history == ["2026-11-25 on-hold: waiting for dates"])

        // The same record declined later: the hold's line stays, the decline's follows it.
        var catalog = state.catalog
        catalog.upsert(record)
        state = Fixtures.state(catalog: catalog)
        Fixtures.press("d", &state)
        Fixtures.press("n o Space b u d g e t", &state)
        record = try #require(updated(Fixtures.press("C-s", &state)))
        #expect(record.reason == "no budget")
        #expect(record.history == ["2026-11-25 on-hold: waiting for dates", "2026-11-25 declined: no budget"])
    }

    @Test func theDetailViewShowsEarlierReasonsUnderTheCurrentOne() {
        var catalog = Fixtures.catalog
        var record = catalog.delegation(id: "beijing-bank")!
        record.history = ["2026-10-02 on-hold: no interpreter", "2026-11-20 on-hold: waiting for dates"]
        catalog.upsert(record)
        var state = Fixtures.state(catalog: catalog)
        while state.selectedRequest?.id != "beijing-bank" { Fixtures.press("j", &state) }
        Fixtures.press("Enter", &state)
        let text = Fixtures.text(state)
        let newest = text.range(of: "2026-11-20 on-hold: waiting for dates"), oldest = text.range(of: "2026-10-02 on-hold: no interpreter")
        #expect(newest != nil && oldest != nil)
        if let newest, let oldest { #expect(newest.lowerBound < oldest.lowerBound, "newest first") }
    }

    @Test func aReasonOverSeveralLinesIsOneHistoryLine() {
        #expect(Delegation.historyLine(on: LocalDate(year: 2026, month: 11, day: 25), .cancelled, "flights cancelled\n  try spring") ==
            "2026-11-25 cancelled: flights cancelled / try spring")
    }
}

/// Notes, reasons and the outcome take several lines: Enter starts a new one, C-s saves, each
/// line has its own row in the form and the terminal cursor sits on the line being typed.
@Suite struct MultiLineFieldTests {
    @Test func enterStartsANewLineAndCtrlSSaves() throws {
        var state = Fixtures.state()
        Fixtures.press("d n o Space d a t e s Enter t r y Space s p r i n g", &state)
        #expect(state.form?.fields[0].input.text == "no dates\ntry spring")
        let text = Fixtures.text(state)
        let first = try #require(text.split(separator: "\n").firstIndex { $0.contains("Reason*") && $0.contains("no dates") })
        #expect(text.split(separator: "\n")[first + 1].contains("try spring"), "the second line on the row below")
        #expect(text.contains("Enter new line · Tab next field · C-s saves"))
        let cursor = try #require(cursorPosition(state))
        #expect(render(state).line(cursor.y).contains("try spring"))
        let effects = Fixtures.press("C-s", &state)
        guard case .save(let request)? = effects.first else { Issue.record("no save"); return }
        #expect(request.edits[0].updated.reason == "no dates\ntry spring")
        #expect(request.edits[0].updated.history == ["2026-11-25 declined: no dates / try spring"])
    }

    @Test func theEditFormShowsNotesOverSeveralRows() {
        var state = Fixtures.state()
        Fixtures.press("2 e", &state)
        let text = Fixtures.text(state)
        #expect(text.contains("Interested in sludge handling."))
        #expect(text.contains("Interpreter needed."))
        #expect(!text.contains("handling.Interpreter"), "each line on its own row")
    }
}
