import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The fixture store plus people that make lookup hard: a second 张, a name whose initials are
/// also `zw`, a number nobody can parse, and someone with two emails.
enum ContactFixtures {
    static let extra: [Contact] = [
        Contact(id: "zhang-wen", name: "Zhang Wen", nameZh: "张文", country: "CN", organisation: "Jiangsu Environment Bureau",
                organisationZh: "江苏省生态环境厅", phones: ["+86 25 8888 1234"], emails: ["zhangwen@example.cn"]),
        Contact(id: "zack-wiik", name: "Zack Wiik", country: "SE", organisation: "Wiik Husbilar", phones: ["ring växeln"],
                emails: ["zack@wiik.se", "bokning@wiik.se"], tags: ["motorhomes"], notes: "Prefers email.\nSpeaks some Mandarin."),
    ]

    static let catalog = Catalog(settings: Fixtures.catalog.settings, delegations: Fixtures.delegations,
                                 contacts: Fixtures.contacts + extra, problems: Fixtures.problems)

    static func state(_ width: Int = 120, _ height: Int = 40) -> AppState { Fixtures.state(width, height, catalog: catalog) }

    /// The state after pressing `keys`, typing `query` character by character, then pressing `then`.
    static func state(_ width: Int = 120, _ height: Int = 40, keys: String, typing query: String, then: String) -> AppState {
        var state = state(width, height)
        Fixtures.press(keys, &state)
        type(query, &state)
        Fixtures.press(then, &state)
        return state
    }

    /// Types `text` one character at a time (spaces included), as a person at the keyboard does.
    @discardableResult
    static func type(_ text: String, _ state: inout AppState) -> [Effect] {
        text.flatMap { update(&state, .key(.character($0))) }
    }

    static func ids(_ rows: [Int], _ state: AppState) -> [String] { rows.map { state.catalog.contacts[$0].id } }

    /// What the `@` box finds for `query`, best first.
    static func lookup(_ query: String) -> [String] {
        let state = state(keys: "@", typing: query, then: "")
        return ids(state.lookup?.results ?? [], state)
    }
}

@Suite struct ContactLookupTests {
    @Test func hanziFindsThePersonAndOnlyPeopleWithThoseCharacters() {
        #expect(ContactFixtures.lookup("张伟") == ["zhang-wei"])
        #expect(ContactFixtures.lookup("张") == ["zhang-wei", "zhang-wen"])
    }

    @Test func pinyinWithAndWithoutToneMarks() {
        #expect(ContactFixtures.lookup("zhang wei").first == "zhang-wei")
        #expect(ContactFixtures.lookup("zhāng wěi").first == "zhang-wei")
        #expect(ContactFixtures.lookup("zhangwei") == ["zhang-wei"])
        #expect(Set(ContactFixtures.lookup("zhāng")) == ["zhang-wei", "zhang-wen"])
    }

    @Test func initialsFindBothScriptsAndANameBeatsAnInitialsHit() {
        let found = ContactFixtures.lookup("zw")
        #expect(Set(found) == ["zhang-wei", "zhang-wen", "zack-wiik"])
        // Typing more of the name puts the one person first.
        #expect(ContactFixtures.lookup("zw wen").first == "zhang-wen")
    }

    @Test func swedishLettersWithAndWithoutDots() {
        #expect(ContactFixtures.lookup("öberg").first == "asa-oberg")
        #expect(ContactFixtures.lookup("oberg").contains("asa-oberg"))
        #expect(ContactFixtures.lookup("åsa") == ["asa-oberg"])
        #expect(ContactFixtures.lookup("sjö").first == "erik-sjoberg")
        #expect(ContactFixtures.lookup("ährlund") == ["anders-ahl"])
    }

    @Test func phoneDigitsWhateverTheFormatting() {
        // Åsa wrote 072-039 01 71 and Erik +46 72 039 01 71: one number, so both are found.
        for typed in ["0720390171", "+46 72 039 01 71", "072-039 01 71", "0046720390171"] {
            #expect(Set(ContactFixtures.lookup(typed)) == ["asa-oberg", "erik-sjoberg"], "\(typed)")
        }
        #expect(Set(ContactFixtures.lookup("039 01")) == ["asa-oberg", "erik-sjoberg"])
        #expect(ContactFixtures.lookup("138 0013") == ["wang-fang"])
        #expect(ContactFixtures.lookup("8888 1234") == ["zhang-wen"])
    }

