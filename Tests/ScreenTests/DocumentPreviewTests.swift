import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// `D` shows what would go out to a delegation before it goes: the programme in the chosen
/// language, scrollable, with keys that write and copy it.
@Suite struct DocumentPreviewTests {
    @Test func dOnAGroupShowsItsProgrammeInChineseAndEnglishWithBothClocks() {
        let grid = Fixtures.screen("2 D")
        #expect(grid.text.contains("Programme · zh+en · hebei-commerce-2026"))
        #expect(grid.text.contains("河北省商务厅代表团 · Hebei Bureau of Commerce Group"))
        #expect(grid.text.contains("2026年11月26日 星期四 · Thursday 26 November 2026"))
        #expect(grid.text.contains("斯德哥尔摩 Stockholm 09:00–12:00 · 北京 Beijing 16:00–19:00"))
    }

    @Test func lStepsThroughTheLanguagesAndNSwitchesToTheNameList() {
        var state = Fixtures.state()
        Fixtures.press("2 D l", &state)
        #expect(render(state).text.contains("torsdag 26 november 2026"), "zh+en → sv+en")
        Fixtures.press("l", &state)
        #expect(state.documentPreview?.language == "en")
        Fixtures.press("n", &state)
        let text = render(state).text
        #expect(text.contains("List of visitors"))
        #expect(text.contains("Wang Fang | 王芳 | Wáng Fāng | Hebei Bureau of Commerce | Deputy director"))
    }

    @Test func wWritesWhatTheHeaderSaysFTurnsItIntoHTMLAndYCopiesTheText() throws {
        var state = Fixtures.state()
        Fixtures.press("2 D", &state)
        let text = try #require(writeRequest(Fixtures.press("w", &state)))
        #expect(text.fileName == "hebei-commerce-2026-programme-zh-en.txt" && !text.replace && !text.open)
        Fixtures.press("f", &state)
        #expect(render(state).text.contains("Programme · zh+en · hebei-commerce-2026 · writes HTML"))
        let html = try #require(writeRequest(Fixtures.press("w", &state)))
        #expect(html.fileName == "hebei-commerce-2026-programme-zh-en.html")
        guard case .text(let page) = html.content else {
            Issue.record("HTML as \(html.content)")
            return
        }
        #expect(page.contains("<html lang=\"zh-CN\">"))
        #expect(try #require(writeRequest(Fixtures.press("W", &state))).replace)
        guard case .copyToClipboard(let copied, let what)? = Fixtures.press("y", &state).first else {
            Issue.record("y copied nothing")
            return
        }
        #expect(what == "the programme" && copied.hasPrefix("河北省商务厅代表团"))
    }

    @Test func longLinesWrapByDisplayWidthAndEveryRowKeepsItsWidth() {
        let grid = Fixtures.screen("2 D", 60, 30)
        let rows = grid.text.split(separator: "\n")
        #expect(rows.contains { $0.contains("接待人 / Host: Erik Sjöberg") })
        #expect(rows.contains { $0.hasPrefix("│        ") && $0.contains("+46 72 039 01 71") }, "the host's phone wraps under it")
    }

    @Test func scrollingStopsAtTheEndAndEscGoesBack() {
        var state = Fixtures.state(120, 20)
        Fixtures.press("2 D G", &state)
        let bottom = state.documentPreview?.top ?? 0
        #expect(bottom > 0)
        Fixtures.press("Down PgDn", &state)
        #expect(state.documentPreview?.top == bottom)
        Fixtures.press("Escape", &state)
        #expect(state.documentPreview == nil && state.focus == .groups)
    }

    @Test func dOnContactsDoesNothing() {
        var state = Fixtures.state()
        #expect(Fixtures.press("4 D", &state).isEmpty)
        #expect(state.documentPreview == nil)
    }
}

extension DocumentPreviewTests {
    @Test func nStepsOnToTheLettersWrittenInTheFirstLanguageOfThePair() {
        var state = Fixtures.state()
        Fixtures.press("2 D n n", &state)
        let text = render(state).text
        #expect(text.contains("Confirmation · zh · hebei-commerce-2026"))
        #expect(text.contains("Subject: 访问确认：河北省商务厅代表团"))
        #expect(text.contains("尊敬的王芳："))
    }

    @Test func aStoreTemplateIsUsedAndItsMistakeIsShownWithFileAndLine() {
        var state = Fixtures.state()
        state.letterTemplates["confirmation.zh.mustache"] = "Subject: 确认\n\n您好 {{lead.nmae}}\n"
        Fixtures.press("2 D n n", &state)
        #expect(render(state).text.contains("templates/confirmation.zh.mustache:3: unknown placeholder `{{lead.nmae}}`"))
        #expect(Fixtures.press("s", &state).isEmpty && state.documentPreview?.pendingSend == nil, "a broken letter is not offered for sending")
    }

    @Test func sAsksFirstThenYSendsToTheLeadWithTheCoordinatorCopied() throws {
        var state = Fixtures.state()
        Fixtures.press("2 D n n l", &state)  // sv+en: the letter in Swedish
        #expect(Fixtures.press("s", &state).isEmpty)
        #expect(state.message == "y sends, any other key cancels: to Wang Fang <wang.fang@example.cn>, CC lina.berg@example.se")
        guard case .sendMail(let mail, let attachments)? = Fixtures.press("y", &state).first else {
            Issue.record("y sent nothing")
            return
        }
        #expect(mail.to.map(\.email) == ["wang.fang@example.cn"] && mail.cc.map(\.email) == ["lina.berg@example.se"])
        #expect(mail.text.hasPrefix("Hej Wang Fang,") && attachments.isEmpty)
        Fixtures.press("s", &state)
        #expect(Fixtures.press("x", &state).isEmpty && state.message == "not sent")
    }
}

/// The request in a key's effects, if it asked to write a document.
func writeRequest(_ effects: [Effect]) -> DocumentWrite? {
    guard case .writeDocument(let request)? = effects.first else { return nil }
    return request
}

extension DocumentPreviewTests {
    @Test func templatesReloadedFromDiskAreUsedAtOnceAndAMistakeNamesFileAndLine() {
        var state = Fixtures.state()
        Fixtures.press("2 D n n", &state)
        _ = update(&state, .templatesReplaced(["confirmation.zh.mustache": "Subject: 新的确认\n\n{{lead.display}}，欢迎！\n"],
                                              summary: Phrase("reloaded templates/confirmation.zh.mustache")))
        var text = render(state).text
        #expect(text.contains("Subject: 新的确认") && text.contains("王芳，欢迎！"))
        #expect(text.contains("reloaded templates/confirmation.zh.mustache"))
        _ = update(&state, .templatesReplaced(["confirmation.zh.mustache": "Subject: 确认\n\n{{#lead}}\n{{lead.display}}\n"], summary: Phrase("reloaded")))
        text = render(state).text
        // Mustache finds an unclosed section at the end of the file: the line it names is the last.
        #expect(text.contains("templates/confirmation.zh.mustache:5: template syntax error"), "\(text.split(separator: "\n").prefix(3))")
    }
}
