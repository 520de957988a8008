import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// `n` and `e` in Contacts: a person's card in a form, the pinyin of a Chinese name shown as it
/// is typed, the id from the Latin name (or the pinyin), bad input refused next to its field.
@Suite struct ContactFormTests {
    @discardableResult
    func type(_ text: String, _ state: inout AppState) -> [Effect] {
        text.flatMap { update(&state, .key(.character($0))) }
    }

    func contactSave(_ effects: [Effect]) -> ContactEdit? {
        guard effects.count == 1, case .save(let request) = effects[0], request.contactEdits.count == 1 else { return nil }
        return request.contactEdits[0]
    }

    func screenText(_ state: AppState) -> String {
        let grid = render(state)
        expectExactWidths(grid)
        return (0..<state.size.height).map { grid.line($0) }.joined(separator: "\n")
    }

    @Test func aNameOnlyInChineseGetsItsLatinNameAndIdFromPinyin() throws {
        var state = Fixtures.state()
        Fixtures.press("4 n", &state)
        #expect(state.form?.title == "new contact")
        Fixtures.press("Tab", &state)
        type("李娜", &state)
        #expect(screenText(state).contains("pinyin: Lǐ Nà · Latin name and id: Li Na"))
        Fixtures.press("Tab", &state)
        type("cn", &state)
        let edit = try #require(contactSave(Fixtures.press("C-s", &state)))
        #expect(edit.shown == nil)
        #expect(edit.updated.id == "li-na")
        #expect(edit.updated.name == "Li Na")
        #expect(edit.updated.nameZh == "李娜")
        #expect(edit.updated.country == "CN")
        #expect(edit.updated.staff == false)
    }

    @Test func aTakenIdIsNumbered() throws {
        var state = Fixtures.state()
        Fixtures.press("4 n Tab", &state)
        type("张伟", &state)
        let edit = try #require(contactSave(Fixtures.press("C-s", &state)))
        #expect(edit.updated.id == "zhang-wei-2")
    }

    @Test func badInputIsRefusedNextToItsFieldAndNothingTypedIsLost() throws {
        var state = Fixtures.state()
        Fixtures.press("4 n", &state)
        #expect(Fixtures.press("C-s", &state).isEmpty)
        #expect(state.form?.fields[0].error?.contains("a name in Latin script") == true)
        type("Karin Dahl", &state)
        Fixtures.press("Tab Tab", &state)
        type("Sweden", &state)
        for _ in 0..<5 { Fixtures.press("Tab", &state) }
        type("karin.dahl@example.se, karin at home", &state)
        #expect(Fixtures.press("C-s", &state).isEmpty)
        let form = try #require(state.form)
        #expect(form.fields[2].error?.contains("`SWEDEN` is not a two-letter country code") == true)
        #expect(form.fields[7].error?.contains("`karin at home` is not an email address") == true)
        #expect(form.fields[0].input.text == "Karin Dahl")
        #expect(screenText(state).contains("↳ `karin at home` is not an email address"))
    }

    @Test func editChangesOnlyWhatWasTypedAndKeepsTheRest() throws {
        var state = Fixtures.state()
        Fixtures.press("4", &state)
        let shown = try #require(state.selectedContact)
        Fixtures.press("e", &state)
        #expect(state.form?.title == "edit contact \(shown.id)")
        for _ in 0..<5 { Fixtures.press("Tab", &state) }  // Role
        Fixtures.press("C-u", &state)
        type("Head of section", &state)
        for _ in 0..<4 { Fixtures.press("Tab", &state) }  // Staff
        #expect(state.form?.focusedField.name == "staff")
        Fixtures.press("C-u", &state)
        type("maybe", &state)
        #expect(Fixtures.press("C-s", &state).isEmpty)
        #expect(state.form?.focusedField.error?.hasPrefix("yes") == true)
        Fixtures.press("C-u", &state)
        type("ja", &state)
        let edit = try #require(contactSave(Fixtures.press("C-s", &state)))
        var expected = shown
        expected.role = "Head of section"
        expected.staff = true
        #expect(edit.shown == shown)
        #expect(edit.updated == expected, "languages, topics, tags and notes are kept")
    }

    @Test func capitalEOpensTheContactsFile() throws {
        var state = Fixtures.state()
        Fixtures.press("4", &state)
        let id = try #require(state.selectedContact?.id)
        #expect(Fixtures.press("E", &state) == [.openInEditor(.contacts, id: id)])
    }
}