    @Test func organisationInBothScriptsAndEmail() {
        #expect(Set(ContactFixtures.lookup("hebei")) == ["wang-fang", "zhang-wei"])
        #expect(ContactFixtures.lookup("河北") == ["wang-fang"])
        #expect(ContactFixtures.lookup("江苏") == ["zhang-wen"])
        #expect(ContactFixtures.lookup("lina.berg@example.se") == ["lina-berg"])
        #expect(ContactFixtures.lookup("bokning") == ["zack-wiik"])
    }

    @Test func bestMatchFirst() {
        // Lina Berg is named exactly `berg`; Sjöberg and Öberg only contain it.
        let found = ContactFixtures.lookup("berg")
        #expect(found.first == "lina-berg")
        #expect(Set(found.prefix(3)) == ["lina-berg", "asa-oberg", "erik-sjoberg"])
        #expect(found.last == "anders-ahl", "Garpenberg Mine, his organisation, only contains it: last")
        // A whole word beats the start of one: Lind before Lina.
        #expect(ContactFixtures.lookup("lind").first == "zoe-lind")
    }

    @Test func atOpensFromAnyPaneEnterShowsTheCardEscCloses() {
        for pane in ["1", "2", "3", "4"] {
            var state = ContactFixtures.state()
            Fixtures.press(pane + " @", &state)
            #expect(state.lookup != nil, "pane \(pane)")
            ContactFixtures.type("zw wen", &state)
            Fixtures.press("Enter", &state)
            #expect(state.lookup == nil)
            #expect(state.overlay == .contact(id: "zhang-wen", top: 0))
            #expect(state.selectedContact?.id == "zhang-wen", "the Contacts pane follows the lookup")
            Fixtures.press("Escape", &state)
            #expect(state.overlay == nil)
        }
        var state = ContactFixtures.state()
        Fixtures.press("@ z w Escape", &state)
        #expect(state.lookup == nil && state.overlay == nil)
    }

    @Test func theLookupBoxShowsWhatWasTypedAndTheBestMatchFirst() {
        let state = ContactFixtures.state(keys: "2 @", typing: "zhang", then: "")
        let grid = render(state)
        #expect(grid.text.contains("@ zhang▏") && grid.text.contains("2 found"))
        #expect(grid.line(39).contains("Enter shows the card"), "the status bar says what Enter does")
        assertSnapshot(grid, named: "contact-lookup-120x40")
    }

    @Test func lettersThatAreKeysElsewhereAreTextInTheLookup() {
        var state = ContactFixtures.state()
        let effects = Fixtures.press("@ q T ? / j k s y", &state)
        #expect(effects.isEmpty, "q must not quit, y must not copy")
        #expect(state.lookup?.query == "qT?/jksy")
        Fixtures.press("C-u", &state)
        #expect(state.lookup?.query == "")
    }

    @Test func arrowsMoveThroughResultsAndBackspaceWidens() {
        var state = ContactFixtures.state()
        Fixtures.press("@ z h a n g", &state)
        #expect(state.lookup?.results.count == 2)
        Fixtures.press("Down Enter", &state)
        #expect(state.overlay == .contact(id: "zhang-wen", top: 0))
        Fixtures.press("Escape @ z h a n g BSpace BSpace BSpace", &state)
        #expect(state.lookup?.query == "zh")
        #expect((state.lookup?.results.count ?? 0) >= 2)
        Fixtures.press("BSpace BSpace Enter", &state)
        #expect(state.overlay == nil, "Enter with nothing found opens nothing")
    }

    @Test func slashInContactsRanksTheListAndEnterShowsTheBestMatch() {
        var state = ContactFixtures.state()
        Fixtures.press("4 / b e r g", &state)
        #expect(ContactFixtures.ids(state.contacts.rows, state).first == "lina-berg")
        #expect(state.selectedContact?.id == "lina-berg", "the cursor goes to the best match")
        Fixtures.press("Enter", &state)
        #expect(state.overlay == .contact(id: "lina-berg", top: 0))
        #expect(!state.isTypingFilter && state.contacts.filter == "berg")
    }

