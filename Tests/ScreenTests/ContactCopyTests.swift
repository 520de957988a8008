import Testing
import VisitDeskDomain
@testable import VisitDeskUI

@Suite struct ContactCopyTests {
    /// The Contacts pane with the person `query` finds selected, as a coordinator gets there.
    private func selecting(_ query: String) -> AppState {
        ContactFixtures.state(keys: "4 /", typing: query, then: "Enter Escape")
    }

    @Test func yCopiesTheOnlyPhoneInInternationalForm() {
        var state = selecting("lina")
        #expect(Fixtures.press("y", &state) == [.copyToClipboard(text: "+46 70 555 12 34", what: "Lina Berg's phone")])
        #expect(state.chooser == nil)
    }

    @Test func yWithSeveralPhonesOpensAChooserAndADigitPicks() {
        var state = selecting("åsa")
        #expect(Fixtures.press("y", &state).isEmpty)
        let chooser = state.chooser
        #expect(chooser?.options.map(\.shown) == ["072-039 01 71  +46 72 039 01 71", "+46 243 730 00"])
        assertSnapshot(render(state), named: "contact-copy-chooser-120x40")
        #expect(Fixtures.press("2", &state) == [.copyToClipboard(text: "+46 243 730 00", what: "Åsa Öberg's phone")])
        #expect(state.chooser == nil)
    }

    @Test func chooserMovesWithArrowsEnterCopiesEscCancels() {
        var state = selecting("åsa")
        Fixtures.press("y Down", &state)
        #expect(state.chooser?.cursor == 1)
        Fixtures.press("Up", &state)
        #expect(Fixtures.press("Enter", &state) == [.copyToClipboard(text: "+46 72 039 01 71", what: "Åsa Öberg's phone")])
        Fixtures.press("y", &state)
        #expect(Fixtures.press("Escape", &state).isEmpty)
        #expect(state.chooser == nil && state.overlay == nil)
        #expect(Fixtures.press("9", &state).isEmpty && state.focus == .contacts, "9 after Esc is not a pick")
    }

    @Test func capitalYCopiesTheEmailOrOffersSeveral() {
        var state = selecting("lina")
        #expect(Fixtures.press("Y", &state) == [.copyToClipboard(text: "lina.berg@example.se", what: "Lina Berg's email")])
        state = selecting("zack")
        Fixtures.press("Y", &state)
        #expect(state.chooser?.options.map(\.text) == ["zack@wiik.se", "bokning@wiik.se"])
    }

    @Test func aNumberNotUnderstoodIsCopiedAsWritten() {
        var state = selecting("zack")
        #expect(Fixtures.press("y", &state) == [.copyToClipboard(text: "ring växeln", what: "Zack Wiik's phone")])
    }

    @Test func nothingToCopySaysSoInTheStatusBar() {
        var state = selecting("ährlund")
        #expect(Fixtures.press("y", &state).isEmpty)
        #expect(state.message == "Anders Ährlund has no phone number")
        #expect(render(state).line(39).contains("Anders Ährlund has no phone number"))
        #expect(Fixtures.press("Y", &state).isEmpty)
        #expect(state.message == "Anders Ährlund has no email address")
    }

    @Test func copyWorksFromTheFullCardToo() {
        var state = selecting("lina")
        Fixtures.press("Enter", &state)
        #expect(state.overlay == .contact(id: "lina-berg", top: 0))
        #expect(Fixtures.press("y", &state) == [.copyToClipboard(text: "+46 70 555 12 34", what: "Lina Berg's phone")])
    }
}
