import Testing
import VisitDeskDomain
@testable import VisitDeskUI

@Suite struct ContactCardTests {
    /// The full card of the person `query` finds through `@`.
    private func card(_ query: String, _ width: Int = 120, _ height: Int = 40) -> AppState {
        ContactFixtures.state(width, height, keys: "@", typing: query, then: "Enter")
    }

    @Test func fullCardIsBilingualWithPinyinAndBothPhoneForms() {
        let state = card("王芳")
        let text = render(state).text
        for expected in ["Wang Fang", "王芳", "Wáng Fāng", "Hebei Bureau of Commerce", "河北省商务厅", "Deputy director",
                         "+86 138 0013 8000", "wang.fang@example.cn", "wangfang_hb", "zh, en", "delegation-lead"] {
            #expect(text.contains(expected), "the card shows \(expected)")
        }
        assertSnapshot(render(state), named: "contact-card-wang-fang-120x40")
    }

    @Test func phonesShowAsWrittenAndInternationalAndAnUnknownOneIsMarked() {
        let asa = render(card("åsa")).text
        #expect(asa.contains("072-039 01 71  +46 72 039 01 71"))
        #expect(asa.contains("+46 243 730 00"))
        let zack = render(card("zack"))
        #expect(zack.text.contains("ring växeln  (?) not understood"))
        #expect(zack.text.contains("Prefers email.") && zack.text.contains("Speaks some Mandarin."), "each line of the notes")
        #expect(zack.text.contains("motorhomes"), "tags")
    }

    @Test func delegationsNamingThePersonWithTheirRoleNewestFirst() {
        let zhang = card("zhang wei")
        let lines = ContactCardLinks.lines(for: "zhang-wei", state: zhang)
        #expect(lines.map(\.label) == ["member", "lead"])
        #expect(lines[0].value == "Hebei Bureau of Commerce Group · confirmed · 2026-11-26")
        #expect(lines[1].value == "Jiangsu Motorhome & Camping Study Tour · reviewing · 2026-10-01")
        let wang = ContactCardLinks.lines(for: "wang-fang", state: zhang)
        #expect(wang.map(\.label) == ["lead"] && wang[0].value.hasSuffix("also member"))
        let asa = ContactCardLinks.lines(for: "asa-oberg", state: zhang)
        #expect(asa.map(\.label) == ["host", "host"])
        #expect(ContactCardLinks.lines(for: "lina-berg", state: zhang).map(\.label) == ["owner"])
        #expect(ContactCardLinks.lines(for: "zack-wiik", state: zhang).isEmpty)
    }

    @Test func enterOnAHighlightedDelegationJumpsToIt() {
        var state = card("zhang wei")
        #expect(render(state).text.contains("Jiangsu Motorhome"))
        Fixtures.press("Enter", &state)
        #expect(state.overlay == .detail(id: "hebei-commerce-2026", top: 0))
        state = card("zhang wei")
        Fixtures.press("Down Enter", &state)
        #expect(state.overlay == .detail(id: "jiangsu-camping", top: 0))
        Fixtures.press("Escape", &state)
        #expect(state.overlay == .contact(id: "zhang-wei", top: 0), "Esc goes back to the card it came from")
        Fixtures.press("Escape", &state)
        #expect(state.overlay == nil)
    }

    @Test func escOnADelegationOpenedElsewhereDoesNotReturnToAnOldCard() {
        var state = card("zhang wei")
        Fixtures.press("Enter", &state)
        _ = update(&state, .catalogReplaced(Catalog(settings: Fixtures.catalog.settings, delegations: [], contacts: ContactFixtures.catalog.contacts), summary: nil))
        #expect(state.overlay == .contact(id: "zhang-wei", top: 0), "the delegation vanished from the store: the card under it shows")
        Fixtures.press("Escape", &state)
        #expect(state.overlay == nil)
        _ = update(&state, .catalogReplaced(ContactFixtures.catalog, summary: nil))
        Fixtures.press("1 Enter Escape", &state)
        #expect(state.overlay == nil)
    }