    @Test func slashLookupKeepsItsPlaceAcrossAReload() {
        var state = ContactFixtures.state()
        Fixtures.press("4 / b e r g Enter Escape Down", &state)
        let chosen = state.selectedContact?.id
        #expect(chosen != "lina-berg")
        _ = update(&state, .catalogReplaced(ContactFixtures.catalog, summary: Phrase("reloaded contacts/zack-wiik.toml")))
        #expect(state.selectedContact?.id == chosen, "a reload does not throw the cursor back to the best match")
    }
}

/// A store large enough that the search keys are built on a background queue: lookups must still
/// find everyone, and a reload must find an edited person by the new name only.
@Suite struct LargeStoreLookupTests {
    static func people(_ count: Int) -> [Contact] {
        (0..<count).map { i in
            Contact(id: "p\(i)", name: "Person Number\(i)", country: i.isMultiple(of: 2) ? "SE" : "CN",
                    phones: ["070-\(100 + i % 900) 00 \(10 + i % 90)"])
        }
    }

    @Test func keysBuiltInTheBackgroundFindEveryoneAndFollowAnEdit() {
        let count = 2_500
        var contacts = Self.people(count)
        contacts[1234].nameZh = "欧阳娜娜"
        var state = Fixtures.state(catalog: Catalog(contacts: contacts))
        #expect(ContactFixtures.ids(state.index.people.finding.ranked(state.index.people.order, query: "number2345"), state) == ["p2345"])
        #expect(ContactFixtures.ids(state.index.people.finding.ranked(state.index.people.order, query: "oyn"), state) == ["p1234"])

        contacts[2345].name = "Karin Åkerlund"
        _ = update(&state, .catalogReplaced(Catalog(contacts: contacts), summary: nil))
        Fixtures.press("@", &state)
        ContactFixtures.type("åkerlund", &state)
        #expect(ContactFixtures.ids(state.lookup?.results ?? [], state) == ["p2345"])
        Fixtures.press("C-u", &state)
        ContactFixtures.type("number2345", &state)
        #expect(state.lookup?.results.isEmpty == true, "the old name is gone")
        Fixtures.press("C-u", &state)
        ContactFixtures.type("ouyang", &state)
        #expect(ContactFixtures.ids(state.lookup?.results ?? [], state) == ["p1234"], "unchanged keys were kept")
    }
}

@Suite struct ContactRobustnessTests {
    @Test func aReloadWhileTheLookupIsOpenRanksAgainAndKeepsThePerson() {
        var state = ContactFixtures.state(keys: "@", typing: "zhang", then: "Down")
        #expect(ContactFixtures.ids(state.lookup?.results ?? [], state) == ["zhang-wei", "zhang-wen"])
        // Zhang Wei's file is deleted and a new person arrives first in the array.
        let newcomer = Contact(id: "zhang-li", name: "Zhang Li", nameZh: "张丽", country: "CN")
        let contacts = [newcomer] + ContactFixtures.catalog.contacts.filter { $0.id != "zhang-wei" }
        _ = update(&state, .catalogReplaced(Catalog(delegations: Fixtures.delegations, contacts: contacts), summary: nil))
        #expect(ContactFixtures.ids(state.lookup?.results ?? [], state) == ["zhang-li", "zhang-wen"])
        #expect(state.lookup?.cursor == 1, "still on Zhang Wen")
        expectExactWidths(render(state))
        Fixtures.press("Enter", &state)
        #expect(state.overlay == .contact(id: "zhang-wen", top: 0))
    }

    @Test func theLookupEmptiedByAReloadNeverIndexesPastTheEnd() {
        var state = ContactFixtures.state(keys: "@", typing: "a", then: "End")
        _ = update(&state, .catalogReplaced(Catalog(contacts: []), summary: nil))
        #expect(state.lookup?.results.isEmpty == true)
        expectExactWidths(render(state))
        Fixtures.press("Enter", &state)
        #expect(state.overlay == nil)
    }

