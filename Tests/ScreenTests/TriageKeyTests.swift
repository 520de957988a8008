import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// Every triage key through `update`: what the state shows and which writes go out.
@Suite struct TriageKeyTests {
    /// The single save a key produced, or nil.
    func save(_ effects: [Effect]) -> SaveRequest? {
        guard effects.count == 1, case .save(let request) = effects[0] else { return nil }
        return request
    }

    func statuses(_ request: SaveRequest?) -> [String: DelegationStatus] {
        Dictionary(uniqueKeysWithValues: (request?.edits ?? []).map { ($0.updated.id, $0.updated.status) })
    }

    @Test func reviewingIsWrittenAtOnceAgainstWhatWasShown() throws {
        var state = Fixtures.state()
        Fixtures.press("j", &state)  // shanxi-mining-2026, new
        let request = try #require(save(Fixtures.press("r", &state)))
        #expect(request.edits.count == 1)
        #expect(request.edits[0].shown == state.catalog.delegation(id: "shanxi-mining-2026"))
        #expect(request.edits[0].updated.status == .reviewing)
        #expect(request.label == "reviewing shanxi-mining-2026")
    }

    @Test func aStatusTheRecordCannotReachIsRefusedWithAReason() {
        var state = Fixtures.state()
        Fixtures.press("2 j j", &state)  // guangzhou-compost, visited
        #expect(state.selectedGroup?.id == "guangzhou-compost")
        #expect(Fixtures.press("r", &state).isEmpty)
        #expect(state.message?.contains("guangzhou-compost is visited, it cannot become reviewing") == true)
    }

    @Test func declineNeedsAReasonAndEscWritesNothing() throws {
        var state = Fixtures.state()
        #expect(Fixtures.press("d", &state).isEmpty)
        #expect(state.form?.title == "decline jiangsu-camping")
        #expect(Fixtures.press("C-s", &state).isEmpty)
        #expect(state.form?.fields[0].error == "required")
        #expect(Fixtures.press("Escape", &state).isEmpty)
        #expect(state.form == nil)
        #expect(state.message == "cancelled: nothing was written")

        Fixtures.press("d", &state)
        for c in "no dates in 2026" { Fixtures.press(c == " " ? "Space" : String(c), &state) }
        let request = try #require(save(Fixtures.press("C-s", &state)))
        #expect(request.edits[0].updated.status == .declined)
        #expect(request.edits[0].updated.reason == "no dates in 2026")
        #expect(state.form == nil)
    }

    @Test func holdAndCancelAskForAReasonToo() throws {
        var state = Fixtures.state()
        Fixtures.press("h", &state)
        #expect(state.form?.purpose == .setStatus(.onHold))
        Fixtures.press("w a i t", &state)
        #expect(statuses(save(Fixtures.press("C-s", &state))) == ["jiangsu-camping": .onHold])

        Fixtures.press("2", &state)  // hebei-commerce-2026, confirmed
        Fixtures.press("x", &state)
        Fixtures.press("f l u", &state)
        let request = try #require(save(Fixtures.press("C-s", &state)))
        #expect(request.edits[0].updated.status == .cancelled)
        #expect(request.edits[0].updated.reason == "flu")
    }

