import Foundation
import Testing
import VisitDeskDomain
import VisitDeskStore
@testable import VisitDeskUI

private let handWritten = """
# Written by hand; the comment and the unknown key must survive every undo.
title = "Wuxi Water Technology Group"
status = "new"   # just arrived
received = 2026-11-13
interests = ["waste-water"]
x-crm-ref = "W-2231"

"""

@Suite struct TriageConflictTests {
    func conflict() -> WriteConflict {
        WriteConflict(label: "reviewing wuxi", folder: .delegations, id: "wuxi",
                      mine: Array(handWritten.replacingOccurrences(of: "\"new\"", with: "\"reviewing\"").utf8),
                      disk: Array(handWritten.replacingOccurrences(of: "Group", with: "Delegation").utf8),
                      notWritten: ["beijing-bank"])
    }

    @Test func aConflictShowsBothVersionsAndWritesNothing() {
        var state = Fixtures.state()
        #expect(update(&state, .writeConflict(conflict())).isEmpty)
        #expect(state.message == "delegations/wuxi.toml changed on disk: nothing was written")
        let lines = ConflictView.lines(conflict())
        #expect(lines.contains(LabeledLine(label: "disk", value: "title = \"Wuxi Water Technology Delegation\"", role: .conflict)))
        #expect(lines.contains(LabeledLine(label: "mine", value: "title = \"Wuxi Water Technology Group\"", role: .statusMessage)))
        #expect(lines.contains(LabeledLine(label: "mine", value: "status = \"reviewing\"   # just arrived", role: .statusMessage)))
        #expect(lines.contains(LabeledLine(label: "", value: "x-crm-ref = \"W-2231\"", role: .muted)))
        #expect(lines.contains { $0.value == "also not written: beijing-bank" })
        // Keys that mean something elsewhere do nothing here.
        #expect(Fixtures.press("r a q", &state).isEmpty)
        #expect(state.conflict != nil)
        assertSnapshot(render(state), named: "triage-conflict")
    }

    @Test func keepMineWritesMineOverExactlyWhatIsOnDisk() {
        var state = Fixtures.state()
        _ = update(&state, .writeConflict(conflict()))
        let effects = Fixtures.press("m", &state)
        #expect(effects == [.overwrite(FileChange(folder: .delegations, id: "wuxi", before: conflict().disk, after: conflict().mine),
                                       label: "keep mine: reviewing wuxi")])
        #expect(state.conflict == nil)
    }

    @Test func takeTheDisksWritesNothing() {
        var state = Fixtures.state()
        _ = update(&state, .writeConflict(conflict()))
        #expect(Fixtures.press("d", &state).isEmpty)
        #expect(state.conflict == nil)
        #expect(state.message == "kept the disk's version of delegations/wuxi.toml; nothing was written")
        _ = update(&state, .writeConflict(conflict()))
        #expect(Fixtures.press("Escape", &state).isEmpty)
        #expect(state.conflict == nil)
    }

    @Test func editOpensTheFile() {
        var state = Fixtures.state()
        _ = update(&state, .writeConflict(conflict()))
        #expect(Fixtures.press("E", &state) == [.openInEditor(.delegations, id: "wuxi")])
    }

    @Test func lineDiffKeepsCommonLinesOnce() {
        let lines = LineDiff.compare(disk: "a\nb\nc", mine: "a\nB\nc\nd")
        #expect(lines.map(\.side) == [.both, .mineOnly, .diskOnly, .both, .mineOnly])
        #expect(lines.map(\.text) == ["a", "B", "b", "c", "d"])
    }
}

/// Undo through the store puts the file back byte for byte: the comment, the spacing and the
/// key VisitDesk does not know included.
@Suite struct TriageUndoStoreTests {
    func makeStore() throws -> (URL, RecordStore) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("triage-undo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("delegations"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("contacts"), withIntermediateDirectories: true)
        try handWritten.write(to: root.appendingPathComponent("delegations/wuxi.toml"), atomically: true, encoding: .utf8)
        try "name = \"Erik Sjöberg\"\n".write(to: root.appendingPathComponent("contacts/erik-sjoberg.toml"), atomically: true, encoding: .utf8)
        let store = RecordStore(root: root.path)
        try store.load()
        return (root, store)
    }

