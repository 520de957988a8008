import Foundation
import Testing
import VisitDeskSharing

/// VisitDesk's own writes become commits by the coordinator, and `history` tells who changed what.
@Suite(.serialized) struct CommitAndHistoryTests {
    let file = "delegations/qingdao-bank.toml"

    @Test func aStatusChangeIsOneCommitByTheCoordinatorSayingWhatHappened() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        let changed = try lab.visitdesk("xina", ["set-status", "--store", lab.store("xina"), "qingdao-bank", "declined", "--reason", "no host in March"])
        #expect(changed.status == 0, "\(changed.errors)")
        let last = try lab.git("xina", ["log", "-1", "--format=%an <%ae>%n%B"]).output
        #expect(last.hasPrefix("Xina <xina@example.se>\nDecline Qingdao Bank Managers: no host in March\n"))
        #expect(last.contains("VisitDesk-Record: delegations/qingdao-bank.toml"))
        #expect(last.contains("VisitDesk-Action: save"))
        #expect(try lab.git("xina", ["status", "--porcelain"]).output.isEmpty)
    }

    @Test func historyListsEachChangeFieldByFieldWithAuthorsFromBothClones() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        #expect(try lab.visitdesk("xina", ["set-status", "--store", lab.store("xina"), "qingdao-bank", "on-hold", "--reason", "waiting for the bank"]).status == 0)
        #expect(try lab.sync("xina").status == 0)
        #expect(try lab.sync("jiaman").status == 0)
        lab.setLine("jiaman", file, key: "size", to: "size = 9")
        lab.setLine("jiaman", file, key: "tags", to: "tags = [\"finance\", \"press\"]")
        #expect(try lab.sync("jiaman").status == 0)

        let text = try lab.visitdesk("jiaman", ["history", "--store", lab.store("jiaman"), "qingdao-bank"])
        #expect(text.status == 0, "\(text.errors)")
        #expect(text.output.contains("status: reviewing → on-hold"))
        #expect(text.output.contains("size: 12 → 9"))
        let status = try lab.visitdesk("jiaman", ["history", "--store", lab.store("jiaman"), "qingdao-bank", "--field", "status"])
        #expect(status.output.hasPrefix("status: reviewing → on-hold (Xina, "))
        let json = try lab.visitdesk("jiaman", ["history", "--store", lab.store("jiaman"), "qingdao-bank", "--format", "json"])
        let changes = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(changes.map { $0["author"] as? String } == ["Xina", "Xina", "Jiaman"])
        let last = try #require(changes.last?["changes"] as? [[String: String]])
        #expect(last.contains { $0["field"] == "size" && $0["before"] == "12" && $0["after"] == "9" })
        #expect(last.contains { $0["field"] == "tags" && $0["after"] == "[\"finance\", \"press\"]" })
        #expect(changes.allSatisfy { ($0["date"] as? String)?.contains("T") == true })
    }

    /// What the detail view shows: the last change, how many by how many people, and each
    /// field's timeline with the most recently changed field first.
    @Test func theDigestPutsTheLatestChangeAndFieldFirst() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        #expect(try lab.visitdesk("xina", ["set-status", "--store", lab.store("xina"), "qingdao-bank", "on-hold", "--reason", "waiting for the bank"]).status == 0)
        #expect(try lab.sync("xina").status == 0)
        #expect(try lab.sync("jiaman").status == 0)
        lab.setLine("jiaman", file, key: "size", to: "size = 9")
        #expect(try lab.sync("jiaman").status == 0)
        let changes = try RecordHistory(git: GitRunner(directory: lab.store("jiaman"), driverCommand: nil, environment: lab.environment(for: "jiaman"))).changes(of: file)
        let digest = try #require(HistoryDigest(changes))
        #expect(digest.lastChange.hasPrefix("Jiaman, "))
        #expect(digest.changes == 3 && digest.people == 2)
        #expect(digest.fields.first?.hasPrefix("size: 12 → 9 (Jiaman, ") == true, "\(digest.fields)")
        #expect(digest.fields.contains { $0.hasPrefix("status: reviewing → on-hold (Xina, ") })
        #expect(HistoryDigest([]) == nil)
    }

    /// A conflict settled "theirs" keeps my edit in the history: git's default simplification
    /// would follow only the winning side of the merge and hide it.
    @Test func historyKeepsTheSideThatLostAMerge() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        lab.setLine("xina", file, key: "size", to: "size = 10")
        lab.setLine("jiaman", file, key: "size", to: "size = 16")
        #expect(try lab.sync("xina").status == 0)
        #expect(try lab.sync("jiaman").status == 1)
        #expect(try lab.visitdesk("jiaman", ["sync", "--store", lab.store("jiaman"), "--keep", "theirs"]).status == 0)
        let size = try lab.visitdesk("jiaman", ["history", "--store", lab.store("jiaman"), "qingdao-bank", "--field", "size"])
        #expect(size.output.contains("16 (Jiaman, ") && size.output.contains("10 (Xina, "), "\(size.output)")
    }

    @Test func historyOfAStoreThatIsNotSharedSaysSo() throws {
        let lab = try SharedStoreLab()
        try lab.visitdesk("solo", ["init", lab.store("solo"), "--demo"])
        let result = try lab.visitdesk("solo", ["history", "--store", lab.store("solo"), "wang-fang"])
        #expect(result.status == 1)
        #expect(result.errors.contains("share init"))
    }
}
