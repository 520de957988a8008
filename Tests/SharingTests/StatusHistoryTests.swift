import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskSharing

/// A report of a past season counts statuses as git's history says they stood on its last day.
@Suite(.serialized) struct StatusHistoryTests {
    /// A store in git whose delegations changed on known days (author dates given to git).
    static func store(_ lab: SharedStoreLab) throws -> GitRunner {
        let root = lab.store("lab")
        try FileManager.default.createDirectory(atPath: root + "/delegations", withIntermediateDirectories: true)
        try lab.git("lab", ["init", "--quiet", "--initial-branch=main"])
        func commit(_ day: String, _ files: [String: String?]) throws {
            for (id, status) in files {
                let path = "delegations/\(id).toml"
                if let status {
                    lab.write("lab", path, "title = \"\(id)\"\nstatus = \"\(status)\"\nreceived = 2025-10-01\nsize = 5\nreason = \"r\"\n")
                } else {
                    try lab.git("lab", ["rm", "--quiet", path])
                }
            }
            try lab.git("lab", ["add", "-A"])
            let done = try lab.git("lab", ["commit", "--quiet", "-m", day, "--date", day + "T10:00:00+08:00"])
            #expect(done.status == 0, "\(done.errors)")
        }
        try commit("2025-10-02", ["hebei": "new", "gone": "declined", "bad 名": "reviewing"])
        try commit("2025-12-01", ["hebei": "reviewing"])
        try commit("2026-01-15", ["gone": nil])
        try commit("2026-10-05", ["hebei": "declined", "later": "new"])
        try lab.git("lab", ["mv", "delegations/later.toml", "delegations/moved.toml"])
        try lab.git("lab", ["commit", "--quiet", "-m", "renamed", "--date", "2026-10-06T10:00:00+08:00"])
        lab.write("lab", "delegations/uncommitted.toml", "title = \"u\"\nstatus = \"new\"\n")
        return GitRunner(directory: root, driverCommand: nil, environment: lab.environment(for: "lab"))
    }

    @Test func statusesOnADayAreTheLastCommittedOnOrBeforeItAndDecisionsAreTheFirstDecidedDay() throws {
        let lab = try SharedStoreLab()
        let history = try #require(try StatusHistory.read(git: try Self.store(lab)))
        let seasonEnd = LocalDate(iso: "2026-08-31")!
        // gone: removed in January; later: not in the store yet; uncommitted: not in history at all.
        #expect(history.statuses(on: seasonEnd) == ["hebei": .reviewing, "bad 名": .reviewing])
        #expect(history.statuses(on: LocalDate(iso: "2025-11-30")!) == ["hebei": .new, "gone": .declined, "bad 名": .reviewing])
        let now = history.statuses(on: LocalDate(iso: "2026-11-25")!)
        #expect(now["hebei"] == .declined && now["moved"] == .new && now["later"] == nil, "a rename: the old id removed, the new one added")
        #expect(history.decisionDates() == ["hebei": LocalDate(iso: "2026-10-05")!, "gone": LocalDate(iso: "2025-10-02")!])
    }

    @Test func aStoreOutsideGitHasNoHistory() throws {
        let lab = try SharedStoreLab()
        try FileManager.default.createDirectory(atPath: lab.store("plain"), withIntermediateDirectories: true)
        #expect(try StatusHistory.read(git: GitRunner(directory: lab.store("plain"), driverCommand: nil, environment: lab.environment(for: "plain"))) == nil)
    }

    @Test func catFileBatchOutputIsSplitByTheSizesItGivesAndMissingFilesAreNil() {
        let output = Array("abc blob 5\nhello\nHEAD:./x missing\ndef blob 0\n\n".utf8)
        #expect(BatchOutput.parse(output) == [Array("hello".utf8), nil, []])
    }
}