    /// What the app's write runner does with a receipt: the UI keeps it as a FileChange.
    func change(_ receipt: WriteReceipt) -> FileChange {
        FileChange(folder: .delegations, id: receipt.id, before: receipt.before, after: receipt.after)
    }

    @Test func acceptThenUndoThenRedoRestoresEveryByte() throws {
        let (root, store) = try makeStore()
        defer { try? FileManager.default.removeItem(at: root) }
        let path = root.appendingPathComponent("delegations/wuxi.toml").path
        var state = Fixtures.state(catalog: store.catalog)
        #expect(state.selectedRequest?.id == "wuxi")
        Fixtures.press("a C-u 1 4 / 1 Tab C-u 1 0 Tab C-u 1 2 Tab Tab E r i k", &state)
        Fixtures.press("Enter", &state)
        guard case .save(let request)? = Fixtures.press("C-s", &state).first else {
            Issue.record("accept did not save")
            return
        }
        let receipt = try store.save(request.edits[0].updated)
        let accepted = try #require(FileManager.default.contents(atPath: path))
        let acceptedText = String(decoding: accepted, as: UTF8.self)
        #expect(acceptedText.contains("status = \"confirmed\"   # just arrived"))
        #expect(acceptedText.contains("x-crm-ref = \"W-2231\""))
        #expect(acceptedText.contains("host = \"erik-sjoberg\""))

        let step = UndoStep(label: request.label, files: [change(receipt)])
        for file in step.reversed.files {
            try store.replace(.delegation, id: file.id, with: file.after, expecting: file.before)
        }
        #expect(FileManager.default.contents(atPath: path) == Data(handWritten.utf8))
        #expect(store.catalog.delegation(id: "wuxi")?.status == .new)

        for file in step.files {
            try store.replace(.delegation, id: file.id, with: file.after, expecting: file.before)
        }
        #expect(FileManager.default.contents(atPath: path) == accepted)
    }

    @Test func undoRefusesWhenTheFileChangedSince() throws {
        let (root, store) = try makeStore()
        defer { try? FileManager.default.removeItem(at: root) }
        var wuxi = try #require(store.catalog.delegation(id: "wuxi"))
        wuxi.status = .reviewing
        let receipt = try store.save(wuxi)
        let someoneElse = handWritten.replacingOccurrences(of: "\"new\"", with: "\"declined\"")
        try someoneElse.write(toFile: root.appendingPathComponent("delegations/wuxi.toml").path, atomically: true, encoding: .utf8)
        let undo = change(receipt).reversed
        #expect(throws: StoreWriteError.self) {
            try store.replace(.delegation, id: undo.id, with: undo.after, expecting: undo.before)
        }
        #expect(FileManager.default.contents(atPath: root.appendingPathComponent("delegations/wuxi.toml").path) == Data(someoneElse.utf8))
    }
}

@Suite struct TriageConflictScrollTests {
    @Test func aLongConflictScrollsAndSaysWhereItIs() {
        var state = Fixtures.state(120, 20)
        let long = (1...60).map { "line-\($0) = \($0)" }.joined(separator: "\n")
        let conflict = WriteConflict(label: "edit long", folder: .delegations, id: "long",
                                     mine: Array((long + "\nmine = 1").utf8), disk: Array(long.utf8))
        _ = update(&state, .writeConflict(conflict))
        #expect(render(state).text.contains("1–16 of 64"))
        Fixtures.press("G", &state)
        let bottom = render(state).text
        #expect(bottom.contains("mine  mine = 1"))
        #expect(bottom.contains("49–64 of 64"))
        Fixtures.press("g", &state)
        #expect(state.triage.conflictTop == 0)
    }
}
