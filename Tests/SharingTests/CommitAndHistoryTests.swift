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

    /// Every command that writes a record is one commit of its own, in words, with trailers —
    /// not left behind for the next sync to commit as "Edit … by hand".
    @Test func eachRecordCommandIsOneCommitSayingWhatItDid() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        let store = ["--store", lab.store("xina")]
        let commands: [(arguments: [String], subject: String, records: [String])] = [
            (["add", "contact", "--name", "Erik Sjöberg", "--role", "Host"], "Add contact Erik Sjöberg", ["contacts/erik-sjoberg.toml"]),
            (["add", "slot", "qingdao-bank", "--start", "2027-03-09T09:30", "--end", "2027-03-09T11:00", "--host", "erik-sjoberg"],
             "Add a slot to Qingdao Bank Managers", [file]),
            (["follow-up", "add", "qingdao-bank", "--what", "Send the\nprogramme", "--due", "2027-03-01"],
             "Add a follow-up to Qingdao Bank Managers: Send the programme", [file]),
            (["follow-up", "done", "qingdao-bank", "1"], "Tick a follow-up of Qingdao Bank Managers done: Send the programme", [file]),
            (["edit", "contact", "erik-sjoberg", "--set", "role=Director"], "Edit contact Erik Sjöberg: role", ["contacts/erik-sjoberg.toml"]),
            (["merge-contacts", "wang-fang", "erik-sjoberg"], "Merge contact erik-sjoberg into wang-fang",
             ["contacts/wang-fang.toml", file, "contacts/erik-sjoberg.toml"]),
        ]
        for command in commands {
            let before = try lab.git("xina", ["rev-list", "--count", "HEAD"]).output
            let run = try lab.visitdesk("xina", command.arguments + store)
            #expect(run.status == 0, "\(command.arguments): \(run.errors)")
            let after = try lab.git("xina", ["rev-list", "--count", "HEAD"]).output
            #expect(Int(after.trimmingCharacters(in: .whitespacesAndNewlines)) == Int(before.trimmingCharacters(in: .whitespacesAndNewlines)).map { $0 + 1 },
                    "\(command.arguments): one commit")
            let last = try lab.git("xina", ["log", "-1", "--format=%an%n%B"]).output
            #expect(last.hasPrefix("Xina\n\(command.subject)"), "\(command.arguments): \(last)")
            for record in command.records { #expect(last.contains("VisitDesk-Record: \(record)\n"), "\(command.arguments): \(last)") }
            #expect(last.contains("VisitDesk-Action: save"))
            #expect(try lab.git("xina", ["status", "--porcelain"]).output.isEmpty, "\(command.arguments) left files uncommitted")
        }
    }

    /// A file someone staged with plain git stays staged and out of VisitDesk's commit, which
    /// holds only the saved record (the fast commit from the index is for when nothing else is
    /// staged; otherwise `commit --only`).
    @Test func aCommitHoldsOnlyTheSavedRecordWhenSomethingElseIsStaged() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        lab.setLine("xina", "contacts/wang-fang.toml", key: "country", to: "country = \"SE\"")
        try lab.git("xina", ["add", "contacts/wang-fang.toml"])
        #expect(try lab.visitdesk("xina", ["set-status", "--store", lab.store("xina"), "qingdao-bank", "on-hold", "--reason", "later"]).status == 0)
        #expect(try lab.git("xina", ["show", "--name-only", "--format=", "HEAD"]).output == "\(file)\n")
        #expect(try lab.git("xina", ["diff", "--cached", "--name-only"]).output == "contacts/wang-fang.toml\n")
        #expect(try lab.visitdesk("xina", ["set-status", "--store", lab.store("xina"), "qingdao-bank", "reviewing"]).status == 0)
        #expect(try lab.git("xina", ["log", "-2", "--format=%an|%cn|%s"]).output == "Xina|Xina|Review Qingdao Bank Managers\nXina|Xina|Put on hold Qingdao Bank Managers: later\n")
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
