import Testing
import VisitDeskDocuments
import VisitDeskDomain
@testable import VisitDeskUI

/// `f` chooses what `w` and `o` write, the header says it; `a` chooses a letter's attachments.
@Suite struct DocumentFormatTests {
    @Test func fStepsAProgrammeThroughTextHTMLAndPDFAndTheHeaderFollows() throws {
        var state = Fixtures.state()
        Fixtures.press("2 D", &state)
        var headers: [String] = []
        var names: [String] = []
        for _ in 0..<4 {
            headers.append(String(render(state).text.split(separator: "\n")[0]))
            names.append(try #require(writeRequest(Fixtures.press("w", &state))).fileName)
            Fixtures.press("f", &state)
        }
        #expect(headers[0].contains("· writes text ─") && headers[1].contains("· writes HTML ─") && headers[2].contains("· writes PDF ─"))
        #expect(headers[3] == headers[0], "a fourth f comes back to text")
        #expect(names.map { $0.split(separator: ".").last! } == ["txt", "html", "pdf", "txt"])
    }

    @Test func aPDFIsMadeByTheRunnerFromTheHTMLAndTheStatusBarSaysItIsOnItsWay() throws {
        var state = Fixtures.state()
        Fixtures.press("2 D f f", &state)
        let request = try #require(writeRequest(Fixtures.press("w", &state)))
        guard case .pdf(let html) = request.content else {
            Issue.record("PDF as \(request.content)")
            return
        }
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("河北省商务厅代表团"))
        #expect(state.message == "writing export/hebei-commerce-2026-programme-zh-en.pdf…")
    }

    @Test func aLetterOffersTextAndEmlAndAProgrammesPDFFallsBackToTextOnALetter() throws {
        var state = Fixtures.state()
        Fixtures.press("2 D f f n n", &state)  // PDF on the programme, then on to the first letter
        #expect(state.documentPreview?.format == .text)
        Fixtures.press("f", &state)
        #expect(render(state).text.contains("Confirmation · zh · hebei-commerce-2026 · writes .eml"))
        let request = try #require(writeRequest(Fixtures.press("w", &state)))
        guard case .mail(let mail, let attachments) = request.content else {
            Issue.record("a letter's .eml as \(request.content)")
            return
        }
        #expect(request.fileName == "hebei-commerce-2026-confirmation-zh.eml", "named by the letter's one language, not the pair")
        #expect(mail.to.map(\.email) == ["wang.fang@example.cn"] && attachments.isEmpty)
        Fixtures.press("f", &state)
        #expect(state.documentPreview?.format == .text, "f on a letter: text, .eml, text")
    }

    @Test func aStepsALettersAttachmentsAndTheHeaderAndTheMailCarryThem() throws {
        var state = Fixtures.state()
        Fixtures.press("2 D n n a", &state)
        #expect(render(state).text.contains("writes .eml + .ics"), "a turns the letter into an .eml with its calendar")
        var request = try #require(writeRequest(Fixtures.press("w", &state)))
        guard case .mail(_, let calendarOnly) = request.content else { Issue.record("\(request.content)"); return }
        #expect(calendarOnly.calendarOf == "hebei-commerce-2026" && calendarOnly.programmePDF == nil)
        Fixtures.press("a", &state)
        #expect(render(state).text.contains("writes .eml + PDF ─"))
        Fixtures.press("a", &state)
        request = try #require(writeRequest(Fixtures.press("w", &state)))
        guard case .mail(_, let both) = request.content, let pdf = both.programmePDF else { Issue.record("\(request.content)"); return }
        #expect(both.calendarOf == "hebei-commerce-2026" && pdf.fileName == "hebei-commerce-2026-programme-zh-en.pdf")
        #expect(pdf.html.contains("斯德哥尔摩 Stockholm"), "the programme in the preview's languages")
        Fixtures.press("s", &state)
        #expect(state.message?.hasSuffix("· + .ics + PDF") == true, "the send question names the attachments")
        guard case .sendMail(_, let sent)? = Fixtures.press("y", &state).first else { Issue.record("y sent nothing"); return }
        #expect(sent == both)
        Fixtures.press("a", &state)
        #expect(render(state).text.contains("· writes .eml ─"), "a fourth a: no attachments")
    }

    @Test func aLettersHeaderWithBothAttachmentsFitsAt80Columns() {
        var state = Fixtures.state(80, 24)
        Fixtures.press("2 D n n a a a", &state)
        #expect(render(state).text.split(separator: "\n")[1].contains("· writes .eml + .ics + PDF ─"), "row 1 is the tab bar at 80x24")
    }

    @Test func aOnAProgrammeSaysWhatItIsForAndChangesNothing() {
        var state = Fixtures.state()
        Fixtures.press("2 D a", &state)
        #expect(state.message == "a chooses a letter's attachments: n to choose a letter")
        #expect(state.documentPreview?.attachments == LetterAttachments.none && state.documentPreview?.format == .text)
    }

    @Test func oAsksTheRunnerToWriteAndOpenWithoutReplacing() throws {
        var state = Fixtures.state()
        Fixtures.press("2 D f", &state)
        let request = try #require(writeRequest(Fixtures.press("o", &state)))
        #expect(request.open && !request.replace && request.fileName.hasSuffix(".html"))
    }

    @Test func aLetterThatCannotGoOutIsNotWrittenAndTheStatusBarSaysWhy() {
        var state = Fixtures.state()
        Fixtures.press("2 D n n f", &state)
        let id = state.documentPreview!.delegationID
        var catalog = state.catalog
        var delegation = catalog.delegation(id: id)!
        delegation.lead = nil
        catalog.upsert(delegation)
        _ = update(&state, .catalogReplaced(catalog, summary: nil))
        #expect(Fixtures.press("w", &state).isEmpty)
        #expect(state.message?.contains("lead") == true, "\(state.message ?? "")")
    }

    /// At 120 columns; at 80 the counts keep their place and a name this long is cut (the
    /// status bar's rule: the message gives way first).
    @Test(arguments: [(120, 40), (160, 45)])
    func theWrittenFilesNameSurvivesTheStatusBar(_ size: (Int, Int)) {
        // The longest name the demo store gives, as the runner reports it: relative to the store.
        let message = "wrote export/hebei-commerce-waste-water-programme-zh-en.html (no desktop to open it), in the store /home/lina/.local/share/visitdesk"
        var state = Fixtures.state(size.0, size.1)
        Fixtures.press("2 D", &state)
        _ = update(&state, .message(message))
        let statusRow = String(render(state).text.split(separator: "\n").last!)
        #expect(statusRow.contains("wrote export/hebei-commerce-waste-water-programme-zh-en.html"), "\(statusRow)")
    }
}
