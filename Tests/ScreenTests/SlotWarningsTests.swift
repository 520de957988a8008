import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// A slot saved despite its booking warnings keeps them: in the save, under the slot in the
/// programme and in the detail view; a move to where nothing clashes clears them.
@Suite struct SlotWarningsTests {
    let booking = SlotBookingTests()

    /// The catalog with `record` in place of the one with its id.
    func catalog(with record: Delegation) -> Catalog {
        let c = CalendarFixtures.conflictCatalog
        return Catalog(settings: c.settings, delegations: c.delegations.map { $0.id == record.id ? record : $0 }, contacts: c.contacts, problems: c.problems)
    }

    /// Hebei's programme after a save, with the cursor on the slot at `cursor` in time order.
    func programme(of record: Delegation, _ width: Int = 120, _ height: Int = 40) -> AppState {
        var state = CalendarFixtures.state(catalog(with: record), width, height)
        Fixtures.press("2", &state)
        while state.selectedGroup?.id != record.id { Fixtures.press("j", &state) }
        Fixtures.press("p", &state)
        return state
    }

    static let busy = [
        "2026-12-09: outside its wished period 2026-11-01 to 2026-11-30",
        "Åsa Öberg is busy then: jiangsu-sludge, 2026-12-09 10:00-12:00",
        "Borlänge Energi is taken then: jiangsu-sludge, 2026-12-09 10:00-12:00",
        "Åsa Öberg is busy then: shandong-water, 2026-12-09 11:00-13:00",
        "Borlänge Energi is taken then: shandong-water, 2026-12-09 11:00-13:00",
    ]

    /// The slot of 9 December (Åsa busy twice, the place taken) saved through the form.
    func savedBusySlot() throws -> Delegation {
        var state = booking.opened()
        booking.addForm(date: "2026-12-09", place: "Borlänge Energi", &state)
        let request = try #require(booking.save(Fixtures.press("C-s", &state)))
        return request.edits[0].updated
    }

    @Test func aSlotSavedDespiteItsWarningsKeepsThem() throws {
        let saved = try savedBusySlot()
        let slot = try #require(saved.slots.last)
        #expect(slot.warnings == Self.busy)
        #expect(saved.slots.dropLast().allSatisfy { $0.warnings.isEmpty }, "the other slots are not touched")
    }

    @Test func theProgrammeAndTheDetailViewShowTheKeptWarnings() throws {
        let saved = try savedBusySlot()
        var state = programme(of: saved)
        let text = Fixtures.text(state)
        #expect(text.contains("10:30–11:30  Borlänge Energi · Åsa Öberg"))
        for warning in Self.busy { #expect(text.contains("! " + warning), "\(warning)") }
        Fixtures.press("Escape Enter", &state)
        let detail = Fixtures.text(state)
        #expect(detail.contains("! Åsa Öberg is busy then: jiangsu-sludge, 2026-12-09 10:00-12:00"))
    }

    @Test func movingTheSlotAwayFromItsClashesDropsThem() throws {
        let saved = try savedBusySlot()
        var state = programme(of: saved)
        Fixtures.press("G", &state)  // the 9 December slot, last in time order
        let aDayLater = try #require(booking.save(Fixtures.press("]", &state)))
        let moved = try #require(aDayLater.edits[0].updated.slots.last)
        #expect(moved.start == Fixtures.at("2026-12-10", "10:30"))
        #expect(moved.warnings == ["2026-12-10: outside its wished period 2026-11-01 to 2026-11-30"], "the clashes of the 9th no longer hold")
    }

    @Test func editingTheSlotToAFreeDayRemovesEveryWarning() throws {
        let saved = try savedBusySlot()
        var state = programme(of: saved)
        Fixtures.press("G e C-u", &state)
        booking.type("2026-11-27", &state)
        let request = try #require(booking.save(Fixtures.press("C-s", &state)))
        #expect(request.edits[0].updated.slots.last?.warnings == [])
    }

    @Test func aSlotBookedAsBeforeKeepsItsWarningsWhenAnotherChanges() throws {
        let saved = try savedBusySlot()
        var state = programme(of: saved)
        Fixtures.press("g", &state)  // the first slot
        let request = try #require(booking.save(Fixtures.press("y", &state)))
        #expect(request.edits[0].updated.slots[2].warnings == Self.busy)
    }

    @Test func acceptingOnASaturdayKeepsTheWarning() throws {
        var state = Fixtures.state()
        Fixtures.press("a C-u 1 6 / 1", &state)  // 2027-01-16, a Saturday
        #expect(Fixtures.text(state).contains("! 2027-01-16: a Saturday"), "the accept form warns before saving")
        let request = try #require(booking.save(Fixtures.press("C-s", &state)))
        #expect(request.edits[0].updated.slots[0].warnings.contains("2027-01-16: a Saturday"))
    }

    @Test func aKeptSlotOfTheAcceptFormKeepsItsWarningInView() {
        var state = Fixtures.state()
        Fixtures.press("a C-u 1 6 / 1 C-n", &state)  // Saturday kept, Sunday offered
        let text = Fixtures.text(state)
        #expect(text.contains("1 · 2027-01-16 09:00-12:00"))
        #expect(text.contains("  ! 2027-01-16: a Saturday"), "the kept slot's warning stays in view")
        #expect(text.contains("! 2027-01-17: a Sunday"), "and the one being typed has its own")
    }

    @Test func theProgrammeWithKeptWarningsAt80x24() throws {
        let saved = try savedBusySlot()
        var state = programme(of: saved, 80, 24)
        Fixtures.press("G", &state)
        assertSnapshot(render(state), named: "programme-kept-warnings-80x24")
    }

    /// The warnings are data in English in the file and read in the language on screen: the form
    /// while typing, the programme and the detail view from what the slot was saved with.
    @Test func theWarningsAreShownInTheLanguageAndSavedInEnglish() throws {
        var state = booking.opened()
        state.language = .sv
        booking.addForm(date: "2026-12-09", place: "Borlänge Energi", &state)
        let form = Fixtures.text(state)
        #expect(form.contains("! Åsa Öberg är upptagen då: jiangsu-sludge, 2026-12-09 10:00-12:00"), "\(form)")
        #expect(form.contains("! 2026-12-09: utanför dess önskade period 2026-11-01 till 2026-11-30"), "\(form)")
        let request = try #require(booking.save(Fixtures.press("C-s", &state)))
        let saved = request.edits[0].updated
        #expect(saved.slots.last?.warnings == Self.busy, "the file keeps the English")
        var shown = programme(of: saved)
        shown.language = .zh
        let programme = Fixtures.text(shown)
        #expect(programme.contains("! Borlänge Energi 届时已被占用：shandong-water，2026-12-09 11:00-13:00"), "\(programme)")
        Fixtures.press("Escape Enter", &shown)
        #expect(Fixtures.text(shown).contains("! Åsa Öberg 届时没空：jiangsu-sludge，2026-12-09 10:00-12:00"))
    }

    /// A kept warning no shape fits (a hand edit, an older wording) is shown as it is.
    @Test func aKeptWarningOfUnknownWordingIsShownAsWritten() {
        let line = "2026-12-09: the minister's birthday"
        #expect(SlotWarnings.shown(saved: line, .of(.sv)) == line)
        #expect(SlotWarnings.shown(saved: "2026-12-26: a Saturday", .of(.sv)) != "2026-12-26: a Saturday")
    }
}
