import Testing
import VisitDeskDomain

/// The morning list: overdue first, then this week, then later, then undated; done ones hidden.
@Suite struct FollowUpAgendaTests {
    static let today = LocalDate(year: 2026, month: 11, day: 25)  // a Wednesday
    static func day(_ d: Int, _ m: Int = 11) -> LocalDate { LocalDate(year: 2026, month: m, day: d) }

    static let delegations = [
        Delegation(id: "hebei", title: "Hebei", followUps: [
            FollowUp(due: day(29), what: "send hosts' profiles"),      // Sunday: this week
            FollowUp(due: day(20), what: "book the bus", done: true),  // done: hidden
            FollowUp(due: day(2, 12), what: "ask for names"),           // next week
        ]),
        Delegation(id: "wuxi", title: "Wuxi", followUps: [
            FollowUp(due: day(18), what: "answer the mail"),            // overdue
            FollowUp(what: "thank the host"),                           // undated
            FollowUp(due: day(24), what: "call the lead"),              // overdue, yesterday
        ]),
    ]

    @Test func orderIsOverdueThenThisWeekThenLaterThenUndated() {
        let agenda = FollowUpAgenda(Self.delegations, today: Self.today)
        #expect(agenda.entries.map(\.followUp.what) == ["answer the mail", "call the lead", "send hosts' profiles", "ask for names", "thank the host"])
        #expect(agenda.entries.map(\.urgency) == [.overdue, .overdue, .thisWeek, .later, .undated])
        #expect(agenda.overdueCount == 2)
        #expect(agenda.dueThisWeekCount == 1)
    }

    @Test func numbersAreOneBasedWithinTheDelegationCountingDoneOnes() {
        let agenda = FollowUpAgenda(Self.delegations, today: Self.today)
        let ask = agenda.entries.first { $0.followUp.what == "ask for names" }
        #expect(ask?.delegationID == "hebei" && ask?.number == 3)
        #expect(FollowUpAgenda(Self.delegations, today: Self.today, includeDone: true).entries.count == 6)
    }
}
