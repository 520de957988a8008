import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// `/` with `key:value` words in Requests and Groups: narrowing by field, sorting, the title.
@Suite struct TriageFilterTests {
    func requestIDs(_ state: AppState) -> [String] { state.requests.rows.map { state.catalog.delegations[$0].id } }

    func typeFilter(_ text: String, _ state: inout AppState) {
        Fixtures.press("/", &state)
        for c in text { Fixtures.press(c == " " ? "Space" : String(c), &state) }
        Fixtures.press("Enter", &state)
    }

    @Test func statusAndSortWordsNarrowAndOrderTheRequests() {
        var state = Fixtures.state()
        #expect(requestIDs(state) == ["jiangsu-camping", "shanxi-mining-2026", "beijing-bank"])
        typeFilter("status:new", &state)
        #expect(requestIDs(state) == ["shanxi-mining-2026"])
        #expect(render(state).line(0).contains("Requests · new"))
        Fixtures.press("Escape", &state)
        typeFilter("sort:size", &state)
        #expect(requestIDs(state) == ["jiangsu-camping", "shanxi-mining-2026", "beijing-bank"])
        Fixtures.press("Escape", &state)
        typeFilter("sort:received", &state)
        #expect(requestIDs(state) == ["beijing-bank", "shanxi-mining-2026", "jiangsu-camping"])
        #expect(render(state).line(0).contains("Requests · by received"))
    }

    @Test func typingAKeyWordWidensAgainInsteadOfStayingNarrowed() {
        var state = Fixtures.state()
        typeFilter("s", &state)
        let plain = requestIDs(state)
        Fixtures.press("/", &state)
        Fixtures.press("BSpace s t a t u s : o", &state)
        #expect(requestIDs(state) == ["beijing-bank"])
        #expect(plain.count >= 1)
    }

    @Test func interestDirectionOwnerAndFreeTextInBothScripts() {
        var state = Fixtures.state()
        typeFilter("interest:motor", &state)
        #expect(requestIDs(state) == ["jiangsu-camping"])
        Fixtures.press("Escape", &state)
        typeFilter("北京", &state)
        #expect(requestIDs(state) == ["beijing-bank"])
        Fixtures.press("2", &state)
        typeFilter("dir:out", &state)
        #expect(state.groups.rows.map { state.catalog.delegations[$0].id } == ["chengdu-trip"])
        Fixtures.press("Escape", &state)
        typeFilter("owner:lina", &state)
        #expect(state.groups.rows.map { state.catalog.delegations[$0].id } == ["hebei-commerce-2026"])
        Fixtures.press("Escape", &state)
        typeFilter("interpreter", &state)  // in hebei's notes only
        #expect(state.groups.rows.map { state.catalog.delegations[$0].id } == ["hebei-commerce-2026"])
    }

    /// `owner:me` finds the coordinator's card by their identity's e-mail (any case), else by name;
    /// unknown, it admits nothing and the title says `?owner:me` rather than pretending.
    @Test func ownerMeIsTheCoordinatorAtTheKeyboard() {
        var state = Fixtures.state()
        Fixtures.press("2", &state)
        typeFilter("owner:me", &state)
        #expect(state.groups.rows.isEmpty)
        #expect(render(state).text.contains("Groups · ?owner:me"))
        Fixtures.press("Escape", &state)

        state.me = Coordinator(name: "L. Berg", email: "Lina.Berg@example.SE")
        typeFilter("owner:me", &state)
        #expect(state.groups.rows.map { state.catalog.delegations[$0].id } == ["hebei-commerce-2026"])
        #expect(render(state).text.contains("Groups · owner me"))
        #expect(!render(state).text.contains("?owner"))
        Fixtures.press("Escape", &state)

        state.me = Coordinator(name: "lina berg", email: "lina@elsewhere.example")
        typeFilter("owner:me", &state)
        #expect(state.groups.rows.map { state.catalog.delegations[$0].id } == ["hebei-commerce-2026"])
        Fixtures.press("Escape", &state)

        state.me = Coordinator(name: "Zhang Wei", email: "zw@example.cn")
        typeFilter("owner:me", &state)
        #expect(state.groups.rows.isEmpty)
    }

    @Test func monthOfTheWishedPeriod() {
        let wish = Delegation(id: "w", title: "W", earliest: LocalDate(year: 2026, month: 12, day: 20), latest: LocalDate(year: 2027, month: 1, day: 10))
        let none: (String) -> Contact? = { _ in nil }
        #expect(RequestQuery("month:2027-01").admits(wish, contacts: none))
        #expect(RequestQuery("month:dec").admits(wish, contacts: none))
        #expect(!RequestQuery("month:2").admits(wish, contacts: none))
        #expect(!RequestQuery("month:2027-01").admits(Delegation(id: "x", title: "X"), contacts: none))
        #expect(RequestQuery("month:13").unknown == ["month:13"])
        #expect(RequestQuery("status:new sort:wish camping").summary == "new · by wished · \"camping\"")
    }

    @Test func marksShowAsACountAndInTheMarkedStyle() {
        var state = Fixtures.state()
        Fixtures.press("Space", &state)
        let grid = render(state)
        #expect((0..<grid.height).contains { grid.line($0).contains("└ 1 marked · 2/3 ─") })
        // Row 2 (jiangsu-camping, no longer under the cursor) is drawn marked.
        #expect(grid[5, 2].role == .marked)
    }
}

@Suite struct TriageAgeingTests {
    /// The age column's style on the row of a request.
    func ageRole(_ id: String, _ state: AppState) -> StyleRole? {
        let grid = render(state)
        guard let row = (0..<grid.height).first(where: { grid.line($0).contains(state.catalog.delegation(id: id)!.title.prefix(20)) }) else { return nil }
        let column = grid.line(row).range(of: "d ").map { DisplayWidth.of(grid.line(row)[..<$0.lowerBound]) - 1 } ?? 0
        return grid[column, row].role
    }

    @Test func requestsOlderThanTheStoreSettingStandOutOldestFirst() {
        var settings = StoreSettings(name: "Dalarna technical visits")
        settings.ageingDays = 30
        let catalog = Catalog(settings: settings, delegations: Fixtures.delegations, contacts: Fixtures.contacts)
        var state = Fixtures.state(catalog: catalog)
        Fixtures.press("j j", &state)  // the cursor away from the first row, so its own style shows
        #expect(state.requests.rows.map { catalog.delegations[$0].id }.first == "jiangsu-camping")
        #expect(ageRole("jiangsu-camping", state) == .aged)  // 55 days
        #expect(ageRole("shanxi-mining-2026", state) == .muted)  // 15 days
        settings.ageingDays = 10
        state.catalog = Catalog(settings: settings, delegations: Fixtures.delegations, contacts: Fixtures.contacts)
        #expect(ageRole("shanxi-mining-2026", state) == .aged)
    }
}
