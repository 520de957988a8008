import Testing
import VisitDeskDomain
@testable import VisitDeskUI

@Suite struct UpdateTests {
    func selectedRequestID(_ state: AppState) -> String? { state.selectedRequest?.id }

    @Test func tabAndDigitsMoveFocus() {
        var state = Fixtures.state()
        #expect(state.focus == .requests)
        Fixtures.press("Tab", &state)
        #expect(state.focus == .groups)
        Fixtures.press("BTab BTab", &state)
        #expect(state.focus == .contacts)
        Fixtures.press("3", &state)
        #expect(state.focus == .calendar)
        Fixtures.press("1", &state)
        #expect(state.focus == .requests)
    }

    @Test func requestsAreOldestFirstAndMovementClamps() {
        var state = Fixtures.state()
        #expect(selectedRequestID(state) == "jiangsu-camping")
        Fixtures.press("Down j", &state)
        #expect(selectedRequestID(state) == "beijing-bank")
        Fixtures.press("Down Down", &state)
        #expect(selectedRequestID(state) == "beijing-bank")
        Fixtures.press("g", &state)
        #expect(selectedRequestID(state) == "jiangsu-camping")
        Fixtures.press("G k", &state)
        #expect(selectedRequestID(state) == "shanxi-mining-2026")
    }

    @Test func groupsAreOrderedByNextVisitThenPastOnes() {
        let state = Fixtures.state()
        #expect(state.groups.rows.map { state.catalog.delegations[$0].id } == ["hebei-commerce-2026", "chengdu-trip", "guangzhou-compost"])
    }

    @Test func contactsSortSwedishStyle() {
        let state = Fixtures.state()
        #expect(state.contacts.rows.map { state.catalog.contacts[$0].name }.suffix(2) == ["Zoe\u{308} Lind", "Åsa Öberg"])
    }

