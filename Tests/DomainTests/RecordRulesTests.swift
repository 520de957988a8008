import Testing
@testable import VisitDeskDomain

@Suite("Dates without a time zone")
struct LocalDateTests {
    @Test("day numbers round-trip across leap years and centuries")
    func dayNumbers() {
        for date in [LocalDate(year: 1970, month: 1, day: 1), LocalDate(year: 2000, month: 2, day: 29),
                     LocalDate(year: 2100, month: 3, day: 1), LocalDate(year: 1899, month: 12, day: 31)] {
            #expect(LocalDate(dayNumber: date.dayNumber) == date)
        }
        #expect(LocalDate(year: 1970, month: 1, day: 1).dayNumber == 0)
        #expect(LocalDate(year: 2027, month: 2, day: 28).adding(days: 1) == LocalDate(year: 2027, month: 3, day: 1))
        #expect(LocalDate(year: 2028, month: 2, day: 28).adding(days: 1) == LocalDate(year: 2028, month: 2, day: 29))
    }

    @Test("ISO weeks and weekdays as a Swedish calendar shows them")
    func isoWeeks() {
        let newYear = LocalDate(year: 2027, month: 1, day: 1)
        #expect(newYear.isoWeekday == 5)  // a Friday
        #expect(newYear.isoWeek.year == 2026 && newYear.isoWeek.week == 53)
        #expect(LocalDate(year: 2027, month: 1, day: 4).isoWeek.week == 1)
        #expect(LocalDate(year: 2026, month: 11, day: 25).isoWeek.week == 48)
        #expect(LocalDate(year: 2027, month: 2, day: 6).isWeekend)
    }

    @Test("only real dates parse")
    func parsing() {
        #expect(LocalDate(iso: "2027-01-14") == LocalDate(year: 2027, month: 1, day: 14))
        for bad in ["2027-02-29", "2027-13-01", "27-01-14", "2027-1-14", "14/1", ""] {
            #expect(LocalDate(iso: bad) == nil, "\(bad)")
        }
        #expect(LocalDate(year: 2027, month: 1, day: 31).adding(months: 1) == LocalDate(year: 2027, month: 2, day: 28))
        #expect(LocalDate(year: 2027, month: 1, day: 15).adding(months: -13) == LocalDate(year: 2025, month: 12, day: 15))
    }
}

@Suite("The status lifecycle")
struct StatusTests {
    @Test("requests move forward, can be declined or cancelled, and mistakes can be walked back")
    func transitions() {
        #expect(DelegationStatus.new.canMove(to: .reviewing))
        #expect(DelegationStatus.reviewing.canMove(to: .confirmed))
        #expect(DelegationStatus.onHold.canMove(to: .declined))
        #expect(DelegationStatus.confirmed.canMove(to: .visited))
        #expect(DelegationStatus.declined.canMove(to: .reviewing))
        #expect(!DelegationStatus.new.canMove(to: .visited))
        #expect(!DelegationStatus.visited.canMove(to: .declined))
        #expect(!DelegationStatus.new.canMove(to: .new))
    }

    @Test("panes, reasons and slots follow the format's rules")
    func rules() {
        #expect(DelegationStatus.allCases.filter(\.isRequest) == [.new, .reviewing, .onHold])
        #expect(DelegationStatus.allCases.filter(\.isGroup) == [.confirmed, .visited])
        #expect(DelegationStatus.allCases.filter(\.needsReason) == [.onHold, .declined, .cancelled])
        #expect(DelegationStatus(rawValue: "on-hold") == .onHold)
    }
}

@Suite("Record rules")
struct ValidationTests {
    let start = LocalDateTime(date: LocalDate(year: 2027, month: 3, day: 2), time: LocalTime(hour: 13, minute: 30))
    let end = LocalDateTime(date: LocalDate(year: 2027, month: 3, day: 2), time: LocalTime(hour: 16, minute: 0))

    @Test("a valid confirmed visit has no problems")
    func valid() {
        let d = Delegation(id: "x", title: "X", status: .confirmed, lead: "wang-fang", slots: [Slot(start: start, end: end, host: "erik-sjoberg")])
        #expect(Validation.problems(of: d, file: "delegations/x.toml", contactIDs: ["wang-fang", "erik-sjoberg"]).isEmpty)
    }

