import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// Text that used to reach the screen as finished English: sentences from the store, sharing and
/// the runtime (`Phrase`), the document preview's title and the report's rows of status words.
/// Each is drawn in the language on screen.
@Suite struct EdgeTextLanguageTests {
    @Test func aReloadSummaryAndASyncStatusReadInTheLanguageOnScreen() {
        var state = Fixtures.state(120, 40)
        state.language = .zh
        _ = update(&state, .catalogReplaced(Fixtures.catalog, summary: Phrase("reloaded %s", "contacts/asa-oberg.toml")))
        #expect(state.message == "已重新读取 contacts/asa-oberg.toml")
        // A sentence inside a sentence is translated too: "sync: %s" around the sync's summary.
        _ = update(&state, .say(Phrase("sync: %s", Phrase.plural(2, "%d change received", "%d changes received"))))
        #expect(state.message == "同步：已收到 2 项更改")
        // The sync's state stays a phrase in the state: a language switch redraws it.
        _ = update(&state, .syncReport(status: Phrase("offline · %d to send", 3), conflicts: []))
        Fixtures.press("S", &state)
        #expect(render(state).text.contains("离线 · 3 项待发送"))
        state.language = .sv
        #expect(render(state).text.contains("offline · 3 att skicka"))
    }

    @Test func theDocumentPreviewsTitleIsInTheLanguage() {
        var state = Fixtures.state(120, 40)
        state.language = .sv
        Fixtures.press("2 D", &state)
        #expect(render(state).text.contains("Program · zh+en · hebei-commerce-2026 · skriver text"))
        state.language = .zh
        #expect(render(state).text.contains("日程 · zh+en · hebei-commerce-2026 · 写出文本"))
        guard case .copyToClipboard(_, let what)? = Fixtures.press("y", &state).first else {
            Issue.record("y copies the document")
            return
        }
        #expect(what == "日程", "the copy is reported back in the language too")
    }

    @Test func theReportsStatusAndDirectionRowsReadAsTheListsSayThem() throws {
        var state = ReportScreenFixture.state(120, 80)
        state.language = .sv
        let grid = render(state)
        #expect(grid.text.contains("Efter status nu"))
        let declined = try #require(ReportScreenFixture.row(containing: " avböjd ", in: grid), "a status row in Swedish")
        #expect(grid.line(declined).split(separator: " ").contains("1"))
        #expect(ReportScreenFixture.row(containing: " declined ", in: grid) == nil, "no raw status word left")
        #expect(ReportScreenFixture.row(containing: " utgående ", in: grid) != nil, "the direction rows in Swedish")
        // Enter on the row: the list behind it is titled in the language as well.
        let view = try #require(state.reportView)
        let index = try #require(view.lines.firstIndex { $0.label == "declined" && $0.context == "status" })
        let moves = view.rowIndices.firstIndex(of: index) ?? 0
        _ = Fixtures.press(Array(repeating: "j", count: moves).joined(separator: " ") + " Enter", &state)
        #expect(render(state).line(state.bodyRect.y).hasPrefix("avböjd: "))
    }

    /// The store's problems (the `!` list) in the language: the rule's words translated, the
    /// place, `warning:` and what the file says kept as they are.
    @Test func theStoresProblemsReadInTheLanguage() {
        var delegation = Fixtures.delegations[0]
        delegation.size = 0
        let problems = Validation.problems(of: delegation, file: "delegations/\(delegation.id).toml", contactIDs: Set(Fixtures.contacts.map(\.id)))
        #expect(problems.map(\.message).contains("`size` is 0: it must be a positive number of people"), "English stays the problem's identity")
        var catalog = Fixtures.catalog
        catalog.problems = problems + [Problem(file: "contacts/x.toml", line: 2, message: "expected a value after `=`")]
        var state = Fixtures.state(catalog: catalog)
        state.language = .zh
        Fixtures.press("!", &state)
        let text = render(state).text
        #expect(text.contains("delegations/\(delegation.id).toml: `size` 为 0：人数必须为正数"), "\(text)")
        #expect(text.contains("contacts/x.toml:2: expected a value after `=`"), "a parser's own words are quoted as they are")
    }
}
