import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The modes as a stack and the targets of commands: what a user notices when Esc, marks and
/// forms meet.
@Suite struct ModeStackTests {
    @Test func marksInRequestsNeverReachACommandGivenInGroups() throws {
        var state = Fixtures.state()
        Fixtures.press("Space Space Space", &state)  // all three requests marked
        #expect(state.marked.count == 3)
        Fixtures.press("2 x", &state)  // Groups: cancel the selected group
        let form = try #require(state.form)
        #expect(form.bases.map(\.id) == ["hebei-commerce-2026"], "the group only, not the requests marked elsewhere")
        #expect(render(state).text.contains("Hebei Bureau of Commerce Group"), "the form names what it acts on")
        #expect(state.triage.marks[.requests]?.count == 3, "the Requests marks stay for Requests")
    }

    @Test func aFormOnMarkedRecordsNamesThemAll() throws {
        var state = Fixtures.state()
        Fixtures.press("Space Space d", &state)
        let form = try #require(state.form)
        #expect(form.subject == "2 requests: Jiangsu Motorhome & Camping Study Tour, Shanxi Mine Remediation Delegation")
    }

    @Test func escInAListClearsItsMarksFirstThenItsFilter() {
        var state = Fixtures.state()
        Fixtures.press("Space / b a n k Enter", &state)
        #expect(state.marked == ["jiangsu-camping"])
        let note = render(state).text
        #expect(note.contains("1 marked, 1 hidden"), "a filter that hides a marked row says so")
        Fixtures.press("Escape", &state)
        #expect(state.marked.isEmpty && state.requests.filter == "bank")
        Fixtures.press("Escape", &state)
        #expect(state.requests.filter.isEmpty)
    }

    @Test func aMarkedRowShowsAGlyphNotOnlyAColour() {
        var state = Fixtures.state()
        Fixtures.press("Space", &state)
        let row = render(state).text.split(separator: "\n").first { $0.contains("Jiangsu Motorhome") } ?? ""
        #expect(row.contains("●"))
        let unmarked = render(state).text.split(separator: "\n").first { $0.contains("Shanxi Mine") } ?? ""
        #expect(!unmarked.contains("●"))
    }

    @Test func escInAChangedFormAsksAndEscAgainKeepsEditing() {
        var state = Fixtures.state()
        Fixtures.press("d n o", &state)
        Fixtures.press("Escape", &state)
        #expect(state.modeKind == .prompt)
        #expect(render(state).text.contains("discard changes? y/n"))
        Fixtures.press("Escape", &state)
        #expect(state.modeKind == .form && state.form?.fields[0].input.text == "no", "typing is kept")
        Fixtures.press("C-c", &state)
        #expect(state.modeKind == .prompt, "C-c in a form is Esc, never quit")
        Fixtures.press("y", &state)
        #expect(state.form == nil && state.modes.isEmpty)
        #expect(state.message == "cancelled: nothing was written")
    }

    @Test func escOnALongFilterAsksAndAShortOneGoesAtOnce() {
        var state = Fixtures.state()
        Fixtures.press("/ s t a t u s : n e w Space s o r t : s i z e Escape", &state)
        #expect(state.modeKind == .prompt && state.requests.filter == "status:new sort:size")
        Fixtures.press("n", &state)
        #expect(state.isTypingFilter && state.requests.filter == "status:new sort:size", "n keeps typing")
        Fixtures.press("Escape y", &state)
        #expect(!state.isTypingFilter && state.requests.filter.isEmpty)
        Fixtures.press("/ b a n k Escape", &state)
        #expect(state.modes.isEmpty && state.requests.filter.isEmpty)
    }

    @Test func anUntouchedFormClosesWithoutAsking() {
        var state = Fixtures.state()
        Fixtures.press("d Escape", &state)
        #expect(state.form == nil && state.modes.isEmpty)
    }

    @Test func altKeysAndPastesInAFormAreNotCommands() {
        var state = Fixtures.state()
        Fixtures.press("d n o Space h o s t M-b !", &state)
        #expect(state.modeKind == .form, "M-b keeps the form")
        #expect(state.form?.fields[0].input.text == "no !host", "M-b moves back a word, as in readline")
        Fixtures.press("C-e C-u", &state)
        _ = update(&state, .key(.paste("+46 72 039 01 71\nq")))
        #expect(state.form?.fields[0].input.text == "+46 72 039 01 71 q", "a paste is text, its newline a space")
        #expect(state.modeKind == .form)
    }