    @Test func acceptAsksForASlotAndConfirms() throws {
        var state = Fixtures.state()
        Fixtures.press("a", &state)
        let form = try #require(state.form)
        #expect(form.fields.map(\.name) == ["date", "start", "end", "place", "host", "topic"])
        // Date: replace the suggestion with 14/1; start 13:30; end 16:00; place; host by pinyin.
        Fixtures.press("C-u 1 4 / 1 Tab C-u 1 3 : 3 0 Tab C-u 1 6 : 0 0 Tab F a l u n Tab s j o", &state)
        #expect(state.form?.matches.map { state.catalog.contacts[$0].id }.first == "erik-sjoberg")
        Fixtures.press("Enter", &state)  // picks the match
        #expect(state.form?.focusedField.contactID == "erik-sjoberg")
        #expect(state.form?.focusedField.input.text == "Erik Sjöberg")
        let request = try #require(save(Fixtures.press("C-s", &state)))
        let updated = request.edits[0].updated
        #expect(updated.status == .confirmed)
        #expect(updated.slots == [Slot(start: Fixtures.at("2027-01-14", "13:30"), end: Fixtures.at("2027-01-14", "16:00"),
                                       place: "Falun", host: "erik-sjoberg")])
    }

    @Test func acceptShowsWhatIsWrongNextToTheField() {
        var state = Fixtures.state()
        Fixtures.press("a C-u 3 2 / 1 Tab Tab C-u 0 8 : 0 0", &state)
        #expect(Fixtures.press("C-s", &state).isEmpty)
        let form = state.form
        #expect(form?.fields[0].error?.contains("is not a date: 2027-01-14, 14/1") == true)
        #expect(form?.fields[1].error == nil)
        // Fix the date: the end before the start is reported on the end field.
        Fixtures.press("BTab BTab C-u 1 4 / 1", &state)
        #expect(state.form?.fields[0].error == nil)
        #expect(Fixtures.press("C-s", &state).isEmpty)
        #expect(state.form?.fields[2].error?.contains("end after it starts") == true)
    }

    @Test func markedRecordsAreOneStep() throws {
        var state = Fixtures.state()
        Fixtures.press("Space Space", &state)
        #expect(state.marked == ["jiangsu-camping", "shanxi-mining-2026"])
        #expect(state.selectedRequest?.id == "beijing-bank")
        Fixtures.press("Space", &state)  // the last row: the cursor stays, so Space again unmarks
        #expect(state.marked.contains("beijing-bank"))
        Fixtures.press("Space", &state)
        #expect(!state.marked.contains("beijing-bank"))
        let request = try #require(save(Fixtures.press("r", &state)))
        // jiangsu-camping is already reviewing: skipped and said so.
        #expect(statuses(request) == ["shanxi-mining-2026": .reviewing])
        #expect(state.message?.contains("jiangsu-camping is reviewing") == true)
        #expect(state.marked.isEmpty)

        Fixtures.press("g Space Space Space", &state)
        Fixtures.press("d C-u n o", &state)
        #expect(state.form?.title == "decline 3 records")
        let declined = try #require(save(Fixtures.press("C-s", &state)))
        #expect(declined.edits.count == 3)
        #expect(Set(declined.edits.map(\.updated.reason)) == ["no"])
    }

    @Test func visitedAsksForTheOutcome() throws {
        var state = Fixtures.state()
        Fixtures.press("2 v", &state)
        #expect(state.form?.title == "mark visited hebei-commerce-2026")
        Fixtures.press("M o U Space s i g n e d", &state)
        let request = try #require(save(Fixtures.press("C-s", &state)))
        #expect(request.edits[0].updated.status == .visited)
        #expect(request.edits[0].updated.outcome == "MoU signed")
    }

    @Test func ownerIsPickedFromContactsAndUnknownTextIsRefused() throws {
        var state = Fixtures.state()
        Fixtures.press("o x y z z y", &state)
        #expect(state.form?.matches.isEmpty == true)
        #expect(Fixtures.press("Enter", &state).isEmpty)
        #expect(state.form?.fields[0].error?.contains("no contact `xyzzy`") == true)
        Fixtures.press("C-u l b", &state)  // initials of Lina Berg
        #expect(state.form?.matches.first.map { state.catalog.contacts[$0].id } == "lina-berg")
        Fixtures.press("Enter", &state)
        let request = try #require(save(Fixtures.press("Enter", &state)))
        #expect(request.edits[0].updated.owner == "lina-berg")
    }

    @Test func interestTagsAreNormalised() throws {
        var state = Fixtures.state()
        Fixtures.press("t", &state)
        #expect(state.form?.fields[0].input.text == "camping, motorhomes")
        Fixtures.press(", Space W a s t e Space W a t e r", &state)
        let request = try #require(save(Fixtures.press("Enter", &state)))
        #expect(request.edits[0].updated.interests == ["camping", "motorhomes", "waste-water"])
    }

    @Test func newRequestGetsAnIdFromItsTitleAndTodayAsReceived() throws {
        var state = Fixtures.state()
        Fixtures.press("n", &state)
        for c in "Hebei Bureau of Commerce Group" { Fixtures.press(c == " " ? "Space" : String(c), &state) }
        Fixtures.press("Tab 河 北", &state)
        Fixtures.press("Tab Tab Tab 1 2 Tab Tab + 3 d Tab 2 0 2 6 - 1 2 - 2 4", &state)
        let request = try #require(save(Fixtures.press("C-s", &state)))
        let record = request.edits[0].updated
        #expect(request.edits[0].shown == nil)
        #expect(record.id == "hebei-bureau-of-commerce-group")
        #expect(record.titleZh == "河北")
        #expect(record.size == 12)
        #expect(record.earliest == LocalDate(year: 2026, month: 11, day: 28))
        #expect(record.latest == LocalDate(year: 2026, month: 12, day: 24))
        #expect(record.received == Fixtures.today)
        #expect(record.status == .new)
    }

    @Test func editChangesOnlyWhatWasTypedAndKeepsTheShownBase() throws {
        var state = Fixtures.state()
        Fixtures.press("j j e", &state)  // beijing-bank
        #expect(state.form?.fields[1].input.text == "北京银行绿色金融")
        Fixtures.press("Tab BSpace BSpace", &state)
        let request = try #require(save(Fixtures.press("C-s", &state)))
        let shown = try #require(request.edits[0].shown)
        #expect(shown == state.catalog.delegation(id: "beijing-bank"))
        var expected = shown
        expected.titleZh = "北京银行绿色"
        #expect(request.edits[0].updated == expected)
    }

    @Test func bigEOpensTheFileInTheEditor() {
        var state = Fixtures.state()
        #expect(Fixtures.press("E", &state) == [.openInEditor(.delegations, id: "jiangsu-camping")])
    }

    @Test func undoAndRedoFollowWhatTheRunnerReports() {
        var state = Fixtures.state()
        #expect(Fixtures.press("u", &state).isEmpty)
        #expect(state.message == "nothing to undo")
        let step = UndoStep(label: "reviewing x", files: [FileChange(folder: .delegations, id: "x", before: [1], after: [2])])
        _ = update(&state, .saved(step))
        #expect(state.message == "saved: reviewing x (u undoes)")
        #expect(Fixtures.press("u", &state) == [.undo(step)])
        _ = update(&state, .undone(step))
        #expect(state.triage.history.undoable.isEmpty)
        #expect(Fixtures.press("C-r", &state) == [.redo(step)])
        _ = update(&state, .redone(step))
        #expect(state.triage.history.undoable == [step])
        #expect(Fixtures.press("C-r", &state).isEmpty)
        #expect(state.message == "nothing to redo")
    }

    @Test func aNewChangeAfterUndoDropsTheRedo() {
        var state = Fixtures.state()
        let first = UndoStep(label: "a", files: [FileChange(folder: .delegations, id: "a", before: nil, after: [1])])
        let second = UndoStep(label: "b", files: [FileChange(folder: .delegations, id: "b", before: [1], after: [2])])
        _ = update(&state, .saved(first))
        _ = update(&state, .undone(first))
        _ = update(&state, .saved(second))
        #expect(state.triage.history.redoable.isEmpty)
        #expect(state.triage.history.undoable == [second])
    }

    @Test func formKeysAreTextNotCommands() {
        var state = Fixtures.state()
        Fixtures.press("d q ? T 1 /", &state)
        #expect(state.form?.fields[0].input.text == "q?T1/")
        #expect(state.focus == .requests)
    }
}

