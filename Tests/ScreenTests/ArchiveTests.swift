import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// Declined and cancelled requests are out of the everyday Requests list but one filter away,
/// and `r` reopens one with its old reason kept as a dated line in the notes.
@Suite struct ArchiveTests {
    func requestIDs(_ state: AppState) -> [String] { state.requests.rows.map { state.catalog.delegations[$0].id } }

    static let catalog: Catalog = {
        var delegations = Fixtures.delegations
        let declined = delegations.firstIndex { $0.id == "declined-one" }!
        delegations[declined].reason = "no dates in 2026"
        delegations[declined].notes = "Met at the Shanghai fair."
        delegations.append(Delegation(id: "cancelled-one", title: "Cancelled Port Visit", status: .cancelled,
                                      received: LocalDate(year: 2026, month: 10, day: 15), reason: "flu"))
        return Catalog(settings: Fixtures.catalog.settings, delegations: delegations, contacts: Fixtures.contacts)
    }()

    func filter(_ text: String, _ state: inout AppState) {
        Fixtures.press("/", &state)
        for c in text { Fixtures.press(c == " " ? "Space" : String(c), &state) }
        Fixtures.press("Enter", &state)
    }

    @Test func statusDeclinedAndCancelledSearchTheArchive() {
        var state = Fixtures.state(120, 40, catalog: Self.catalog)
        #expect(!requestIDs(state).contains("declined-one"))
        filter("status:declined", &state)
        #expect(requestIDs(state) == ["declined-one"])
        #expect(render(state).line(0).contains("Requests · declined"))
        Fixtures.press("Escape", &state)
        filter("status:cancelled", &state)
        #expect(requestIDs(state) == ["cancelled-one"])
        Fixtures.press("Escape", &state)
        // Open and closed together, oldest first, as the Requests list orders them.
        filter("s:c s:r s:d", &state)
        #expect(requestIDs(state) == ["declined-one", "jiangsu-camping", "cancelled-one"])
    }

    @Test func rReopensADeclinedRequestWithADatedLineInItsHistory() throws {
        var state = Fixtures.state(120, 40, catalog: Self.catalog)
        filter("status:declined", &state)
        let effects = Fixtures.press("r", &state)
        guard effects.count == 1, case .save(let request) = effects[0] else {
            Issue.record("expected one save, got \(effects)")
            return
        }
        #expect(request.label == "reopen declined-one")
        let updated = request.edits[0].updated
        #expect(updated.status == .reviewing)
        #expect(updated.reason == "")
        #expect(updated.notes == "Met at the Shanghai fair.", "the notes are the coordinator's own")
        // Declined with only `reason` written (no history line has it): the reopened line names it.
        #expect(updated.history == ["2026-11-25 reopened; was declined: no dates in 2026"])
    }

    @Test func aReasonAlreadyInTheHistoryIsNotRepeated() {
        var declined = Self.catalog.delegation(id: "declined-one")!
        declined.history = ["2026-11-01 on-hold: waiting for dates", "2026-11-20 declined: no dates in 2026"]
        let reopened = declined.reopened(on: Fixtures.today)
        #expect(reopened.history == ["2026-11-01 on-hold: waiting for dates", "2026-11-20 declined: no dates in 2026", "2026-11-25 reopened"])
        #expect(reopened.status == .reviewing && reopened.reason == "")
        // Declined again later for another reason: that one is not in the history, so it is named.
        declined.reason = "still no dates"
        #expect(declined.reopened(on: Fixtures.today).history.last == "2026-11-25 reopened; was declined: still no dates")
    }

    @Test func theDetailViewListsTheReopenedLine() throws {
        var state = Fixtures.state(120, 40, catalog: Self.catalog)
        filter("status:declined", &state)
        guard case .save(let request)? = Fixtures.press("r", &state).first else { throw Failure.noSave }
        let reopened = request.edits[0].updated
        let catalog = Catalog(settings: Self.catalog.settings, delegations: Self.catalog.delegations.map { $0.id == reopened.id ? reopened : $0 },
                              contacts: Self.catalog.contacts)
        let lines = DetailView.lines(reopened, state: Fixtures.state(120, 40, catalog: catalog))
        #expect(lines.contains { $0.value == "2026-11-25 reopened; was declined: no dates in 2026" })
    }

    enum Failure: Error { case noSave }

    @Test func reopeningIsOnlyForClosedRecords() {
        let open = Fixtures.delegations.first { $0.id == "beijing-bank" }!
        #expect(!open.isReopenable)
        #expect(open.reopened(on: Fixtures.today) == open)
        let cancelled = Self.catalog.delegation(id: "cancelled-one")!
        #expect(cancelled.reopened(on: Fixtures.today).history == ["2026-11-25 reopened; was cancelled: flu"])
        #expect(cancelled.reopened(on: Fixtures.today).notes == "")
    }
}
