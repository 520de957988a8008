import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// In a shared store the detail view and contact card say who changed what: asked for once
/// when the page comes on top, read again after a reload, never asked for in a plain store.
@Suite struct RecordHistoryViewTests {
    static let summary = RecordHistorySummary(
        lastChange: "Jiaman, 4 Dec 2026 14:24 — Set status of Jiangsu camping to on-hold",
        fields: ["status: reviewing → on-hold (Jiaman, 4 Dec)", "size: 12 → 9 (Xina, 3 Dec)"], changes: 3, people: 2)

    @Test func theDetailViewAsksOnceAndShowsTheChanges() {
        var state = Fixtures.state()
        state.storeIsShared = true
        let id = state.selectedRequest!.id
        let path = "delegations/\(id).toml"
        #expect(Fixtures.press("Enter", &state) == [.loadHistory(path: path)])
        #expect(render(state).text.contains("reading the history…"))
        #expect(Fixtures.press("Down", &state).isEmpty, "asked once")
        _ = update(&state, .historyLoaded(path: path, Self.summary))
        let text = render(state).text
        #expect(text.contains("Changes"))
        #expect(text.contains("Jiaman, 4 Dec 2026 14:24 — Set status of Jiangsu camping to on-hold"))
        #expect(text.contains("3 changes by 2 people"))
        #expect(text.contains("status: reviewing → on-hold (Jiaman, 4 Dec)"))
        // A reload (a save, a colleague's change) reads it again; the old lines stay meanwhile.
        #expect(update(&state, .catalogReplaced(state.catalog, summary: nil)) == [.loadHistory(path: path)])
        #expect(render(state).text.contains("3 changes by 2 people"))
        _ = update(&state, .historyLoaded(path: path, nil))
        #expect(render(state).text.contains("not committed yet"))
    }

    @Test func aPlainStoreNeitherAsksNorShowsASection() {
        var state = Fixtures.state()
        #expect(Fixtures.press("Enter", &state).isEmpty)
        #expect(!render(state).text.contains("Changes"))
    }
}
