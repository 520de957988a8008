import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The people a delegation names, in its detail view, in the language on screen.
@Suite struct DetailPeopleTests {
    @Test func aPersonNotInTheStoreIsSaidSoInEachLanguage() throws {
        var hebei = try #require(Fixtures.delegations.first { $0.id == "hebei-commerce-2026" })
        hebei.lead = "nobody-here"
        var state = Fixtures.state(120, 40)
        #expect(DetailView.lines(hebei, state: state).contains { $0.value == "nobody-here (not in the store)" })
        state.language = .sv
        #expect(DetailView.lines(hebei, state: state).contains { $0.value == "nobody-here (finns inte i registret)" })
        state.language = .zh
        #expect(DetailView.lines(hebei, state: state).contains { $0.value == "nobody-here（不在资料库中）" })
    }
}
