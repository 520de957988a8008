import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The conflict inbox (`S`): what the last sync could not merge, a side per file, Enter settles.
@Suite struct SyncInboxTests {
    static let conflicts = [
        SyncConflict(path: "delegations/qingdao-bank.toml", kind: "content",
                     keys: [.init(field: "size", mine: "16", theirs: "10"), .init(field: "title_zh", mine: "\"青岛银行\"", theirs: "\"青岛银行代表团\"")],
                     mineAuthor: "Jiaman", theirAuthor: "Xina"),
        SyncConflict(path: "delegations/hebei.toml", kind: "modify/delete", mineAuthor: "Jiaman", theirAuthor: "Xina"),
    ]

    @Test func emptyItSaysSoAndWhatTheLastSyncDid() {
        var state = Fixtures.state(80, 24)
        Fixtures.press("S", &state)
        var text = render(state).text
        #expect(text.contains("Sync conflicts (0)"))
        #expect(text.contains("No conflicts."))
        #expect(text.contains("No sync has run yet"))
        _ = update(&state, .syncReport(status: Phrase("up to date"), conflicts: []))
        text = render(state).text
        #expect(text.contains("Last sync: up to date."))
        #expect(Fixtures.press("Enter", &state).isEmpty)
        #expect(state.message == "no conflicts to settle")
        #expect(Fixtures.press("s", &state) == [.syncNow])
        Fixtures.press("S", &state)
        #expect(state.syncInbox == nil)
    }

    @Test func eachFileGetsASideAndEnterSettlesOnlyWhenAllHaveOne() {
        var state = Fixtures.state(120, 40)
        _ = update(&state, .syncReport(status: Phrase("2 files in conflict"), conflicts: Self.conflicts))
        Fixtures.press("S", &state)
        var text = render(state).text
        #expect(text.contains("Sync conflicts (2)"))
        #expect(text.contains("[m or t]      delegations/qingdao-bank.toml — mine (Jiaman), theirs (Xina)"))
        #expect(text.contains("    size: mine 16 · theirs 10"))
        #expect(text.contains("    title_zh: mine \"青岛银行\" · theirs \"青岛银行代表团\""))
        #expect(text.contains("delegations/hebei.toml · modify/delete"))
        #expect(text.contains("changed on one side, deleted on the other"))

        Fixtures.press("m", &state)  // qingdao: mine, cursor to hebei
        #expect(Fixtures.press("Enter", &state).isEmpty)
        #expect(state.message == "choose m (mine) or t (theirs) for every file first: 1 left")
        Fixtures.press("t", &state)
        text = render(state).text
        #expect(text.contains("[keep mine]   delegations/qingdao-bank.toml"))
        #expect(text.contains("[keep theirs] delegations/hebei.toml"))
        let effects = Fixtures.press("Enter", &state)
        #expect(effects == [.settleSyncConflicts(["delegations/qingdao-bank.toml": .mine, "delegations/hebei.toml": .theirs])])
        #expect(state.syncInbox == nil)
    }

