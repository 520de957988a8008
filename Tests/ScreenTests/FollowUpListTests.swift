import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// `f` adds a follow-up through a form, `F` lists every open one overdue first, `Space`/`x` ticks
/// one done as a one-field change, and the status bar counts the overdue ones.
@Suite struct FollowUpListTests {
    /// The fixture store with two overdue follow-ups and one due this week besides Hebei's later one.
    static let catalog: Catalog = {
        var delegations = Fixtures.delegations
        let jiangsu = delegations.firstIndex { $0.id == "jiangsu-camping" }!
        delegations[jiangsu].followUps = [
            FollowUp(due: LocalDate(year: 2026, month: 11, day: 27), what: "Ask for the list of names"),
            FollowUp(due: LocalDate(year: 2026, month: 11, day: 20), what: "Call about the motorhome dealer"),
        ]
        let beijing = delegations.firstIndex { $0.id == "beijing-bank" }!
        delegations[beijing].followUps = [
            FollowUp(due: LocalDate(year: 2026, month: 11, day: 1), what: "Send the bank's questions to Handelsbanken"),
            FollowUp(due: LocalDate(year: 2026, month: 10, day: 1), what: "Already handled", done: true),
        ]
        return Catalog(settings: Fixtures.catalog.settings, delegations: delegations, contacts: Fixtures.contacts)
    }()

    func save(_ effects: [Effect]) -> SaveRequest? {
        guard effects.count == 1, case .save(let request) = effects[0] else { return nil }
        return request
    }

    /// What the runner would do with a save: the store's new catalog swapped in.
    func applied(_ request: SaveRequest, to state: inout AppState) {
        var catalog = state.catalog
        for edit in request.edits { catalog.upsert(edit.updated) }
        state.catalog = catalog
    }

    @Test func theStatusBarCountsOverdueFollowUpsAndTheCountDropsWhenOneIsTicked() throws {
        var state = Fixtures.state(120, 40, catalog: Self.catalog)
        #expect(render(state).line(39).contains("2 follow-ups overdue"))
        Fixtures.press("F", &state)
        #expect(state.modeKind == .followUps)
        let request = try #require(save(Fixtures.press("Space", &state)))
        // The oldest overdue one is first: Beijing's, due 1 November.
        #expect(request.label == "follow-up done beijing-bank 1")
        let edit = request.edits[0]
        var expected = try #require(edit.shown)
        expected.followUps[0].done = true
        #expect(edit.updated == expected, "only the done flag changes")
        applied(request, to: &state)
        #expect(render(state).line(39).contains("1 follow-up overdue"))
        Fixtures.press("x", &state)
        #expect(save(Fixtures.press("x", &state))?.label == "follow-up done jiangsu-camping 2")
    }

    @Test func theListShowsOverdueFirstThenThisWeekThenLater() {
        var state = Fixtures.state(120, 40, catalog: Self.catalog)
        Fixtures.press("F", &state)
        let grid = render(state)
        expectExactWidths(grid)
        let rows = (0..<40).map { grid.line($0) }
        let order = ["Send the bank's questions", "Call about the motorhome", "Ask for the list of names", "Send host company profiles"]
        let positions = order.map { what in rows.firstIndex { $0.contains(what) } }
        #expect(positions.allSatisfy { $0 != nil }, "\(rows.joined(separator: "\n"))")
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(rows.contains { $0.contains("24 days late") })
        #expect(rows.contains { $0.contains("this week") })
        #expect(!rows.contains { $0.contains("Already handled") }, "done ones are not listed")
        #expect(rows.contains { $0.contains("Follow-ups (4 open, 2 overdue)") })
        Fixtures.press("F", &state)
        #expect(state.modeKind == .requests, "F again closes")
    }

    @Test func enterShowsTheDelegationAndEscComesBackToTheList() {
        var state = Fixtures.state(120, 40, catalog: Self.catalog)
        Fixtures.press("F j Enter", &state)
        #expect(state.overlay == .detail(id: "jiangsu-camping", top: 0))
        Fixtures.press("Escape", &state)
        #expect(state.modeKind == .followUps)
    }

    @Test func fAddsAFollowUpThroughAFormAndABadDateIsMarkedKeepingTheText() throws {
        var state = Fixtures.state()
        Fixtures.press("f", &state)  // jiangsu-camping selected
        #expect(state.form?.title == "follow-up for jiangsu-camping")
        #expect(state.form?.fields.map(\.name) == ["what", "due"])
        for c in "Send invitation" { Fixtures.press(c == " " ? "Space" : String(c), &state) }
        Fixtures.press("Tab C-u 3 1 / 2 / 2 7", &state)
        #expect(Fixtures.press("C-s", &state).isEmpty)
        let form = try #require(state.form)
        #expect(form.fields[1].error?.contains("31/2/27") == true)
        #expect(form.fields[0].input.text == "Send invitation", "nothing typed is lost")
        Fixtures.press("C-u + 3 d", &state)
        let request = try #require(save(Fixtures.press("C-s", &state)))
        #expect(request.edits[0].updated.followUps == [FollowUp(due: LocalDate(year: 2026, month: 11, day: 28), what: "Send invitation")])
        #expect(request.edits[0].shown?.followUps == [])
    }

    @Test func fInTheListAddsToTheSelectedEntrysDelegation() {
        var state = Fixtures.state(120, 40, catalog: Self.catalog)
        Fixtures.press("F f", &state)
        #expect(state.form?.title == "follow-up for beijing-bank")
        #expect(FollowUpListView.when(FollowUpList.entries(state)[0], today: state.today) == "24 days late")
    }

    /// At 80 columns the bar cannot hold everything: what is late stays, with both clocks;
    /// "no problems" and the store's name give way first. A message is read whole, then the
    /// count comes back.
    @Test func at80ColumnsTheOverdueCountStaysBesideTheClocks() {
        var state = Fixtures.state(80, 24, catalog: Self.catalog)
        let bar = render(state).line(23)
        #expect(bar.contains("2 follow-ups overdue"), "\(bar)")
        #expect(bar.contains("Stockholm 09:14 · Beijing 16:14"), "\(bar)")
        #expect(!bar.contains("no problems"), "\(bar)")
        state.message = "saved: reviewing guangzhou-solid-waste and a few words more"
        let withMessage = render(state).line(23)
        #expect(withMessage.contains("saved: reviewing guangzhou-solid-waste and a few words more"), "\(withMessage)")
        #expect(!withMessage.contains("overdue"), "\(withMessage)")
    }

    @Test func anEmptyListSaysHowToAddOne() {
        var state = Fixtures.state(80, 24, catalog: Catalog(settings: Fixtures.catalog.settings))
        Fixtures.press("F", &state)
        let grid = render(state)
        expectExactWidths(grid)
        #expect((0..<24).contains { grid.line($0).contains("No open follow-ups") })
        #expect(!grid.line(23).contains("overdue"))
    }
}