    @Test func aFormKeepsItsTypingWhenTheRecordUnderItVanishes() {
        var state = Fixtures.state()
        Fixtures.press("Enter e x y z", &state)  // jiangsu-camping's detail, then its edit form
        #expect(state.modes.map(\.kind) == [.detail, .form])
        let others = Fixtures.delegations.filter { $0.id != "jiangsu-camping" }
        _ = update(&state, .catalogReplaced(Catalog(settings: Fixtures.catalog.settings, delegations: others, contacts: Fixtures.contacts), summary: nil))
        #expect(state.modes.map(\.kind) == [.form], "the detail view closes, the form and its typing stay")
        #expect(state.form?.isChanged == true)
        #expect(state.message == "the record jiangsu-camping is gone from the store")
    }

    @Test func altKeysAndUnknownSequencesInAPaneRunNothingAndSaySo() {
        var state = Fixtures.state()
        #expect(Fixtures.press("M-q", &state).isEmpty, "M-q is not q")
        #expect(state.message == "M-q does nothing here (? lists the keys)")
        #expect(update(&state, .key(.unknownSequence("ESC[1;5P"))).isEmpty)
        #expect(state.modes.isEmpty && state.focus == .requests)
    }

    @Test func escPopsOneModeAtATime() {
        var state = Fixtures.state()
        Fixtures.press("Enter ?", &state)  // detail view, help over it
        #expect(state.modes.map(\.kind) == [.detail, .help])
        Fixtures.press("Escape", &state)
        #expect(state.modes.map(\.kind) == [.detail])
        Fixtures.press("Escape", &state)
        #expect(state.modes.isEmpty)
    }
}

@Suite struct HelpModeTests {
    @Test func helpInTheDetailViewListsTheCommandsThatWorkThere() {
        var state = Fixtures.state()
        Fixtures.press("Enter ?", &state)
        let text = render(state).text
        #expect(text.contains("Keys · Detail"))
        for name in ["request.review", "request.hold", "request.decline", "request.cancel", "request.accept", "request.edit", "request.edit-file"] {
            #expect(text.contains(name), "\(name) is in the detail view's help")
        }
    }

    @Test func helpAt80x24ScrollsToTheLastCommandAndSaysWhenThereIsMore() {
        var state = Fixtures.state(80, 24)
        Fixtures.press("?", &state)
        let entries = HelpView.entries(for: .requests, keymap: state.keymap)
        var text = render(state).text
        #expect(text.contains("more ↓"))
        #expect(!text.contains(entries.last!.help))
        Fixtures.press("End", &state)
        text = render(state).text
        #expect(text.contains(entries.last!.help), "End shows the last command")
        #expect(!text.contains("more ↓"))
        Fixtures.press("PgUp PgUp PgUp Home", &state)
        #expect(render(state).text.contains(entries.first!.help))
    }

    @Test func typingFiltersHelpAndLettersAreText() {
        var state = Fixtures.state()
        let effects = Fixtures.press("? q u i t", &state)
        #expect(effects.isEmpty, "q inside help is filter text")
        #expect(state.helpFilter == "quit")
        let names = HelpView.shown(state, state.help!).map(\.name)
        #expect(names.first == "app.quit" && !names.contains("request.accept"))
    }
}

@Suite struct PaletteTests {
    @Test func quitTypedAndEnteredQuits() {
        var state = Fixtures.state()
        #expect(Fixtures.press(": q u i t Enter", &state) == [.quit])
    }

    @Test func argumentsGoToTheCommand() {
        var state = Fixtures.state()
        #expect(Fixtures.press(": t h e m e Space l i g h t Enter", &state) == [.themeChanged(name: "light")])
        Fixtures.press(": f i l t e r Space s t a t u s : n e w Enter", &state)
        #expect(state.requests.filter == "status:new")
        #expect(state.requests.rows.map { state.catalog.delegations[$0].id } == ["shanxi-mining-2026"])
        Fixtures.press("3 : g o t o Space 2 0 2 7 - 0 2 - 0 6 Enter", &state)
        #expect(state.calendar.selected == LocalDate(year: 2027, month: 2, day: 6))
    }