    /// A save refused because its file changed on disk (compare-and-swap) is in the same list as
    /// the sync's conflicts until decided: Esc in the conflict view leaves it there; `m` then
    /// Enter writes mine over exactly what is on disk, with the sync's files settled alongside.
    @Test func aSaveRefusedBecauseTheFileChangedOnDiskWaitsInTheInbox() {
        let mine = "title = \"Wuxi Water Group\"\nstatus = \"reviewing\"\n\n[[slots]]\nstart = 2027-03-09T09:00:00\n"
        let disk = "title = \"Wuxi Water Group\"\nstatus = \"new\"\nsize = 8\n\n[[slots]]\nstart = 2027-03-09T10:00:00\n"
        let refusal = WriteConflict(label: "reviewing wuxi", folder: .delegations, id: "wuxi", mine: Array(mine.utf8), disk: Array(disk.utf8))
        var state = Fixtures.state(120, 40)
        _ = update(&state, .syncReport(status: Phrase("1 file in conflict"), conflicts: [Self.conflicts[0]]))
        _ = update(&state, .writeConflict(refusal))
        Fixtures.press("Escape", &state)
        #expect(state.conflict == nil)
        #expect(state.message == "delegations/wuxi.toml waits in the conflict inbox (S): nothing was written yet")
        #expect(render(state).text.split(separator: "\n").last?.contains("1 conflict (S)") == true)

        Fixtures.press("S", &state)
        let text = render(state).text
        #expect(text.contains("Sync conflicts (2)"))
        #expect(text.contains("[m or t]      delegations/wuxi.toml · changed on disk — mine, theirs: the file on disk"), "\(text)")
        #expect(text.contains("    status: mine \"reviewing\" · theirs \"new\""))
        #expect(text.contains("    size: mine (removed) · theirs 8"))
        #expect(text.contains("    slots.start: mine 2027-03-09T09:00:00 · theirs 2027-03-09T10:00:00"))
        #expect(text.contains("delegations/qingdao-bank.toml — mine (Jiaman), theirs (Xina)"))
        Fixtures.press("e", &state)
        #expect(state.message == "a save that met a newer file on disk: choose m (write mine) or t (keep the disk's)")

        Fixtures.press("m t", &state)
        let effects = Fixtures.press("Enter", &state)
        #expect(effects == [.overwrite(FileChange(folder: .delegations, id: "wuxi", before: Array(disk.utf8), after: Array(mine.utf8)), label: "keep mine: reviewing wuxi"),
                            .settleSyncConflicts(["delegations/qingdao-bank.toml": .theirs])])
        #expect(state.writeRefusals.isEmpty)
    }

    /// Keeping the disk's version in the view, or a later save of the file, takes it off the list.
    @Test func aRefusalDecidedOrWrittenLeavesTheInbox() {
        let refusal = WriteConflict(label: "reviewing wuxi", folder: .delegations, id: "wuxi", mine: Array("status = \"reviewing\"\n".utf8),
                                    disk: Array("status = \"new\"\n".utf8))
        var state = Fixtures.state(120, 40)
        _ = update(&state, .writeConflict(refusal))
        Fixtures.press("d", &state)
        #expect(state.inboxConflicts.isEmpty)
        _ = update(&state, .writeConflict(refusal))
        Fixtures.press("Escape", &state)
        #expect(state.inboxConflicts.map(\.path) == ["delegations/wuxi.toml"])
        _ = update(&state, .saved(UndoStep(label: "reviewing wuxi", files: [FileChange(folder: .delegations, id: "wuxi", before: refusal.disk, after: refusal.mine)])))
        #expect(state.inboxConflicts.isEmpty)
        Fixtures.press("S", &state)
        #expect(render(state).text.contains("No conflicts."))
    }

    @Test func aNewReportKeepsTheSidesOfFilesStillInConflict() {
        var state = Fixtures.state(80, 24)
        _ = update(&state, .syncReport(status: Phrase("2 files in conflict"), conflicts: Self.conflicts))
        Fixtures.press("S m", &state)
        // No row of the 80x24 screen runs past 80 cells with the CJK values in it.
        let rows = render(state).text.split(separator: "\n")
        #expect(rows.contains { $0.contains("青岛银行") })
        for row in rows { #expect(DisplayWidth.of(String(row)) <= 80) }
        _ = update(&state, .syncReport(status: Phrase("1 file in conflict"), conflicts: [Self.conflicts[0]]))
        #expect(state.syncInbox?.choices == ["delegations/qingdao-bank.toml": .mine])
        #expect(state.syncInbox?.cursor == 0)
        _ = update(&state, .syncReport(status: Phrase("up to date"), conflicts: []))
        #expect(state.syncInbox?.choices == [:])
        #expect(render(state).text.contains("Last sync: up to date."))
    }

    /// In Chinese the side labels keep one width, so the file names line up under each other.
    @Test func inChineseTheSidesAlignAndRowsKeepTheirWidth() {
        var state = Fixtures.state(80, 24)
        state.language = .zh
        _ = update(&state, .syncReport(status: Phrase("2 files in conflict"), conflicts: Self.conflicts))
        Fixtures.press("S m", &state)
        let rows = render(state).text.split(separator: "\n").map(String.init)
        #expect(rows.contains { $0.contains("同步冲突（2）") })
        let mine = rows.first { $0.contains("[保留我的]") } ?? "", open = rows.first { $0.contains("[m 或 t]") } ?? ""
        #expect(DisplayWidth.of(String(mine.prefix { $0 != "d" })) == DisplayWidth.of(String(open.prefix { $0 != "d" })), "\(mine)\n\(open)")
        for row in rows { #expect(DisplayWidth.of(row) == 80) }
    }

    /// `b` keeps both records of an id created on both sides; elsewhere it says what it is for.
    @Test func keepBothIsOfferedForARecordCreatedOnBothSides() {
        var state = Fixtures.state(80, 24)
        let added = SyncConflict(path: "contacts/li-ming.toml", kind: SyncConflict.addedOnBothSides,
                                 keys: [.init(field: "organisation", mine: "\"Qingdao Bank\"", theirs: "\"Hebei\"")])
        _ = update(&state, .syncReport(status: Phrase("%d files in conflict", 2), conflicts: [Self.conflicts[0], added]))
        Fixtures.press("S b", &state)
        #expect(state.message == "keep both is for a record created on both sides with one id: choose m or t here")
        #expect(state.syncInbox?.choices.isEmpty == true)
        Fixtures.press("m b", &state)
        let text = render(state).text
        #expect(text.contains("b keep both"))
        #expect(text.contains("[keep both]   contacts/li-ming.toml · added on both sides"), "\(text)")
        #expect(Fixtures.press("Enter", &state) == [.settleSyncConflicts(["delegations/qingdao-bank.toml": .mine, "contacts/li-ming.toml": .both])])
    }

    /// `e`: a form with a field per conflicting key, filled with my value; what is typed shows in
    /// the inbox and goes with Enter, winning over the side.
    @Test func typedValuesTakeNeitherSide() {
        var state = Fixtures.state(80, 24)
        _ = update(&state, .syncReport(status: Phrase("%d files in conflict", 2), conflicts: Self.conflicts))
        Fixtures.press("S e", &state)
        #expect(state.form?.fields.map(\.name) == ["size", "title_zh"])
        #expect(state.form?.fields.map(\.input.text) == ["16", "\"青岛银行\""])
        Fixtures.press("C-u", &state)
        for character in "14" { _ = update(&state, .key(.character(character))) }
        Fixtures.press("C-s", &state)
        #expect(state.form == nil)
        let text = render(state).text
        #expect(text.contains("[typed]"), "\(text)")
        #expect(text.contains("    size: mine 16 · theirs 10 → 14"), "\(text)")
        // The file with no keys (deleted on one side) has nothing to type.
        Fixtures.press("j e", &state)
        #expect(state.message == "no key to type here: the whole file differs; choose m or t")
        Fixtures.press("t", &state)
        let effects = Fixtures.press("Enter", &state)
        #expect(effects == [.settleSyncConflicts(["delegations/qingdao-bank.toml": .mine, "delegations/hebei.toml": .theirs],
                                                 values: ["delegations/qingdao-bank.toml": ["size": "14", "title_zh": "\"青岛银行\""]])])
    }
}