    @Test func onASmallScreenDownScrollsToTheDelegationsAndHighlightsThem() {
        var state = card("zhang wei", 40, 12)
        let before = render(state).text
        #expect(!before.contains("Jiangsu"), "the delegations are below the fold")
        Fixtures.press("Down", &state)
        #expect(state.contactView.cardCursor == 0 && state.overlay != .contact(id: "zhang-wei", top: 0))
        Fixtures.press("Down", &state)
        #expect(state.contactView.cardCursor == 1)
        #expect(render(state).text.contains("Jiangsu"))
        Fixtures.press("Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up Up", &state)
        #expect(state.overlay == .contact(id: "zhang-wei", top: 0), "Up past the first delegation scrolls back to the top")
        #expect(state.contactView.cardCursor == 0)
    }

    @Test func thePaneCardShowsPinyinAndWhereThePersonIsNamed() {
        var state = ContactFixtures.state(80, 24)
        Fixtures.press("4 / 张 伟 Enter Escape", &state)
        let text = render(state).text
        #expect(text.contains("Pinyin") && text.contains("Zhāng Wěi"))
        #expect(text.contains("member    Hebei Bureau of Commerce Gr"))
    }
}

@Suite struct ContactSideAndOrderTests {
    @Test func sCyclesSwedishSideChineseSideAll() {
        var state = ContactFixtures.state()
        Fixtures.press("4 s", &state)
        #expect(state.contactView.side == .swedish)
        #expect(Set(ContactFixtures.ids(state.contacts.rows, state)) == ["asa-oberg", "erik-sjoberg", "zoe-lind", "lina-berg", "anders-ahl", "zack-wiik"])
        #expect(render(state).text.contains("Swedish side · 1/6"))
        Fixtures.press("s", &state)
        #expect(ContactFixtures.ids(state.contacts.rows, state) == ["wang-fang", "zhang-wei", "zhang-wen"])
        #expect(state.selectedContact?.side == .chinese)
        Fixtures.press("s", &state)
        #expect(state.contactView.side == .all && state.contacts.rows.count == 9)
    }

    @Test func sideAndLookupCombine() {
        var state = ContactFixtures.state()
        Fixtures.press("4 s s / z w", &state)
        #expect(Set(ContactFixtures.ids(state.contacts.rows, state)) == ["zhang-wei", "zhang-wen"], "Zack Wiik is on the Swedish side")
    }

    @Test func oSortsByOrganisationWithSwedishCollationThenByName() {
        var state = ContactFixtures.state()
        Fixtures.press("4", &state)
        #expect(ContactFixtures.ids(state.contacts.rows, state) ==
            ["anders-ahl", "erik-sjoberg", "lina-berg", "wang-fang", "zack-wiik", "zhang-wei", "zhang-wen", "zoe-lind", "asa-oberg"])
        Fixtures.press("o", &state)
        #expect(ContactFixtures.ids(state.contacts.rows, state) ==
            ["asa-oberg", "erik-sjoberg", "lina-berg", "zoe-lind", "anders-ahl", "wang-fang", "zhang-wei", "zhang-wen", "zack-wiik"])
        #expect(render(state).text.contains("by organisation"))
        Fixtures.press("o", &state)
        #expect(state.contactView.order == .name)
    }

    @Test func aLookupFindsSomeoneTheSideHidesAndWidensTheSide() {
        var state = ContactFixtures.state()
        Fixtures.press("4 s @ 张 伟 Enter", &state)
        #expect(state.contactView.side == .all)
        #expect(state.selectedContact?.id == "zhang-wei")
    }

    @Test func helpListsTheContactKeys() {
        let text = Fixtures.screen("4 ?").text
        for key in ["Swedish side / Chinese side / all", "sort by name / by organisation", "copy the phone", "copy the email", "find a contact"] {
            #expect(text.contains(key), "\(key)")
        }
        var state = ContactFixtures.state()
        Fixtures.press("@ l i n a Enter ?", &state)
        #expect(render(state).text.contains("open the highlighted delegation"))
    }
}