    @Test func fuzzyNamesAndDescriptionsWithSwedishLettersFolded() {
        #expect(CommandSearch.fold("Åsa ÖBERG är") == "asa oberg ar")
        let accept = Palette.matches("acc", over: .requests).first.map { CommandTable.all[$0].name }
        #expect(accept == "request.accept")
        let racc = Palette.matches("racc", over: .requests).first.map { CommandTable.all[$0].name }
        #expect(racc == "request.accept")
        let copy = Palette.matches("cöpy the phöne", over: .contacts).first.map { CommandTable.all[$0].name }
        #expect(copy == "contact.copy-phone")
    }

    @Test func thePaletteShowsEachCommandsKeys() {
        let text = Fixtures.screen(": a c c e p t").text
        let row = text.split(separator: "\n").first { $0.contains("request.accept") } ?? ""
        #expect(row.contains(" a "))
    }
}

@Suite struct KeymapTests {
    @Test func aRebindingTakesEffectAndAnEmptyListUnbinds() {
        let (keymap, problems) = Keymap.build([
            KeyBinding(command: "request.accept", keys: ["a", "A"], line: 2),
            KeyBinding(command: "app.quit", keys: [], line: 3),
        ])
        #expect(problems.isEmpty)
        var state = Fixtures.state()
        state.useKeymap(keymap)
        #expect(Fixtures.press("q", &state).isEmpty, "q no longer quits")
        Fixtures.press("A", &state)
        #expect(state.form?.purpose == .accept)
    }

    @Test func badLinesAreNamedAndTheDefaultsStay() {
        let (keymap, problems) = Keymap.build([
            KeyBinding(command: "request.acept", keys: ["a"], line: 4),
            KeyBinding(command: "request.decline", keys: ["C-1"], line: 5),
            KeyBinding(command: "request.hold", keys: ["x"], line: 6),
            KeyBinding(command: "request.visited", keys: ["C-m"], line: 7),
        ])
        #expect(problems.map(\.line) == [4, 5, 6, 7])
        #expect(problems[3].message.contains("as Enter"))
        #expect(problems[0].message.contains("unknown command `request.acept`"))
        #expect(problems[1].message.contains("`C-1`"))
        #expect(problems[2].message.contains("already `request.cancel`"))
        #expect(keymap.keys(of: "request.hold") == [.character("h")])
        #expect(keymap.keys(of: "request.cancel") == [.character("x")])
    }

    @Test func swappingTwoKeysIsNoClash() {
        let (keymap, problems) = Keymap.build([
            KeyBinding(command: "request.hold", keys: ["x"], line: 1),
            KeyBinding(command: "request.cancel", keys: ["h"], line: 2),
        ])
        #expect(problems.isEmpty)
        #expect(keymap.keys(of: "request.hold") == [.character("x")])
    }
}

@Suite struct UndoConflictTests {
    @Test func anUndoThatMeetsAChangedFileIsOfferedOnceAndEarlierStepsStillUndo() {
        var state = Fixtures.state()
        let first = UndoStep(label: "reviewing a", files: [FileChange(folder: .delegations, id: "a", before: [1], after: [2])])
        let second = UndoStep(label: "edit delegations/a.toml in the editor", files: [FileChange(folder: .delegations, id: "a", before: [2], after: [3])])
        _ = update(&state, .saved(first))
        _ = update(&state, .saved(second))
        #expect(Fixtures.press("u", &state) == [.undo(second)])
        _ = update(&state, .writeConflict(WriteConflict(label: second.label, folder: .delegations, id: "a", mine: [2], disk: [4])))
        #expect(state.modeKind == .conflict)
        #expect(state.message?.contains("earlier ones still undo") == true)
        Fixtures.press("Escape", &state)  // keep the disk's
        #expect(state.modes.isEmpty)
        #expect(Fixtures.press("u", &state) == [.undo(first)], "the step before the conflict is next, not the conflict again")
    }
}

/// Each mode drawn over the panes, as a user sees it.
@Suite struct ModeSnapshotTests {
    @Test func thePaletteListsMatchesWithTheirKeys() {
        assertSnapshot(Fixtures.screen(": a c c", 120, 40), named: "palette-acc-120x40")
    }

    @Test func theDiscardQuestionSitsOverTheForm() {
        assertSnapshot(Fixtures.screen("d n o Escape", 80, 24), named: "discard-question-80x24")
    }

    @Test func helpOverTheDetailViewAt80x24() {
        assertSnapshot(Fixtures.screen("Enter ?", 80, 24), named: "help-detail-80x24")
    }

    @Test func markedRowsWithAHiddenOne() {
        assertSnapshot(Fixtures.screen("Space Space / b a n k Enter", 80, 24), named: "marks-hidden-80x24")
    }
}