    /// A fixed pseudo-random walk over the contact keys, reloads that drop people, and sizes down
    /// to the smallest: no trap, and every frame exactly the terminal's width.
    @Test func randomContactKeysAndReloadsKeepFramesWellFormed() throws {
        var generator = SplitMix(seed: 77)
        let keys = try parseKeyNames("@ / 4 1 s o y Y Enter Escape Up Down End BSpace C-u 1 2 z w å 张 0 7 Space j k")
        let sizes = [TerminalSize(width: 120, height: 40), TerminalSize(width: 80, height: 24), TerminalSize(width: 40, height: 12)]
        let catalogs = [ContactFixtures.catalog, Catalog(delegations: Fixtures.delegations, contacts: Array(Fixtures.contacts.prefix(2))),
                        Catalog(contacts: [])]
        var state = ContactFixtures.state()
        for step in 0..<1_500 {
            if step % 89 == 0 { _ = update(&state, .resized(sizes[Int(generator.next() % UInt64(sizes.count))])) }
            if step % 53 == 0 { _ = update(&state, .catalogReplaced(catalogs[Int(generator.next() % UInt64(catalogs.count))], summary: nil)) }
            let key = keys[Int(generator.next() % UInt64(keys.count))]
            #expect(!update(&state, .key(key)).contains(.quit))
            if step % 25 == 0 { expectExactWidths(render(state)) } else { _ = render(state) }
        }
    }
}

/// Typing in the Contacts filter narrows the last ranking, and Backspace reuses an earlier one,
/// instead of ranking everyone again; the list must be exactly the one a full ranking gives,
/// ties in the same order — also after a reload changed someone while the filter was open.
@Suite struct ContactFilterNarrowingTests {
    @Test func typingLetterByLetterShowsWhatTheWholeQueryShows() {
        let contacts = LargeStoreLookupTests.people(2_600) + [
            Contact(id: "q1", name: "Erik Åberg", country: "SE"), Contact(id: "q2", name: "Erika Berg", country: "SE"),
            Contact(id: "q3", name: "Zhang Wei", nameZh: "张伟", country: "CN"),
        ]
        var typed = Fixtures.state(catalog: Catalog(contacts: contacts))
        Fixtures.press("4", &typed)
        Fixtures.press("/", &typed)
        for query in ["erik berg", "number12 ", "zhang w"] {
            Fixtures.press("C-u", &typed)
            var fresh = typed
            for character in query {
                Fixtures.press(character == " " ? "Space" : String(character), &typed)
                // The same filter set in one step, ranked over everyone.
                fresh.modifyList(.contacts) { list, _ in list.filter = typed.contacts.filter }
                fresh.refilterContacts()
                #expect(typed.contacts.rows == fresh.contacts.rows, "after typing '\(typed.contacts.filter)'")
            }
            #expect(!typed.contacts.rows.isEmpty, "'\(query)' finds someone")
            // Backspace goes back through rankings already made: still exactly a full ranking.
            while !typed.contacts.filter.isEmpty {
                Fixtures.press("BSpace", &typed)
                fresh.modifyList(.contacts) { list, _ in list.filter = typed.contacts.filter }
                fresh.refilterContacts()
                #expect(typed.contacts.rows == fresh.contacts.rows, "after Backspace to '\(typed.contacts.filter)'")
            }
        }
    }

    @Test func aReloadWhileFilteringRanksEveryoneAgain() {
        var contacts = LargeStoreLookupTests.people(2_600)
        var state = Fixtures.state(catalog: Catalog(contacts: contacts))
        Fixtures.press("4", &state)
        Fixtures.press("/", &state)
        for character in "karin" { Fixtures.press(String(character), &state) }
        #expect(state.contacts.rows.isEmpty)
        Fixtures.press("BSpace", &state)
        // The organisation does not move anyone in the name order: only the new keys tell.
        contacts[7].organisation = "Karins Åkeri"
        _ = update(&state, .catalogReplaced(Catalog(contacts: contacts), summary: nil))
        #expect(state.contacts.rows.map { state.catalog.contacts[$0].id } == ["p7"], "'kari' finds the person's new organisation")
        Fixtures.press("n", &state)
        Fixtures.press("BSpace", &state)
        #expect(state.contacts.rows.map { state.catalog.contacts[$0].id } == ["p7"], "Backspace does not bring back the list from before the reload")
    }
}
