import Foundation
import Testing

/// The calendar's views in the real binary in tmux: switching with m/w/A, jumping with `:`, and
/// a slot chosen in the week opening its group.
@Suite struct CalendarEndToEndTests {
    /// The demo store in the dashboard, the calendar focused and switched to the week.
    private func weekView() throws -> DashboardFixture {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        try dashboard.tmux.send("3")
        try dashboard.tmux.send("w")
        try dashboard.tmux.waitFor("Calendar · week")
        return dashboard
    }

    @Test func switchingViewsAndJumpingToADate() throws {
        let dashboard = try weekView()
        let tmux = dashboard.tmux
        try tmux.waitFor("Week 48 · 23–29 Nov 2026 · Beijing +7h")
        try tmux.send(":")
        for key in ["9", "/", "1", "2"] { try tmux.send(key) }
        try tmux.waitFor(":9/12")
        try tmux.send("Enter")
        let week = try tmux.waitFor("Week 50 · 7–13 Dec 2026")
        #expect(week.contains("We 9!"), "the demo's double-booked host marks Wednesday")
        try tmux.send("A")
        let agenda = try tmux.waitFor("Calendar · agenda")
        #expect(agenda.contains("Wed 2026-12-09"))
        #expect(agenda.contains("! 1 conflict"))
        try tmux.send("m")
        try tmux.waitFor("December 2026")
        try tmux.send("q")
        try tmux.waitFor(TmuxSession.prompt)
    }

    @Test func aSlotChosenInTheWeekOpensWithBothClocks() throws {
        let dashboard = try weekView()
        let tmux = dashboard.tmux
        try tmux.send("j")
        let chosen = try tmux.waitUntil("a slot in the footer") { $0.contains("· Beijing ") && $0.contains("Week 50") }
        #expect(chosen.contains("We 9 09:00–10:30 · Beijing 16:00–17:30"))
        try tmux.send("Enter")
        let detail = try tmux.waitFor("Conflicts")
        #expect(detail.contains("09:00–10:30 · Beijing 16:00–17:30"))
        #expect(detail.contains("both need host erik-sjoberg"))
        try tmux.send("Escape")
        // Esc and q sent together are Alt+q (M-q), as from any terminal: let the Esc land first.
        try tmux.waitUntil("the detail view to close") { !$0.contains("both need host") }
        try tmux.send("q")
        try tmux.waitFor(TmuxSession.prompt)
    }
}
