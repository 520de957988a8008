import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// `D` in Contacts and on a card: a person nobody names is deleted after a y; a person still
/// named is not — the question lists the records, and y picks (with the `@` lookup) someone to
/// take their place in all of them, written with the removal as one step.
@Suite struct ContactDeleteTests {
    /// The card of the person the lookup finds first for `query`.
    func card(_ query: String, _ width: Int = 120, _ height: Int = 40) -> AppState {
        var state = Fixtures.state(width, height)
        Fixtures.press("4 @", &state)
        Fixtures.press(query.map { $0 == " " ? "Space" : String($0) }.joined(separator: " "), &state)
        Fixtures.press("Enter", &state)
        return state
    }

    func request(_ effects: [Effect]) -> SaveRequest? {
        guard effects.count == 1, case .save(let request) = effects[0] else { return nil }
        return request
    }

    @Test func aPersonNobodyNamesIsDeletedAfterYes() throws {
        var state = card("zoe")
        let zoe = try #require(state.catalog.contact(id: "zoe-lind"))
        #expect(Fixtures.press("D", &state).isEmpty)
        #expect(Fixtures.text(state).contains("delete \(zoe.name) (zoe-lind)? y/n"))
        let save = try #require(request(Fixtures.press("y", &state)))
        #expect(save.contactRemovals == [zoe])
        #expect(save.edits.isEmpty)
        #expect(save.label == "delete contact zoe-lind")
        #expect(state.modeKind == .contacts)
    }

    @Test func noKeepsThePerson() {
        var state = card("zoe")
        Fixtures.press("D", &state)
        #expect(Fixtures.press("n", &state).isEmpty)
        #expect(state.message == "nothing deleted")
        #expect(state.modeKind == .card)
    }

    @Test func aNamedPersonIsRefusedWithTheRecordsThatNameThem() {
        var state = card("wang fang")
        #expect(Fixtures.press("D", &state).isEmpty)
        let text = Fixtures.text(state)
        #expect(text.contains("named in 2 places:"))
        #expect(text.contains("hebei-commerce-2026 · Hebei Bureau of Commerce Group: lead"))
        #expect(text.contains("hebei-commerce-2026 · Hebei Bureau of Commerce Group: member"))
        #expect(text.contains("not deleted while named · y: choose who takes their place, n: keep"))
        #expect(Fixtures.press("n", &state).isEmpty)
        #expect(state.modeKind == .card)
    }

    @Test func yesPicksSomeoneToTakeTheirPlaceInEveryRecordAsOneStep() throws {
        var state = card("wang fang")
        Fixtures.press("D y", &state)
        #expect(state.modeKind == .lookup)
        #expect(Fixtures.text(state).contains("Who takes Wang Fang's place?"))
        Fixtures.press("z h a n g Enter", &state)
        #expect(Fixtures.text(state).contains("put Zhang Wei (zhang-wei) in 2 places, delete Wang Fang? y/n"))
        let save = try #require(request(Fixtures.press("y", &state)))
        #expect(save.contactRemovals.map(\.id) == ["wang-fang"])
        #expect(save.edits.count == 1)
        let updated = try #require(save.edits.first?.updated)
        #expect(updated.lead == "zhang-wei")
        #expect(updated.members == ["zhang-wei"])
        #expect(save.edits.first?.shown?.lead == "wang-fang")
    }

    @Test func theDeletedPersonCannotTakeTheirOwnPlace() {
        var state = card("wang fang")
        Fixtures.press("D y", &state)
        Fixtures.press("w a n g Space f a n g Enter", &state)
        #expect(state.message?.contains("choose someone else") == true)
        #expect(state.modeKind == .lookup)
    }

    @Test func hostsOfSlotsAreListedByTheirSlot() {
        var state = card("asa")
        Fixtures.press("D", &state)
        #expect(Fixtures.text(state).contains(": host of slot 2"))
    }

    @Test func dInTheContactsPaneDeletesAndNoLongerOpensDocuments() {
        var state = Fixtures.state()
        Fixtures.press("4 D", &state)
        #expect(state.modeKind == .prompt)
        #expect(state.documentPreview == nil)
        Fixtures.press("Esc 2 D", &state)
        #expect(state.documentPreview != nil)
    }

    @Test func theQuestionFitsAt80x24() {
        var state = card("asa", 80, 24)
        Fixtures.press("D", &state)
        let text = Fixtures.text(state)
        #expect(text.contains("Delete contact"))
        #expect(text.contains("y: choose who takes their place"))
    }
}

/// Changing a person's id in the edit form (its last field): the file is renamed and every record
/// naming them rewritten in the same step; a taken or malformed id is refused next to the field.
@Suite struct ContactRenameTests {
    /// The edit form of Wang Fang with the Id field focused and cleared.
    func idField() -> AppState {
        var state = Fixtures.state()
        Fixtures.press("4 @ w a n g Space f a n g Enter e BTab C-u", &state)
        return state
    }

    @discardableResult
    func type(_ text: String, _ state: inout AppState) -> [Effect] {
        text.flatMap { update(&state, .key(.character($0))) }
    }

    @Test func aNewIdRewritesEveryRecordNamingThePersonAsOneStep() throws {
        var state = idField()
        #expect(state.form?.focusedField.name == "id")
        type("wang-fang-hebei", &state)
        let effects = Fixtures.press("C-s", &state)
        guard effects.count == 1, case .save(let request) = effects[0] else { Issue.record("no save: \(effects)"); return }
        #expect(request.label == "rename contact wang-fang → wang-fang-hebei")
        #expect(request.contactEdits.map(\.shown?.id) == ["wang-fang"])
        #expect(request.contactEdits.map(\.updated.id) == ["wang-fang-hebei"])
        let hebei = try #require(request.edits.first?.updated)
        #expect(request.edits.count == 1)
        #expect(hebei.lead == "wang-fang-hebei")
        #expect(hebei.members == ["wang-fang-hebei", "zhang-wei"])
    }

    @Test func aTakenIdIsRefusedNextToTheFieldAndTheTypingStays() {
        var state = idField()
        type("zhang-wei", &state)
        #expect(Fixtures.press("C-s", &state).isEmpty)
        #expect(state.form?.fields.last?.error == "`zhang-wei` is Zhang Wei's id already")
        #expect(state.form?.fields.last?.input.text == "zhang-wei")
    }

    @Test func aMalformedIdIsRefused() {
        var state = idField()
        type("Wang Fang", &state)
        #expect(Fixtures.press("C-s", &state).isEmpty)
        #expect(state.form?.fields.last?.error?.contains("is not an id") == true)
    }

    @Test func theNewContactFormHasNoIdField() {
        var state = Fixtures.state()
        Fixtures.press("4 n", &state)
        #expect(state.form?.fields.contains { $0.name == "id" } == false)
    }
}
