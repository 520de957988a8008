import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The detail view's age of a request: how long it has waited, in the language on screen.
@Suite struct ReceivedAgeTests {
    /// A received date typed ahead of today (a hand edit, an import) reads as days ahead.
    @Test func aReceivedDateAheadOfTodayIsInSoManyDaysNotMinusDaysAgo() throws {
        var hebei = try #require(Fixtures.delegations.first { $0.id == "hebei-commerce-2026" })
        let state = Fixtures.state(120, 40)
        hebei.received = state.today.adding(days: 3)
        #expect(DetailView.lines(hebei, state: state).contains { $0.value.hasSuffix("(in 3 days)") })
        hebei.received = state.today
        #expect(DetailView.lines(hebei, state: state).contains { $0.value.hasSuffix("(today)") })
        var swedish = state
        swedish.language = .sv
        hebei.received = state.today.adding(days: 3)
        #expect(DetailView.lines(hebei, state: swedish).contains { $0.value.hasSuffix("(om 3 dagar)") })
    }
}
