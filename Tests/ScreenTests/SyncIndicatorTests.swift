import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// A shared store's status bar always says where the sync stands — last reached, offline with
/// what waits, conflicts — beside the counts at 80x24 in every language, in words and arrows
/// (NO_COLOR shows the same text).
@Suite struct SyncIndicatorTests {
    static let cases: [(SyncIndicator, [Language: String])] = [
        (SyncIndicator(reach: .reached, lastSync: "14:02"), [.en: "synced 14:02", .sv: "synkad 14:02", .zh: "已同步 14:02"]),
        (SyncIndicator(reach: .offline, toSend: 3, lastSync: "14:02"),
         [.en: "offline since 14:02 ↑3", .sv: "offline sedan 14:02 ↑3", .zh: "14:02 起离线 ↑3"]),
        (SyncIndicator(reach: .offline, toSend: 1), [.en: "offline ↑1", .sv: "offline ↑1", .zh: "离线 ↑1"]),
        (SyncIndicator(reach: .reached, toSend: 1, toReceive: 2, conflicts: 2, lastSync: "09:30"),
         [.en: "2 conflicts (S) ↓2 ↑1", .sv: "2 konflikter (S) ↓2 ↑1", .zh: "2 处冲突 (S) ↓2 ↑1"]),
        (SyncIndicator(reach: .stopped, lastSync: "09:30"), [.en: "sync stopped (S)", .sv: "synk stoppad (S)", .zh: "同步已停止 (S)"]),
    ]

    @Test(arguments: [Language.en, .sv, .zh])
    func itStaysBesideTheCountsAt80Columns(language: Language) {
        for (indicator, texts) in Self.cases {
            var state = Fixtures.state(80, 24)
            state.language = language
            _ = update(&state, .syncIndicator(indicator))
            let grid = render(state)
            expectExactWidths(grid)
            let bar = grid.line(23)
            let expected = texts[language]!
            #expect(bar.contains(expected), "\(language): \(bar)")
            #expect(bar.contains(state.l10n.text("1 new") + " · "), "the counts stay: \(bar)")
            #expect(bar.contains(state.l10n.plural(2, "%d problem (!)", "%d problems (!)")), "the problems stay: \(bar)")
        }
    }

    /// Beside a passing message (a save) the indicator stays; a long message is cut instead.
    @Test func aMessageLeavesTheIndicatorInView() {
        var state = Fixtures.state(80, 24)
        _ = update(&state, .syncIndicator(SyncIndicator(reach: .reached, conflicts: 1, lastSync: "14:02")))
        state.message = "saved qingdao-bank"
        var bar = render(state).line(23)
        #expect(bar.contains("1 conflict (S)"), "\(bar)")
        #expect(bar.contains("saved qingdao-bank"), "\(bar)")
        _ = update(&state, .syncIndicator(SyncIndicator(reach: .reached, lastSync: "14:02")))
        state.message = StatusBarRoomTests.longMessage
        bar = render(state).line(23)
        #expect(bar.contains("synced 14:02"), "\(bar)")
        #expect(bar.contains("no theme named") && bar.contains("…"), "\(bar)")
    }

    @Test func aStoreThatIsNotSharedHasNone() {
        let bar = render(Fixtures.state(120, 40)).line(39)
        #expect(!bar.contains("synced") && !bar.contains("offline"), "\(bar)")
    }

    /// Conflicts and a stopped sync are drawn in the error style; up to date is not.
    @Test func onlyWhatNeedsAPersonIsMarked() {
        var state = Fixtures.state(120, 40)
        _ = update(&state, .syncIndicator(SyncIndicator(reach: .reached, conflicts: 1)))
        #expect(Self.role(of: "1 conflict", in: render(state), y: 39) == .statusError)
        _ = update(&state, .syncIndicator(SyncIndicator(reach: .reached, lastSync: "14:02")))
        #expect(Self.role(of: "synced 14:02", in: render(state), y: 39) == .statusBar)
    }

    /// The style of the first cell of `text` on row `y` (the bar's text is narrow here).
    static func role(of text: String, in grid: Grid, y: Int) -> StyleRole? {
        let cells = (0..<grid.width).map { grid[$0, y] }
        let characters = cells.map { $0.character ?? " " }
        let wanted = Array(text)
        guard let start = (0...(cells.count - wanted.count)).first(where: { Array(characters[$0..<$0 + wanted.count]) == wanted }) else { return nil }
        return cells[start].role
    }
}
