import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The season report is a fifth pane on a large screen (180x40 and up) and a view over the panes
/// below that; Tab moves the keyboard between it and the four.
@Suite("The report pane")
struct ReportPaneTests {
    typealias F = ReportScreenFixture

    @Test("200x50: the four panes keep their 120 columns, the report stands beside them in a box of its own")
    func paneAtLargeSize() {
        let grid = render(F.state(200, 50))
        assertSnapshot(grid, named: "report-pane-200x50")
        let top = grid.line(0)
        for title in ["┌ Requests", "┌ Calendar", "┌ Report"] { #expect(top.contains(title), "\(top)") }
        #expect(top.firstRange(of: "┌ Report").map { top.distance(from: top.startIndex, to: $0.lowerBound) } == 120)
        #expect(grid.text.contains("Report 2026/27 · 2026-09-01 – 2027-08-31"))
        #expect(grid.text.contains("河北省"), "Chinese labels in the pane")
    }

    @Test("120x40 and 80x24: the report is still a view over the panes", arguments: [(120, 40), (80, 24)])
    func fullScreenBelow(size: (Int, Int)) {
        let grid = render(F.state(size.0, size.1))
        #expect(!grid.text.contains("┌ Report") && !grid.text.contains("┌ Requests"))
        #expect(grid.text.contains("Report 2026/27"))
    }

    @Test("Tab leaves the report pane for Requests and comes back after Contacts; R gives it the keyboard again")
    func tabCycles() {
        var state = F.state(200, 50)
        #expect(state.modeKind == .report)
        Fixtures.press("j", &state)
        let cursor = state.reportView?.cursor
        Fixtures.press("Tab", &state)
        #expect(state.modeKind == .requests && state.reportView != nil)
        #expect(render(state).text.contains("Report 2026/27"), "the report stays on screen")
        Fixtures.press("Tab Tab Tab", &state)
        #expect(state.focus == .contacts)
        Fixtures.press("Tab", &state)
        #expect(state.modeKind == .report && state.reportView?.cursor == cursor, "back in the report, its cursor kept")
        Fixtures.press("BTab", &state)
        #expect(state.modeKind == .contacts)
        Fixtures.press("1 R", &state)
        #expect(state.modeKind == .report && state.reportView?.cursor == cursor, "R focuses the open report, it does not start again")
        Fixtures.press("Escape", &state)
        #expect(state.reportView == nil && state.modeKind == .requests)
        #expect(render(state).line(0).contains("┌ Requests") && !render(state).text.contains("┌ Report"), "the four take the screen again")
    }

    @Test("without the report, Tab cycles the four as before; at 120x40 Tab in the report says why it stays")
    func tabWithoutPane() {
        var state = Fixtures.state(200, 50)
        Fixtures.press("4 Tab", &state)
        #expect(state.focus == .requests)
        var small = F.state(120, 40)
        Fixtures.press("Tab", &small)
        #expect(small.modeKind == .report && small.message == "the report covers the panes at this size: Esc closes it")
    }

    @Test("the focused pane's box is the one highlighted: the report's, then the Requests' after Tab")
    func focusHighlight() {
        var state = F.state(200, 50)
        let focusedBefore = render(state)
        #expect(focusedBefore[120, 0].role == .borderFocused && focusedBefore[0, 0].role != .borderFocused)
        Fixtures.press("Tab", &state)
        let focusedAfter = render(state)
        #expect(focusedAfter[120, 0].role != .borderFocused && focusedAfter[0, 0].role == .borderFocused)
    }

    @Test("PgDn in the pane pages by the pane's rows, not the screen's")
    func pagingInPane() throws {
        var state = F.state(200, 50)
        Fixtures.press("PgDn", &state)
        let view = try #require(state.reportView)
        // Rows: 50 less the status bar, the attention line and the box.
        #expect(ReportView.visibleRows(in: state.reportArea) == 50 - 2 - 2 - ReportView.headerRows)
        #expect(view.cursor > 0)
    }
}

/// With the store's git history (read by the app when R opens the view), a season that is over
/// shows its statuses as they stood at its end; the season still running shows today's.
@Suite("The report view with history")
struct ReportHistoryViewTests {
    typealias F = ReportScreenFixture

    @Test func rAsksForTheHistoryAndAPastSeasonIsCountedWithIt() throws {
        var state = Fixtures.state(120, 40, catalog: F.catalog)
        #expect(Fixtures.press("R", &state) == [.readStatusHistory])
        // In git, old-bank (visited in February 2026) was still `confirmed` on 31 August 2026.
        let history = ReportStatusHistory(decisionDates: ["old-bank": F.day("2025-10-20")], statusesOn: { day in
            day == F.day("2026-08-31") ? ["old-bank": .confirmed] : [:]
        })
        _ = update(&state, .statusHistoryRead(history, problem: nil))
        #expect(render(state).line(0).contains("· statuses are today's"), "the running season: today's")
        Fixtures.press("[", &state)
        let view = try #require(state.reportView)
        #expect(view.period.label == "2025/26" && !view.report.statusesAreToday)
        #expect(render(state).line(0).contains("· statuses on 2026-08-31 (git history)"))
        #expect(render(state).text.contains("By status on 2026-08-31"))
        let statuses = Dictionary(uniqueKeysWithValues: view.report.byStatus.map { ($0.key, $0.count) })
        #expect(statuses["confirmed"] == 1 && statuses["visited"] == 0)
        #expect(view.report.leadTimes.toDecision?.median == 19, "received 2025-10-01, decided 2025-10-20")
    }

    @Test func aStoreWithoutGitLeavesTodaysStatusesAndAProblemIsSaid() {
        var state = Fixtures.state(120, 40, catalog: F.catalog)
        Fixtures.press("R [", &state)
        _ = update(&state, .statusHistoryRead(nil, problem: "report: the store's history could not be read (git log: boom); statuses are today's"))
        #expect(state.reportView?.report.statusesAreToday == true)
        #expect(state.message?.hasPrefix("report: the store's history could not be read") == true)
    }
}