    @Test("each broken rule is one problem on the line of its field, saying what to do")
    func broken() {
        let d = Delegation(
            id: "x", title: " ", status: .confirmed, size: 0,
            earliest: LocalDate(year: 2027, month: 5, day: 1), latest: LocalDate(year: 2027, month: 4, day: 1),
            lead: "nobody", members: ["wang-fang", "ghost"]
        )
        let lines = ["title": 1, "status": 2, "size": 3, "latest": 5, "lead": 6, "members.1": 7]
        let problems = Validation.problems(of: d, file: "delegations/x.toml", contactIDs: ["wang-fang"]) { lines[$0] }
        #expect(problems.map(\.description) == [
            "delegations/x.toml:1: `title` is empty: give the delegation a title",
            "delegations/x.toml:2: status `confirmed` needs at least one [[slots]] entry: add the visit's programme or set status = \"reviewing\"",
            "delegations/x.toml:5: `earliest` (2027-05-01) is after `latest` (2027-04-01): swap or correct them",
            "delegations/x.toml:3: `size` is 0: it must be a positive number of people",
            "delegations/x.toml:6: lead `nobody` is not a contact: create contacts/nobody.toml or correct the id",
            "delegations/x.toml:7: member `ghost` is not a contact: create contacts/ghost.toml or correct the id",
        ])
    }

    @Test("a title of only spaces, tabs or ideographic spaces is empty; one with a letter anywhere is not")
    func blankTitles() {
        func isFlagged(_ title: String) -> Bool {
            let d = Delegation(id: "x", title: title)
            return Validation.problems(of: d, file: "f", contactIDs: []).contains { $0.message.hasPrefix("`title` is empty") }
        }
        for title in ["", " ", "\t \t", "\u{3000}", " \u{3000}\u{A0}"] { #expect(isFlagged(title), "\(title.debugDescription)") }
        for title in ["X", "  x", "\u{3000}河北", "\tÅsa", "1"] { #expect(!isFlagged(title), "\(title.debugDescription)") }
    }

    @Test("a slot that ends before it starts is named by its number")
    func backwardsSlot() {
        let d = Delegation(id: "x", title: "X", status: .confirmed, slots: [Slot(start: end, end: start)])
        let problems = Validation.problems(of: d, file: "f", contactIDs: [])
        #expect(problems.map(\.message) == ["slot 1 ends (2027-03-02T13:30:00) before it starts (2027-03-02T16:00:00): correct `end`"])
    }

    @Test("overlaps and multi-day slots")
    func slots() {
        let a = Slot(start: start, end: end)
        let touching = Slot(start: end, end: LocalDateTime(date: end.date, time: LocalTime(hour: 17, minute: 0)))
        #expect(!a.overlaps(touching))
        #expect(a.overlaps(Slot(start: LocalDateTime(date: start.date, time: LocalTime(hour: 15, minute: 0)), end: touching.end)))
        let overnight = Slot(start: start, end: LocalDateTime(date: LocalDate(year: 2027, month: 3, day: 4), time: LocalTime(hour: 0, minute: 0)))
        #expect(overnight.dates == [LocalDate(year: 2027, month: 3, day: 2), LocalDate(year: 2027, month: 3, day: 3)])
    }
}

@Suite("Ids and the catalog")
struct RecordIDTests {
    @Test("ids from names fold Swedish letters and drop Chinese characters")
    func slugs() {
        #expect(RecordID.slug(from: "Åsa Öberg") == "asa-oberg")
        #expect(RecordID.slug(from: "Hebei Bureau of Commerce (2nd group)") == "hebei-bureau-of-commerce-2nd-group")
        #expect(RecordID.slug(from: "张伟", fallback: "contact") == "contact")
        #expect(RecordID.isValid("hebei-commerce-2017"))
        #expect(!RecordID.isValid("Hebei 2017"))
        #expect(!RecordID.isValid(""))
    }

    @Test("upserts keep the catalog sorted by id and lookups find every record")
    func catalog() {
        var catalog = Catalog(contacts: [Contact(id: "b", name: "B"), Contact(id: "d", name: "D")])
        catalog.upsert(Contact(id: "c", name: "C"))
        catalog.upsert(Contact(id: "a", name: "A"))
        catalog.upsert(Contact(id: "c", name: "C2"))
        #expect(catalog.contacts.map(\.id) == ["a", "b", "c", "d"])
        #expect(catalog.contact(id: "c")?.name == "C2")
        catalog.removeContact(id: "b")
        #expect(catalog.contact(id: "b") == nil)
        #expect(catalog.contacts.map(\.id) == ["a", "c", "d"])
    }
}

@Suite("Conflict ordering")
struct ConflictOrderTests {
    @Test("the sort rank of a conflict kind follows the declared order")
    func ranks() {
        #expect(ScheduleConflict.Kind.allCases.map(\.rank) == Array(0..<ScheduleConflict.Kind.allCases.count))
    }
}
