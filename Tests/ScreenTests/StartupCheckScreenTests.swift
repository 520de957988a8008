import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// Draw first, verify after, as the coordinator meets it: while the store is checked the status
/// bar says "checking…", reading keys work at once, and a writing key waits — with every key
/// after it — until the checked catalog is in, then acts on the record it was pressed on.
@Suite struct StartupCheckScreenTests {
    /// The fixture catalog as drawn from a start-up cache, before the check has answered.
    func checkingState(_ width: Int = 120, _ height: Int = 40) -> AppState {
        with(Fixtures.state(width, height)) { $0.beginStartupCheck() }
    }

    func with(_ state: AppState, _ change: (inout AppState) -> Void) -> AppState {
        var changed = state
        change(&changed)
        return changed
    }

    @Test func theStatusBarSaysCheckingUntilTheCheckIsDone() {
        var state = checkingState()
        #expect(render(state).line(39).contains("checking…"))
        state.language = .sv
        #expect(render(state).line(39).contains("kontrollerar…"))
        state.language = .zh
        #expect(render(state).line(39).contains("正在核对…"))
        _ = update(&state, .storeChecked(nil, changedFiles: 0))
        #expect(!render(state).line(39).contains("正在核对…"))
        #expect(state.message == nil, "nothing changed: nothing to say")
    }

    @Test func itFitsAnEightyColumnStatusBar() {
        let grid = render(checkingState(80, 24))
        expectExactWidths(grid)
        #expect(grid.line(23).contains("checking…"))
    }

    @Test func readingKeysWorkAtOnce() {
        var state = checkingState()
        Fixtures.press("j", &state)
        #expect(state.selectedRequest?.id == "shanxi-mining-2026")
        Fixtures.press("Enter", &state)
        #expect(state.overlay != nil, "the detail view opens while the check runs")
    }

    @Test func aWritingKeyWaitsWithTheKeysAfterItThenActsOnItsRecord() {
        var state = checkingState()
        Fixtures.press("j", &state)
        let chosen = state.selectedRequest?.id
        #expect(Fixtures.press("a", &state).isEmpty)
        #expect(state.form == nil, "no form opens on records nobody checked")
        Fixtures.press("Esc", &state)
        #expect(state.form == nil)
        #expect(state.selectedRequest?.id == chosen)

        _ = update(&state, .storeChecked(nil, changedFiles: 0))
        // `a` opened its form on the record it was pressed on; the Esc typed after it closed it.
        #expect(state.form == nil)
        #expect(state.startupCheck.held.isEmpty)
        var again = checkingState()
        Fixtures.press("j a", &again)
        _ = update(&again, .storeChecked(Fixtures.catalog, changedFiles: 1))
        #expect(again.form != nil, "the held key opens its form after the check")
        #expect(again.selectedRequest?.id == chosen)
        #expect(again.message == "1 file changed since the last start")
    }

    @Test func aWritingKeyWhoseRecordVanishedDoesNothing() throws {
        var state = checkingState()
        Fixtures.press("j", &state)
        let chosen = try #require(state.selectedRequest?.id)
        Fixtures.press("a x", &state)
        var checked = Fixtures.catalog
        checked.removeDelegation(id: chosen)
        let effects = update(&state, .storeChecked(checked, changedFiles: 1))
        #expect(effects.isEmpty)
        #expect(state.form == nil, "nothing opens on the neighbour the selection moved to")
        #expect(state.message == "the record that key was for is gone from the store: nothing was done")
        #expect(state.startupCheck.held.isEmpty, "the keys typed after it are dropped with it")
    }

    /// A cold start of a large store: the delegations drawn first, the contacts read by the check.
    @Test func aColdStartSaysTheContactsAreComingNotThatThereAreNone() {
        let delegationsAlone = Catalog(settings: Fixtures.catalog.settings, delegations: Fixtures.delegations)
        var state = with(Fixtures.state(catalog: delegationsAlone)) { $0.beginStartupCheck(contactsFollow: true) }
        let before = Fixtures.text(state)
        #expect(before.contains("Reading contacts…"))
        #expect(!before.contains("No contacts.") && !before.contains("No contact selected."))
        // A slot's host is a person not read yet: neither an id nor a name, an ellipsis.
        #expect(!before.contains("asa-oberg") && !before.contains("Åsa Öberg"))
        #expect(before.contains("Hebei"), "the delegations are all there")
        state.language = .sv
        #expect(Fixtures.text(state).contains("Läser kontakter…"))
        state.language = .zh
        #expect(Fixtures.text(state).contains("正在读取联系人…"))
        state.language = .en

        _ = update(&state, .storeChecked(Fixtures.catalog, changedFiles: 0))
        let after = Fixtures.text(state)
        #expect(!after.contains("Reading contacts…"))
        #expect(after.contains("Åsa Öberg"))
        #expect(state.message == nil, "read for the first time is not changed since the last start")
        #expect(!state.startupCheck.contactsFollow)
    }

    /// The detail view opened in that first half second: the people are coming, not missing.
    @Test func theDetailViewBeforeTheContactsSaysTheyAreComingNotThatTheyAreMissing() throws {
        let delegationsAlone = Catalog(settings: Fixtures.catalog.settings, delegations: Fixtures.delegations)
        let state = with(Fixtures.state(120, 40, catalog: delegationsAlone)) { $0.beginStartupCheck(contactsFollow: true) }
        let hebei = try #require(Fixtures.delegations.first { $0.id == "hebei-commerce-2026" })
        let before = DetailView.lines(hebei, state: state)
        #expect(before.contains { $0.value == "wang-fang …" }, "the lead")
        #expect(before.contains { $0.value == "Reading contacts…" && $0.role == .muted })
        #expect(!before.contains { $0.value.contains("not in the store") || $0.role == .error })

        let after = DetailView.lines(hebei, state: Fixtures.state(120, 40, catalog: Fixtures.catalog))
        #expect(after.contains { $0.value.hasPrefix("Wang Fang") })
        #expect(!after.contains { $0.value == "Reading contacts…" })
    }
}
