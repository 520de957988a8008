import Foundation
import Testing
import TOMLDocument
@testable import VisitDeskSharing

@Suite struct TOMLMergeTests {
    let merge = TOMLMerge()

    func edited(_ text: String, _ change: (inout TOMLDocument) throws -> Void) throws -> String {
        var document = try TOMLDocument(parsing: text)
        try change(&document)
        return document.text
    }

    @Test func adjacentKeysChangedOnBothSidesMergeWhereGitsLineMergeConflicts() throws {
        let base = MergeFixtures.base
        let ours = try edited(base) { try $0.setValue("confirmed", at: ["status"]) }
        let theirs = try edited(base) { try $0.setValue(16, at: ["size"]) }
        let outcome = try merge.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.conflicts.isEmpty)
        let merged = try TOMLDocument(parsing: outcome.text)
        #expect(merged.value(at: ["status"]) == "confirmed")
        #expect(merged.value(at: ["size"]) == 16)
        #expect(outcome.text.contains("size = 16 # confirmed by mail"))
        #expect(outcome.text.contains("# the welcome, keep it short"))

        // git's own line merge of the same three versions stops with a conflict.
        let folder = NSTemporaryDirectory() + "visitdesk-merge-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (name, text) in [("o", base), ("a", ours), ("b", theirs)] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: "\(folder)/\(name)"))
        }
        let git = GitRunner(directory: folder, driverCommand: nil).run(["merge-file", "-p", "a", "o", "b"])
        #expect(git.status != 0)
    }

    @Test func sameKeyToDifferentValuesConflictsWithMarkersAroundThatKeyOnly() throws {
        let base = MergeFixtures.base
        let ours = try edited(base) { try $0.setValue("confirmed", at: ["status"]); try $0.setValue(15, at: ["size"]) }
        let theirs = try edited(base) { try $0.setValue("declined", at: ["status"]); try $0.setValue("Falun", at: ["slots", 2, "place"]) }
        let outcome = try merge.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.conflicts.map(\.field.description) == ["status"])
        #expect(outcome.markedText.contains("<<<<<<< ours\nstatus = \"confirmed\"\n=======\nstatus = \"declined\"\n>>>>>>> theirs\n"))
        // Everything else is merged already: their slot change and our size are in.
        #expect(outcome.markedText.contains("place = \"Falun\""))
        #expect(outcome.markedText.contains("size = 15 # confirmed by mail"))
        #expect(outcome.markedText.components(separatedBy: "<<<<<<<").count == 2)
        // The unmarked text keeps ours at the conflict and parses.
        #expect(try TOMLDocument(parsing: outcome.text).value(at: ["status"]) == "confirmed")
    }

    @Test func slotsAreMatchedByStartNotPosition() throws {
        let base = MergeFixtures.base
        // Ours removes the first slot (the others move up); theirs edits the last one by position 2.
        let ours = try edited(base) { try $0.removeTable(at: ["slots", 0]) }
        let theirs = try edited(base) { try $0.setValue("kent-lund", at: ["slots", 2, "host"]) }
        let outcome = try merge.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.conflicts.isEmpty)
        let merged = try TOMLDocument(parsing: outcome.text)
        #expect(merged.value(at: ["slots"])?.array?.count == 2)
        #expect(merged.value(at: ["slots", 1, "host"]) == "kent-lund")
        #expect(merged.value(at: ["slots", 0, "host"]) == "erik-sjoberg")
    }

    @Test func tagsMembersAndInterestsMergeAsSets() throws {
        let base = MergeFixtures.base
        let ours = try edited(base) { try $0.setValue(["hebei-partnership", "funding"], at: ["tags"]); try $0.setValue(["wang-fang"], at: ["members"]) }
        let theirs = try edited(base) { try $0.setValue(["hebei-partnership", "press"], at: ["tags"]); try $0.setValue(["wang-fang", "zhang-wei", "li-na"], at: ["members"]) }
        let outcome = try merge.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.conflicts.isEmpty)
        let merged = try TOMLDocument(parsing: outcome.text)
        #expect(merged.value(at: ["tags"]) == ["hebei-partnership", "funding", "press"])
        #expect(merged.value(at: ["members"]) == ["wang-fang", "li-na"])
    }

    @Test func slotsAddedOnBothSidesAreBothKeptAndAFollowUpRemovedOnOneSideGoes() throws {
        let base = MergeFixtures.base
        let slot = { (day: Int) in
            TOMLTable([("start", .localDateTime(TOMLLocalDateTime(year: 2027, month: 3, day: day, hour: 14, minute: 0))),
                       ("end", .localDateTime(TOMLLocalDateTime(year: 2027, month: 3, day: day, hour: 15, minute: 0)))])
        }
        let ours = try edited(base) { try $0.appendTable(slot(11), toArrayOfTables: ["slots"]) }
        let theirs = try edited(base) { try $0.appendTable(slot(12), toArrayOfTables: ["slots"]); try $0.removeTable(at: ["follow_ups", 0]) }
        let outcome = try merge.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.conflicts.isEmpty)
        let merged = try TOMLDocument(parsing: outcome.text)
        #expect(merged.value(at: ["slots"])?.array?.count == 5)
        #expect(merged.value(at: ["follow_ups"]) == nil)
    }

    @Test func anEntryEditedOnOneSideAndRemovedOnTheOtherIsAConflict() throws {
        let base = MergeFixtures.base
        let ours = try edited(base) { try $0.setValue("Borlänge", at: ["slots", 1, "place"]) }
        let theirs = try edited(base) { try $0.removeTable(at: ["slots", 1]) }
        let outcome = try merge.merge(base: base, ours: ours, theirs: theirs)
        #expect(outcome.conflicts.map(\.kind) == [.modifyDelete])
        #expect(outcome.markedText.contains("<<<<<<< ours\n[[slots]]\nstart = 2027-03-09T11:00:00"))
        #expect(outcome.markedText.contains("=======\n>>>>>>> theirs\n"))
    }

    @Test func aFileThatIsNotTOMLIsRefusedNotGuessed() throws {
        #expect(throws: TOMLMerge.Failure.self) {
            try merge.merge(base: MergeFixtures.base, ours: "status = \n", theirs: MergeFixtures.base)
        }
    }
}
