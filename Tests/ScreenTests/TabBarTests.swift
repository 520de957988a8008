import Testing
@testable import VisitDeskUI

/// The reduced layout's tab bar at 40 columns: titles that do not fit are cut with `…`, to the
/// widest equal share, so a cut is visible and a short title stays whole.
@Suite struct TabBarTests {
    @Test(arguments: [
        (Language.en, " 1 Reque…  2 Groups  3 Calen…  4 Conta… "),
        (.sv, " 1 Förfr…  2 Grupp…  3 Kalen…  4 Konta… "),
        (.zh, " 1 来访申请  2 团组  3 日历  4 联系人   "),
    ])
    func theTabBarCutsWithAnEllipsisAt40Columns(language: Language, expected: String) {
        var state = Fixtures.state(40, 12)
        state.language = language
        let grid = render(state)
        #expect(grid.line(0) == expected)
        expectExactWidths(grid)
    }

    @Test func aWideTitleIsCutWithoutSplittingAGlyph() {
        let cut = TabBar.fitted(["来访申请来访申请", "团组", "日历", "联系人"], width: 36)
        #expect(cut == ["来访…", "团组", "日历", "联系人"])
        #expect(cut.map { DisplayWidth.of($0) }.reduce(0, +) <= 36 - 16)
    }
}
