import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// `I`: what colleagues changed, as this session's syncs brought it in; Enter opens the record.
@Suite struct ArrivalsTests {
    static let records = [
        ArrivedRecord(path: "contacts/zhang-wei.toml", author: "Xina", when: "4 Dec 2026 18:13", summary: "Edit zhang-wei.toml by hand",
                      changes: ["phone: (none) → +86 532 8888 0000"]),
        ArrivedRecord(path: "delegations/beijing-bank.toml", author: "Xina", when: "4 Dec 2026 18:10",
                      summary: "Confirm Bank of Beijing Green Finance", changes: ["size: 12 → 9", "status: reviewing → confirmed"]),
    ]

    static func sharedState(_ width: Int = 120, _ height: Int = 40) -> AppState {
        var state = Fixtures.state(width, height)
        state.storeIsShared = true
        return state
    }

    @Test func oneKeyListsWhoChangedWhichRecordAndWhat() {
        var state = Self.sharedState()
        #expect(Fixtures.press("I", &state) == [.loadArrivals])
        #expect(render(state).text.contains("reading from git…"))
        _ = update(&state, .arrivalsLoaded(Self.records))
        let grid = render(state)
        expectExactWidths(grid)
        let text = grid.text
        #expect(text.contains("From colleagues (2)"))
        let title = Fixtures.state().catalog.delegation(id: "beijing-bank")?.title ?? "?"
        #expect(text.contains("Xina · 4 Dec 2026 18:10 · \(title)"), "\(text)")
        #expect(text.contains("    status: reviewing → confirmed"))
        #expect(text.contains("    Confirm Bank of Beijing Green Finance"))

        Fixtures.press("j Enter", &state)
        #expect(state.modes.last == .view(.detail(id: "beijing-bank", top: 0)))
        Fixtures.press("Esc", &state)
        #expect(state.arrivals?.cursor == 1)
        #expect(Fixtures.press("r", &state) == [.loadArrivals])
        Fixtures.press("I", &state)
        #expect(state.arrivals == nil)
    }

    @Test func aRecordThatIsGoneSaysSoAndAnEmptyListSaysWhy() {
        var state = Self.sharedState(80, 24)
        Fixtures.press("I", &state)
        _ = update(&state, .arrivalsLoaded([]))
        #expect(render(state).text.contains("Nothing has arrived from colleagues in this session."))
        _ = update(&state, .arrivalsLoaded([ArrivedRecord(path: "delegations/gone.toml", author: "Jiaman", when: "4 Dec 2026 9:00", summary: "Remove gone", changes: ["(record): present → (removed)"])]))
        Fixtures.press("Enter", &state)
        #expect(state.message == "delegations/gone.toml is not in the store any more")
        #expect(state.arrivals != nil)
    }

    @Test func aStoreThatIsNotSharedSaysSo() {
        var state = Fixtures.state()
        #expect(Fixtures.press("I", &state).isEmpty)
        #expect(state.message == "this store is not shared: nothing arrives from colleagues")
        #expect(state.arrivals == nil)
    }

    @Test func inChineseAt80x24EveryRowFits() {
        var state = Self.sharedState(80, 24)
        state.language = .zh
        Fixtures.press("I", &state)
        _ = update(&state, .arrivalsLoaded(Self.records))
        let grid = render(state)
        expectExactWidths(grid)
        #expect(grid.text.contains("来自同事（2）"))
    }
}
