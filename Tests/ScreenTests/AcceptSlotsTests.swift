import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// Accepting a request with several slots in one go: `C-n` keeps the slot typed and offers the
/// next day; `C-s` writes them all as one save (one undo step).
@Suite struct AcceptSlotsTests {
    func save(_ effects: [Effect]) -> SaveRequest? {
        guard effects.count == 1, case .save(let request) = effects[0] else { return nil }
        return request
    }

    /// The accept form on jiangsu-camping with 14/1 13:30–16:00 in Falun typed in.
    func accepting(_ width: Int = 120, _ height: Int = 40) -> AppState {
        var state = Fixtures.state(width, height)
        Fixtures.press("a C-u 1 4 / 1 Tab C-u 1 3 : 3 0 Tab C-u 1 6 : 0 0 Tab F a l u n", &state)
        return state
    }

    @Test func anotherSlotKeepsTheFirstAndOffersTheNextDayAtTheSameTimes() throws {
        var state = accepting()
        #expect(Fixtures.press("C-n", &state).isEmpty, "nothing is written before C-s")
        let form = try #require(state.form)
        #expect(form.pendingSlots == [Slot(start: Fixtures.at("2027-01-14", "13:30"), end: Fixtures.at("2027-01-14", "16:00"), place: "Falun")])
        #expect(form.fields.map(\.input.text) == ["2027-01-15", "13:30", "16:00", "", "", ""])
        #expect(form.focusedField.name == "date")
        let text = Fixtures.text(state)
        #expect(text.contains("1 · 2027-01-14 13:30-16:00 · Falun"), "the kept slot is listed above the fields")
        #expect(text.contains("C-n another slot"))

        Fixtures.press("Tab C-u 0 9 : 0 0 Tab C-u 1 2 : 0 0 Tab B o r l ä n g e", &state)
        let request = try #require(save(Fixtures.press("C-s", &state)))
        #expect(request.edits.count == 1, "one record, one save: one undo step")
        let updated = request.edits[0].updated
        #expect(updated.status == .confirmed)
        #expect(updated.slots == [
            Slot(start: Fixtures.at("2027-01-14", "13:30"), end: Fixtures.at("2027-01-14", "16:00"), place: "Falun"),
            Slot(start: Fixtures.at("2027-01-15", "09:00"), end: Fixtures.at("2027-01-15", "12:00"), place: "Borlänge"),
        ])
    }

    @Test func anEmptiedDateSavesOnlyTheKeptSlots() throws {
        var state = accepting()
        Fixtures.press("C-n C-u", &state)
        let request = try #require(save(Fixtures.press("C-s", &state)))
        #expect(request.edits[0].updated.slots.map(\.place) == ["Falun"])
    }

    @Test func aSlotThatDoesNotReadIsNotKeptAndNothingTypedIsLost() throws {
        var state = accepting()
        Fixtures.press("BTab C-u 1 2 : 0 0", &state)  // end 12:00, before the 13:30 start
        Fixtures.press("C-n", &state)
        let form = try #require(state.form)
        #expect(form.pendingSlots.isEmpty)
        #expect(form.fields[2].error?.contains("end after it starts") == true)
        #expect(form.fields.map(\.input.text) == ["14/1", "13:30", "12:00", "Falun", "", ""])
    }

    @Test func escAfterAKeptSlotAsksBeforeDroppingIt() {
        var state = Fixtures.state()
        Fixtures.press("a C-n", &state)  // the suggested slot kept as it stands
        #expect(state.form?.pendingSlots.count == 1)
        Fixtures.press("C-u", &state)
        Fixtures.press("Escape", &state)
        #expect(state.form != nil, "a question, not a silent loss")
        #expect(Fixtures.text(state).contains("discard changes? y/n"))
    }

    @Test func cNOutsideTheAcceptFormSaysWhatItIsFor() {
        var state = Fixtures.state()
        Fixtures.press("2 x", &state)
        Fixtures.press("C-n", &state)
        #expect(state.form?.pendingSlots.isEmpty == true)
        #expect(state.message == "C-n adds another slot only while accepting a request (a)")
    }

    @Test func theAcceptFormWithTwoKeptSlotsAt80x24() {
        var state = accepting(80, 24)
        Fixtures.press("C-n Tab Tab Tab D a l a r n a Space F u r n i t u r e C-n", &state)
        assertSnapshot(render(state), named: "accept-form-two-kept-slots")
    }
}