@Suite struct TriageFormViewTests {
    @Test func acceptFormWithAContactPickerAndTheCursorInTheField() {
        var state = Fixtures.state()
        Fixtures.press("a C-u 3 2 / 1 C-s Tab Tab Tab 河 北 Space Å s a Tab z w", &state)
        assertSnapshot(render(state), named: "triage-accept-form")
        // The host field is focused after "河北 Åsa" was typed into Place; the cursor sits after "zw".
        let cursor = cursorPosition(state)
        let grid = render(state)
        let row = grid.line(cursor?.y ?? 0)
        #expect(row.contains("Host"))
        #expect(row.contains("zw"))
        #expect(cursorPosition(state)?.x == (grid.line(cursor?.y ?? 0).range(of: "zw").map { DisplayWidth.of(row[..<$0.upperBound]) }))
    }

    @Test func noCursorWithoutAForm() {
        let state = Fixtures.state()
        #expect(cursorPosition(state) == nil)
    }
}

@Suite struct TriageHostSuggestionTests {
    @Test func contactsWhoseTopicsMatchAreRankedByOverlapWithTheirPhone() {
        var state = Fixtures.state()
        Fixtures.press("Enter", &state)  // jiangsu-camping: camping, motorhomes; lead zhang-wei
        let record = state.catalog.delegation(id: "jiangsu-camping")!
        let lines = HostSuggestions.lines(for: record, state: state).map(\.value)
        #expect(lines.contains("Zoe\u{308} Lind (Falu Camping) · camping, motorhomes · 070-123 45 67"))
        var mining = record
        mining.interests = ["waste-water", "mine-remediation", "sludge"]
        let ranked = HostSuggestions.ranked(for: mining, contacts: state.catalog.contacts, byTopic: state.index.people.byTopic)
        #expect(ranked.map { state.catalog.contacts[$0.contact].id } == ["asa-oberg", "anders-ahl"])
        #expect(ranked.first?.shared == ["waste-water", "sludge"])
        let detail = DetailView.lines(record, state: state).map(\.label)
        #expect(detail.contains("Suggested hosts"))
    }

