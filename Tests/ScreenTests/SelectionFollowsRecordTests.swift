import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The selection belongs to a record, not to a row. A selected record whose file is gone for a
/// moment (an editor's slow save, a sync tool) leaves the cursor on a neighbour, and when it comes
/// back the cursor is on it again, so the next `d` or `x` cannot land on another delegation.
@Suite struct SelectionFollowsRecordTests {
    func selectedRequest(_ state: AppState) -> String? { state.requests.selectedID }

    func catalog(without id: String) -> Catalog {
        Catalog(settings: Fixtures.catalog.settings, delegations: Fixtures.delegations.filter { $0.id != id }, contacts: Fixtures.contacts)
    }

    @Test func aRecordThatComesBackIsSelectedAgain() throws {
        var state = Fixtures.state()
        _ = Fixtures.press("j", &state)
        let chosen = try #require(selectedRequest(state))
        _ = update(&state, .catalogReplaced(catalog(without: chosen), summary: nil))
        let neighbour = try #require(selectedRequest(state))
        #expect(neighbour != chosen, "the cursor waits on a neighbour while the file is gone")
        _ = update(&state, .catalogReplaced(Fixtures.catalog, summary: nil))
        #expect(selectedRequest(state) == chosen, "and returns to the record when its file is back")
        let row = state.requests.cursor
        #expect(state.requests.rows.indices.contains(row))
    }

    @Test func movingMeanwhileKeepsWhereThePersonWent() throws {
        var state = Fixtures.state()
        _ = Fixtures.press("j", &state)
        let chosen = try #require(selectedRequest(state))
        _ = update(&state, .catalogReplaced(catalog(without: chosen), summary: nil))
        _ = Fixtures.press("k", &state)
        let moved = try #require(selectedRequest(state))
        _ = update(&state, .catalogReplaced(Fixtures.catalog, summary: nil))
        #expect(selectedRequest(state) == moved, "a deliberate move wins over the returning record")
    }
}
