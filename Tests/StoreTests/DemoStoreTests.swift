import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// The demo store is the first thing a new user sees: it must be valid, complete and alive.
@Suite struct DemoStoreTests {
    static let today = LocalDate(year: 2026, month: 11, day: 25)
    let catalog = DemoStore.catalog(today: today)
    let files = DemoStore.files(today: today)

    @Test func hasEnoughRecordsForAUsefulDashboard() {
        #expect(catalog.delegations.count >= 30)
        #expect(catalog.contacts.count >= 40)
        #expect(files.count == 1 + catalog.delegations.count + catalog.contacts.count)
    }

    @Test func everyStatusAndDirectionOccurs() {
        #expect(Set(catalog.delegations.map(\.status)) == Set(DelegationStatus.allCases))
        #expect(Set(catalog.delegations.map(\.direction)) == Set(Direction.allCases))
    }

    @Test func idsAreValidUniqueAndMatchTheFileNames() {
        let ids = catalog.delegations.map(\.id) + catalog.contacts.map(\.id)
        #expect(ids.allSatisfy(RecordID.isValid))
        #expect(Set(ids).count == ids.count)
        let paths = Set(files.map(\.path))
        for d in catalog.delegations { #expect(paths.contains("delegations/\(d.id).toml")) }
        for c in catalog.contacts { #expect(paths.contains("contacts/\(c.id).toml")) }
        #expect(paths.contains("store.toml"))
    }

    @Test func recordsPassTheFormatRules() {
        let contactIDs = Set(catalog.contacts.map(\.id))
        for d in catalog.delegations {
            let problems = Validation.problems(of: d, file: "delegations/\(d.id).toml", contactIDs: contactIDs)
            #expect(problems.isEmpty, "\(problems)")
            for id in d.referencedContactIDs { #expect(contactIDs.contains(id), "\(d.id) names \(id)") }
        }
        for c in catalog.contacts {
            #expect(Validation.problems(of: c, file: "contacts/\(c.id).toml").isEmpty)
        }
    }

    @Test func confirmedGroupsLieAheadAndVisitedOnesBehind() {
        let now = LocalDateTime(date: Self.today, time: LocalTime(hour: 0, minute: 0))
        for d in catalog.delegations where d.status == .confirmed {
            #expect(d.slots.allSatisfy { $0.start > now }, "\(d.id)")
        }
        for d in catalog.delegations where d.status == .visited {
            #expect(d.slots.allSatisfy { $0.end < now }, "\(d.id)")
            #expect(!d.outcome.isEmpty, "\(d.id) has no outcome")
        }
        let lastSlot = catalog.delegations.flatMap(\.slots).map(\.start.date).max()!
        #expect(Self.today.days(until: lastSlot) >= 90, "slots should spread over the coming months")
    }

    @Test func requestsAgeAndClosedOnesCarryReasons() {
        let ages = catalog.requests.compactMap { $0.age(on: Self.today) }
        #expect(ages.contains { $0 > 7 })
        #expect(ages.contains { $0 <= 7 })
        #expect(ages.allSatisfy { $0 <= 60 })
        for d in catalog.delegations where d.status.needsReason {
            #expect(!d.reason.isEmpty, "\(d.id) has no reason")
        }
    }

    @Test func theCalendarHasClashesAndAWeekendSlot() {
        let slots = catalog.groups.flatMap { d in d.slots.map { (d.id, $0) } }
        var clashes = 0
        for (i, a) in slots.enumerated() {
            for b in slots[(i + 1)...] where a.0 != b.0 && a.1.host == b.1.host && a.1.overlaps(b.1) {
                clashes += 1
            }
        }
        #expect(clashes >= 2)
        #expect(slots.filter { $0.1.start.date.isWeekend }.count == 1)
    }

    @Test func peopleAreWrittenInBothScripts() {
        let zhang = catalog.contact(id: "zhang-wei")
        #expect(zhang?.nameZh == "张伟")
        #expect(catalog.contact(id: "wang-fang")?.organisationZh == "河北省商务厅")
        #expect(catalog.contacts.contains { $0.name == "Åsa Öberg" })
        let phones = Set(catalog.contacts.flatMap(\.phones))
        for written in ["072-039 01 71", "+86 138 0013 8000", "023-77 85 00", "0311-8765 4321"] {
            #expect(phones.contains(written))
        }
    }

    @Test func filesLookHandWritten() throws {
        let text = try #require(files.first { $0.path == "delegations/hebei-commerce-waste-water.toml" }?.contents)
        #expect(text.hasPrefix("# Third group under the Hebei partnership\n"))
        #expect(text.contains("title_zh = \"河北省商务厅代表团\"\n"))
        #expect(text.contains("\n[[slots]]\nstart = 2026-12-09T09:00:00\nend = 2026-12-09T10:30:00\n"))
        #expect(text.contains("notes = \"\"\"\nInterested in sludge handling.\n"))
        #expect(!text.contains("reason ="), "empty fields are left out")
    }

    /// The demo is created on any weekday; its programme must stay sensible whichever it is.
    @Test(arguments: 0..<14)
    func everyStartDayGivesAConsistentProgramme(shift: Int) {
        let today = Self.today.adding(days: shift)
        let catalog = DemoStore.catalog(today: today)
        let now = LocalDateTime(date: today, time: LocalTime(hour: 0, minute: 0))
        for d in catalog.delegations {
            for (i, a) in d.slots.enumerated() {
                for b in d.slots[(i + 1)...] { #expect(!a.overlaps(b), "\(d.id) overlaps itself on \(today)") }
            }
            if d.status == .confirmed { #expect(d.slots.allSatisfy { $0.start > now }, "\(d.id)") }
            if d.status == .visited { #expect(d.slots.allSatisfy { $0.end < now }, "\(d.id)") }
        }
        // Only the camping Saturday starts on a weekend (the Suzhou trip may run over one).
        #expect(catalog.groups.flatMap(\.slots).filter { $0.start.date.isWeekend }.count == 1, "on \(today)")
        let contactIDs = Set(catalog.contacts.map(\.id))
        for d in catalog.delegations {
            #expect(Validation.problems(of: d, file: d.id, contactIDs: contactIDs).isEmpty)
        }
    }

    @Test func datesFollowTheDayTheDemoIsCreated() {
        let later = DemoStore.catalog(today: Self.today.adding(days: 100))
        let first = catalog.delegation(id: "cangzhou-biogas")?.received
        let moved = later.delegation(id: "cangzhou-biogas")?.received
        #expect(first.map { $0.adding(days: 100) } == moved)
    }
}
