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

    /// The Requests list's age column: `+3d` for a date three days ahead, never `-3d`, in every
    /// language on screen.
    @Test func theRequestsListShowsADateAheadAsPlusDays() throws {
        let today = Fixtures.state().today
        let delegations = Fixtures.delegations.map { delegation in
            var delegation = delegation
            if delegation.id == "jiangsu-camping" { delegation.received = today.adding(days: 3) }
            return delegation
        }
        let catalog = Catalog(settings: Fixtures.catalog.settings, delegations: delegations, contacts: Fixtures.contacts)
        for (language, expected) in [(Language.en, "+3d"), (.sv, "+3d"), (.zh, "+3天")] {
            var state = Fixtures.state(120, 40, catalog: catalog)
            state.language = language
            let row = try #require(Fixtures.text(state).split(separator: "\n").first { $0.contains(today.adding(days: 3).description) })
            #expect(row.contains(" \(expected) "), "\(language): \(row)")
            #expect(!row.contains("-3"), "\(language): \(row)")
        }
        #expect(RequestsPane.ageText(12, .of(.en)) == "12d")
    }

    /// A date typed as 1990 is 36 years old, not "134…" cut off by the four-cell column.
    @Test func anAgeOfThousandsOfDaysIsInYears() {
        #expect(RequestsPane.ageText(999, .of(.en)) == "999d")
        #expect(RequestsPane.ageText(13_488, .of(.en)) == "36y")
        #expect(RequestsPane.ageText(13_488, .of(.sv)) == "36å")
        #expect(RequestsPane.ageText(13_488, .of(.zh)) == "36年")
    }

    /// `999天` is five cells: the Chinese age column is wide enough for it, not cut to `99…`.
    @Test func theLongestAgeFitsItsColumnInEveryLanguage() throws {
        let today = Fixtures.state().today
        let delegations = Fixtures.delegations.map { delegation in
            var delegation = delegation
            if delegation.id == "jiangsu-camping" { delegation.received = today.adding(days: -999) }
            return delegation
        }
        let catalog = Catalog(settings: Fixtures.catalog.settings, delegations: delegations, contacts: Fixtures.contacts)
        for (language, expected) in [(Language.en, "999d"), (.sv, "999d"), (.zh, "999天")] {
            for width in [120, 50] {
                var state = Fixtures.state(width, 30, catalog: catalog)
                state.language = language
                let row = try #require(Fixtures.text(state).split(separator: "\n").first { $0.contains("Jiangsu") }, "\(language) at \(width)")
                #expect(row.contains(expected), "\(language) at \(width): \(row)")
            }
        }
    }
}
