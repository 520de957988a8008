import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The contact card says a Chinese name as the person does: `曾丽` is Zēng Lì (the surname
/// reading), and a `pinyin` key in the file wins over any reading.
@Suite struct ContactPinyinCardTests {
    func pinyinLine(_ contact: Contact) -> String? {
        ContactCard.lines(contact).first { $0.label == "Pinyin" }?.value
    }

    @Test func theCardUsesTheSurnameReadingAndTheOwnKey() {
        #expect(pinyinLine(Contact(id: "zeng-li", name: "Zeng Li", nameZh: "曾丽")) == "Zēng Lì")
        #expect(pinyinLine(Contact(id: "zeng-li", name: "Zeng Li", nameZh: "曾丽", pinyin: "Zēng Lí")) == "Zēng Lí")
        #expect(pinyinLine(Contact(id: "anna", name: "Anna Berg")) == nil)
    }

    @Test func theCardOnScreenAt80x24() {
        let contacts = Fixtures.contacts + [Contact(id: "zeng-li", name: "Zeng Li", nameZh: "曾丽", country: "CN")]
        let catalog = Catalog(settings: Fixtures.catalog.settings, delegations: Fixtures.delegations, contacts: contacts)
        var state = Fixtures.state(80, 24, catalog: catalog)
        Fixtures.press("4", &state)
        while state.contacts.selectedID != "zeng-li" { Fixtures.press("j", &state) }
        let text = Fixtures.text(state)
        #expect(text.contains("Pinyin    Zēng Lì"), "\(text)")
        #expect(!text.contains("Céng"))
    }
}
