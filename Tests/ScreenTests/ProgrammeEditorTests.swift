import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// `p` on a group: its slots day by day; add, edit, delete and duplicate-to-next-day, each one
/// save of the record (one undo step).
@Suite struct ProgrammeEditorTests {
    static let hebei = Fixtures.delegations.first { $0.id == "hebei-commerce-2026" }!

    func save(_ effects: [Effect]) -> SaveRequest? {
        guard effects.count == 1, case .save(let request) = effects[0] else { return nil }
        return request
    }

    @discardableResult
    func type(_ text: String, _ state: inout AppState) -> [Effect] {
        text.flatMap { update(&state, .key(.character($0))) }
    }

    func opened() -> AppState {
        var state = Fixtures.state()
        Fixtures.press("2 p", &state)
        return state
    }

    @Test func theProgrammeShowsTheSlotsDayByDayInTimeOrder() {
        let state = opened()
        #expect(state.modeKind == .programme)
        let grid = render(state)
        expectExactWidths(grid)
        let rows = (0..<40).map { grid.line($0) }
        #expect(rows.contains { $0.contains("Programme: Hebei Bureau of Commerce Group (2 slots)") })
        let day = rows.firstIndex { $0.contains("Thu 2026-11-26") }
        let morning = rows.firstIndex { $0.contains("09:00–12:00  Borlänge Energi · Åsa Öberg · Sludge handling") }
        let afternoon = rows.firstIndex { $0.contains("13:30–16:00  Dalarna Science Park") }
        #expect(day != nil && morning != nil && afternoon != nil)
        if let day, let morning, let afternoon { #expect(day < morning && morning < afternoon) }
    }

    @Test func pOnARequestSaysWhy() {
        var state = Fixtures.state()
        Fixtures.press("p", &state)
        #expect(state.modeKind == .requests)
        #expect(state.message?.contains("only a confirmed or visited group has a programme") == true)
    }

    @Test func duplicatePutsTheSlotOnTheNextDayAtTheSameTime() throws {
        var state = opened()
        let request = try #require(save(Fixtures.press("y", &state)))
        let added = try #require(request.edits[0].updated.slots.last)
        #expect(request.edits[0].updated.slots.count == 3)
        #expect(added.start == Fixtures.at("2026-11-27", "09:00"))
        #expect(added.end == Fixtures.at("2026-11-27", "12:00"))
        #expect(added.host == "asa-oberg")
    }

    @Test func deleteRemovesTheSelectedSlotOnly() throws {
        var state = opened()
        let request = try #require(save(Fixtures.press("j d", &state)))  // the 13:30 slot
        #expect(request.edits[0].updated.slots == [Self.hebei.slots[1]])
    }

    @Test func addRefusesAnEndBeforeTheStartAndKeepsTheTyping() throws {
        var state = opened()
        Fixtures.press("a", &state)
        #expect(state.form?.title == "add slot to hebei-commerce-2026")
        #expect(state.form?.fields.map(\.name) == ["date", "start", "end", "end_date", "place", "host", "topic"])
        #expect(state.form?.fields[1].input.text == "12:00", "starts when the selected slot ends")
        Fixtures.press("Tab Tab C-u 1 1 : 0 0 Tab Tab", &state)
        type("Lunch at Hotel Gyllene Hornet", &state)
        #expect(Fixtures.press("C-s", &state).isEmpty)
        #expect(state.form?.fields[2].error?.contains("must end after it starts") == true)
        #expect(state.form?.fields[4].input.text == "Lunch at Hotel Gyllene Hornet")
        Fixtures.press("BTab BTab C-u 1 3 : 0 0", &state)
        let request = try #require(save(Fixtures.press("C-s", &state)))
        let added = try #require(request.edits[0].updated.slots.last)
        #expect(added == Slot(start: Fixtures.at("2026-11-26", "12:00"), end: Fixtures.at("2026-11-26", "13:00"), place: "Lunch at Hotel Gyllene Hornet"))
    }

    @Test func theSlotFormsRefusalsAreInTheLanguage() {
        var state = opened()
        state.language = .sv
        Fixtures.press("a Tab Tab C-u 1 1 : 0 0", &state)
        #expect(Fixtures.press("C-s", &state).isEmpty)
        #expect(state.form?.fields[2].error == "passet måste sluta efter att det börjar (2026-11-26 12:00)")
        state.language = .zh
        Fixtures.press("Tab C-u 2 0 2 6 - 1 2 - 3 1", &state)
        #expect(Fixtures.press("C-s", &state).isEmpty)
        #expect(state.form?.fields[3].error == "超过 31 天：请拆分，或用 E 编辑")
    }

    @Test func aSlotOverSeveralDaysNeedsAnEndDateAndAtMost31Days() throws {
        var state = opened()
        Fixtures.press("a Tab Tab Tab", &state)
        type("2027-02-01", &state)
        #expect(Fixtures.press("C-s", &state).isEmpty)
        #expect(state.form?.fields[3].error?.contains("more than 31 days") == true)
        Fixtures.press("C-u", &state)
        type("2026-11-28", &state)
        let request = try #require(save(Fixtures.press("C-s", &state)))
        #expect(request.edits[0].updated.slots.last?.spanDays == 2)
    }

    @Test func editChangesTheSelectedSlotInPlace() throws {
        var state = opened()
        Fixtures.press("Enter", &state)
        #expect(state.form?.title == "edit slot of hebei-commerce-2026")
        for _ in 0..<6 { Fixtures.press("Tab", &state) }
        Fixtures.press("C-u", &state)
        type("Sludge drying", &state)
        let request = try #require(save(Fixtures.press("C-s", &state)))
        var expected = Self.hebei.slots
        expected[1].topic = "Sludge drying"
        #expect(request.edits[0].updated.slots == expected)
    }
}
