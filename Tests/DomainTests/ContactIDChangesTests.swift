import Testing
import VisitDeskDomain

/// The rules the dashboard and the command line share for renaming a person's id and deleting
/// a person.
@Suite struct ContactIDChangesTests {
    static let day = LocalDate(year: 2027, month: 3, day: 9)
    static let catalog = Catalog(
        delegations: [
            Delegation(id: "hebei", title: "Hebei", status: .confirmed, lead: "wang-fang", owner: "lina-berg",
                       slots: [Slot(start: LocalDateTime(date: day, time: LocalTime(hour: 9, minute: 0)),
                                    end: LocalDateTime(date: day, time: LocalTime(hour: 10, minute: 0)), host: "erik-sjoberg")]),
            Delegation(id: "wuxi", title: "Wuxi", members: ["erik-sjoberg", "wang-fang"]),
        ],
        contacts: [Contact(id: "erik-sjoberg", name: "Erik Sjöberg"), Contact(id: "lina-berg", name: "Lina Berg"),
                   Contact(id: "wang-fang", name: "Wang Fang"), Contact(id: "nobody-named", name: "Nobody Named")])

    var erik: Contact { Self.catalog.contact(id: "erik-sjoberg")! }

    @Test func aNewIdMustBeValidAndFree() {
        #expect(ContactIDChanges.renameRefusal("erik-sjoberg", for: erik, in: Self.catalog) == nil, "its own id stays")
        #expect(ContactIDChanges.renameRefusal("erik-sjoberg-bdx", for: erik, in: Self.catalog) == nil)
        #expect(ContactIDChanges.renameRefusal("Erik", for: erik, in: Self.catalog)?.contains("is not an id") == true)
        #expect(ContactIDChanges.renameRefusal("", for: erik, in: Self.catalog)?.contains("is not an id") == true)
        #expect(ContactIDChanges.renameRefusal("lina-berg", for: erik, in: Self.catalog) == "`lina-berg` is Lina Berg's id already")
    }

    @Test func aNamedPersonIsDeletedOnlyWithSomeoneInTheirPlace() {
        guard case .named(let places) = ContactIDChanges.deletion(of: erik, replacingWith: nil, in: Self.catalog) else {
            Issue.record("deleted while named")
            return
        }
        #expect(places.map(\.line) == ["hebei · Hebei: host of slot 1", "wuxi · Wuxi: member"])
        guard case .allowed(let rewrites) = ContactIDChanges.deletion(of: erik, replacingWith: "lina-berg", in: Self.catalog) else {
            Issue.record("refused with a replacement")
            return
        }
        #expect(rewrites.map(\.updated.id) == ["hebei", "wuxi"])
        #expect(rewrites[0].updated.slots[0].host == "lina-berg")
        #expect(rewrites[1].updated.members == ["lina-berg", "wang-fang"])
    }

    @Test func theReplacementMustBeAnotherContact() {
        if case .badReplacement(let why) = ContactIDChanges.deletion(of: erik, replacingWith: "erik-sjoberg", in: Self.catalog) {
            #expect(why.contains("choose someone else"))
        } else { Issue.record("replaced by himself") }
        if case .badReplacement(let why) = ContactIDChanges.deletion(of: erik, replacingWith: "ghost", in: Self.catalog) {
            #expect(why == "no contact `ghost` to put in their place")
        } else { Issue.record("replaced by nobody") }
    }

    @Test func someoneNobodyNamesIsDeletedWithNothingToRewrite() {
        let nobody = Self.catalog.contact(id: "nobody-named")!
        guard case .allowed(let rewrites) = ContactIDChanges.deletion(of: nobody, replacingWith: nil, in: Self.catalog) else {
            Issue.record("refused")
            return
        }
        #expect(rewrites.isEmpty)
    }
}