    @Test func quitAndThemeCyclingAreEffects() {
        var state = Fixtures.state()
        #expect(Fixtures.press("T", &state) == [.themeChanged(name: "light")])
        #expect(Fixtures.press("T T T", &state) == [.themeChanged(name: "high-contrast"), .themeChanged(name: "colour-blind-safe"),
                                                    .themeChanged(name: "default-dark")])
        #expect(state.themeIndex == 0)
        #expect(Fixtures.press("q", &state) == [.quit])
        state.themeNames = []
        #expect(Fixtures.press("T", &state) == [.themeChanged(name: "default-dark")])
    }

    @Test func slashFiltersAsYouTypeEnterKeepsEscClears() {
        var state = Fixtures.state()
        Fixtures.press("/ s h a n", &state)
        #expect(state.isTypingFilter)
        #expect(state.requests.rows.count == 1)
        #expect(selectedRequestID(state) == "shanxi-mining-2026")
        Fixtures.press("BSpace BSpace BSpace BSpace", &state)
        #expect(state.requests.rows.count == 3)
        Fixtures.press("b a n k Enter", &state)
        #expect(!state.isTypingFilter && state.requests.filter == "bank")
        #expect(state.requests.rows.count == 1)
        // q after Enter quits again: typing is over.
        #expect(Fixtures.press("q", &state) == [.quit])
        Fixtures.press("Escape", &state)
        #expect(state.requests.filter.isEmpty && state.requests.rows.count == 3)
        Fixtures.press("/ z z z Escape", &state)
        #expect(!state.isTypingFilter && state.requests.rows.count == 3)
    }

    @Test func filterFindsChineseAndFoldedSwedish() {
        var state = Fixtures.state()
        Fixtures.press("4 / a s a", &state)
        #expect(state.contacts.rows.map { state.catalog.contacts[$0].id } == ["asa-oberg"])
        Fixtures.press("Escape / 张", &state)
        #expect(state.selectedContact?.id == "zhang-wei")
        Fixtures.press("Escape / 0 7 2 - 0 3 9", &state)
        // Åsa wrote the number Erik wrote in international form: the lookup finds both.
        #expect(Set(state.contacts.rows.map { state.catalog.contacts[$0].id }) == ["asa-oberg", "erik-sjoberg"])
    }

    @Test func selectionFollowsItsRecordAcrossReload() {
        var state = Fixtures.state()
        Fixtures.press("Down", &state)
        #expect(selectedRequestID(state) == "shanxi-mining-2026")
        let older = Delegation(id: "aa-older", title: "An older request", received: LocalDate(year: 2026, month: 1, day: 5))
        let settings = Fixtures.catalog.settings
        _ = update(&state, .catalogReplaced(Catalog(settings: settings, delegations: Fixtures.delegations + [older],
                                                    contacts: Fixtures.contacts), summary: Phrase("reloaded %s", "delegations/aa-older.toml")))
        #expect(selectedRequestID(state) == "shanxi-mining-2026")
        #expect(state.requests.cursor == 2)
        #expect(state.message == "reloaded delegations/aa-older.toml")
        #expect(render(state).line(39).contains("reloaded delegations/aa-older.toml"))

        // The record vanishes: the cursor stays at the same row, now on its neighbour.
        let without = Fixtures.delegations.filter { $0.id != "shanxi-mining-2026" } + [older]
        _ = update(&state, .catalogReplaced(Catalog(settings: settings, delegations: without, contacts: Fixtures.contacts), summary: nil))
        #expect(state.requests.cursor == 2)
        #expect(selectedRequestID(state) == "beijing-bank")
    }

    @Test func detailOpensWithEnterClosesWithEscAndOnDeletion() {
        var state = Fixtures.state()
        Fixtures.press("Tab Enter", &state)
        #expect(state.overlay == .detail(id: "hebei-commerce-2026", top: 0))
        Fixtures.press("Down Down", &state)
        #expect(state.overlay == .detail(id: "hebei-commerce-2026", top: 2))
        Fixtures.press("Escape", &state)
        #expect(state.overlay == nil && state.focus == .groups)
        Fixtures.press("Enter", &state)
        let rest = Fixtures.catalog.delegations.filter { $0.id != "hebei-commerce-2026" }
        _ = update(&state, .catalogReplaced(Catalog(settings: Fixtures.catalog.settings, delegations: rest, contacts: Fixtures.contacts), summary: nil))
        #expect(state.overlay == nil)
        #expect(state.message?.contains("hebei-commerce-2026") == true)
    }

    @Test func detailScrollStopsAtTheEnd() {
        var state = Fixtures.state(80, 24)
        Fixtures.press("2 Enter G", &state)
        guard case .detail(_, let top)? = state.overlay, let extent = state.overlayExtent else {
            Issue.record("detail view did not open")
            return
        }
        #expect(top == extent.lines - extent.visible)
        Fixtures.press("PgDn Down", &state)
        #expect(state.overlay == .detail(id: "hebei-commerce-2026", top: top))
    }

    @Test func helpIsFilterableAndEscClearsThenCloses() {
        var state = Fixtures.state()
        Fixtures.press("?", &state)
        #expect(state.helpFilter == "")
        Fixtures.press("q u i", &state)
        #expect(state.helpFilter == "qui")
        Fixtures.press("Escape", &state)
        #expect(state.helpFilter == "")
        Fixtures.press("Escape", &state)
        #expect(state.helpFilter == nil)
    }

    @Test func problemsListOpensWithBang() {
        var state = Fixtures.state()
        Fixtures.press("!", &state)
        #expect(state.overlay == .problems(top: 0, cursor: 0))
        #expect(render(state).text.contains("delegations/broken.toml:3: expected a value after `=`"))
        Fixtures.press("!", &state)
        #expect(state.overlay == nil)
    }

    @Test func messagesShowUntilTheNextKey() {
        var state = Fixtures.state()
        _ = update(&state, .message("copied +46 72 039 01 71"))
        #expect(render(state).line(39).contains("copied +46 72 039 01 71"))
        Fixtures.press("Down", &state)
        #expect(state.message == nil)
    }

    @Test func calendarMovesByDayWeekAndMonth() {
        var state = Fixtures.state()
        Fixtures.press("3 Right", &state)
        #expect(state.calendar.selected == LocalDate(year: 2026, month: 11, day: 26))
        Fixtures.press("Down h", &state)
        #expect(state.calendar.selected == LocalDate(year: 2026, month: 12, day: 2))
        Fixtures.press("PgUp", &state)
        #expect(state.calendar.selected == LocalDate(year: 2026, month: 11, day: 2))
        Fixtures.press("G", &state)
        #expect(state.calendar.selected == LocalDate(year: 2026, month: 11, day: 30))
        Fixtures.press("t Right Enter", &state)
        #expect(state.overlay == .detail(id: "hebei-commerce-2026", top: 0))
    }

    @Test func aClockReadingOnANewDayMovesTodayUnlessPinned() {
        var state = Fixtures.state()
        let tomorrow = ClockReading(home: Fixtures.at("2026-11-26", "00:01"), partner: Fixtures.at("2026-11-26", "07:01"))
        _ = update(&state, .clock(tomorrow))
        #expect(state.today == LocalDate(year: 2026, month: 11, day: 26))
        var pinned = Fixtures.state()
        pinned.todayFollowsClock = false
        _ = update(&pinned, .clock(tomorrow))
        #expect(pinned.today == Fixtures.today)
        #expect(render(pinned).line(39).contains("Stockholm 00:01 · Beijing 07:01"))
    }

    @Test func shrinkingKeepsTheCursorOnScreen() {
        let many = (0..<60).map { Delegation(id: "req-\($0)", title: "Request \($0)", received: LocalDate(year: 2026, month: 11, day: 1)) }
        var state = Fixtures.state(120, 40, catalog: Catalog(delegations: Fixtures.delegations + many, contacts: Fixtures.contacts))
        Fixtures.press("G", &state)
        _ = update(&state, .resized(TerminalSize(width: 40, height: 12)))
        let visible = RequestsPane.visibleRows(in: ScreenLayout(size: state.size, focus: .requests).rect(for: .requests))
        #expect(state.requests.cursor >= state.requests.top && state.requests.cursor < state.requests.top + visible)
        #expect(render(state).text.contains("63/63"))
    }
}

@Suite struct CalendarHolidayTests {
    @Test func theSelectedDaysHolidaysAreNamed() {
        var state = Fixtures.state(120, 40)
        Fixtures.press("3 PgDn", &state)
        #expect(state.calendar.selected == LocalDate(year: 2026, month: 12, day: 25))
        let text = render(state).text
        #expect(text.contains("December 2026"))
        #expect(text.contains("Fri 2026-12-25 · "))
        #expect(text.contains("(SE)"), "Christmas Day is a Swedish holiday")
    }
}