    @Test func groupsGetNoSuggestions() {
        let state = Fixtures.state()
        #expect(HostSuggestions.lines(for: state.catalog.delegation(id: "hebei-commerce-2026")!, state: state).isEmpty)
    }
}

@Suite struct TriageRequestFormTests {
    @Test func directionAndNotesOfANewRequest() throws {
        var state = Fixtures.state()
        Fixtures.press("n T r i p", &state)
        for _ in 0..<10 { Fixtures.press("Tab", &state) }
        #expect(state.form?.focusedField.name == "direction")
        Fixtures.press("C-u s i d e w a y s", &state)
        #expect(Fixtures.press("C-s", &state).isEmpty)
        #expect(state.form?.focusedField.error?.contains("inbound") == true)
        Fixtures.press("C-u o u t Tab 张 伟 Space n o t e", &state)
        guard case .save(let request)? = Fixtures.press("C-s", &state).first else {
            Issue.record("no save")
            return
        }
        #expect(request.edits[0].updated.direction == .outbound)
        #expect(request.edits[0].updated.notes == "张伟 note")
    }
}

@Suite struct TriageDetailKeyTests {
    @Test func decisionKeysActOnTheRecordInTheDetailView() throws {
        var state = Fixtures.state()
        Fixtures.press("j Enter", &state)  // shanxi-mining-2026's detail
        guard case .save(let request)? = Fixtures.press("r", &state).first else {
            Issue.record("r in the detail view did not save")
            return
        }
        #expect(request.edits.map(\.updated.id) == ["shanxi-mining-2026"])
        #expect(Fixtures.press("E", &state) == [.openInEditor(.delegations, id: "shanxi-mining-2026")])
        Fixtures.press("d", &state)
        #expect(state.form?.title == "decline shanxi-mining-2026")
        Fixtures.press("Escape", &state)
        #expect(state.overlay != nil)
        // Space and n belong to the lists; in the detail view they do nothing.
        #expect(Fixtures.press("Space n", &state).isEmpty)
        #expect(state.marked.isEmpty && state.form == nil)
    }

    @Test func aVisitOpenedFromTheCalendarCanBeMarkedVisited() {
        var state = Fixtures.state()
        Fixtures.press("3 Right Enter", &state)  // 2026-11-26: hebei-commerce-2026
        guard case .detail(let id, _)? = state.overlay else {
            Issue.record("no detail view")
            return
        }
        Fixtures.press("v", &state)
        #expect(state.form?.title == "mark visited \(id)")
    }
}

@Suite struct TriageNoChangeTests {
    @Test func submittingAnUnchangedFormWritesNothing() {
        var state = Fixtures.state()
        Fixtures.press("t", &state)
        #expect(Fixtures.press("Enter", &state).isEmpty)
        #expect(state.message == "nothing changed: nothing was written")
        #expect(state.form == nil)
    }
}

@Suite struct TriageSmallScreenTests {
    @Test func theFocusedFieldStaysOnScreenInALowTerminal() throws {
        var state = Fixtures.state(80, 14)
        Fixtures.press("n", &state)
        for _ in 0..<11 { Fixtures.press("Tab", &state) }
        #expect(state.form?.focusedField.name == "notes")
        Fixtures.press("备 注", &state)
        let grid = render(state)
        let cursor = try #require(cursorPosition(state))
        #expect(grid.line(cursor.y).contains("Notes"))
        #expect(grid.line(cursor.y).contains("备注"))
        #expect(cursor.x == (grid.line(cursor.y).range(of: "备注").map { DisplayWidth.of(grid.line(cursor.y)[..<$0.upperBound]) }))
        #expect((0..<grid.height).contains { grid.line($0).contains("Tab next field") })
    }
}

@Suite struct TriageWriteFailedTests {
    @Test func aRefusedWriteGivesTheFormBackWithWhy() {
        var state = Fixtures.state()
        Fixtures.press("d n o Space h o s t", &state)
        #expect(Fixtures.press("C-s", &state).count == 1)
        #expect(state.form == nil)
        _ = update(&state, .writeFailed("not written: delegations/jiangsu-camping.toml: the store is read-only"))
        #expect(state.form?.fields[0].input.text == "no host")
        #expect(state.form?.error?.contains("read-only") == true)
        #expect(render(state).text.contains("the store is read-only"))
        // Once dropped (the typed reason makes Esc ask first), a later failure has no form to give back.
        Fixtures.press("Escape", &state)
        #expect(state.modeKind == .prompt && state.form != nil)
        Fixtures.press("y", &state)
        _ = update(&state, .writeFailed("not written: disk full"))
        #expect(state.form == nil)
        #expect(state.message == "not written: disk full")
    }
}
