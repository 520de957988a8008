import Foundation
import Testing
import VisitDeskSharing

/// Two coordinators, one hub, no network: what each of them sees after `visitdesk sync`.
@Suite(.serialized) struct SyncIntegrationTests {
    let file = "delegations/qingdao-bank.toml"

    @Test func editsOfAdjacentKeysByTwoPeopleBothArriveEverywhere() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        lab.setLine("xina", file, key: "status", to: "status = \"on-hold\"")
        lab.setLine("jiaman", file, key: "size", to: "size = 14 # two more from the region")
        #expect(try lab.sync("xina").status == 0)
        let jiaman = try lab.sync("jiaman")
        #expect(jiaman.status == 0, "\(jiaman.errors)")
        #expect(try lab.sync("xina").status == 0)
        for person in ["xina", "jiaman"] {
            let text = try #require(lab.read(person, file))
            #expect(text.contains("status = \"on-hold\"\nsize = 14 # two more from the region\n"))
            #expect(text.hasPrefix("# Qingdao bank managers, via the region\n"))
        }
        let authors = try lab.git("xina", ["log", "--format=%an", "--", file]).output
        #expect(authors.contains("Xina") && authors.contains("Jiaman"))
    }

    @Test func theSameKeyChangedTwiceIsAConflictThatLeavesNoMarkersAndPushesNothing() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        lab.setLine("xina", file, key: "size", to: "size = 10")
        lab.setLine("jiaman", file, key: "size", to: "size = 16")
        #expect(try lab.sync("xina").status == 0)
        let hubBefore = try lab.run("/usr/bin/env", ["git", "--git-dir", lab.hub, "rev-parse", "main"]).output
        let jiaman = try lab.sync("jiaman")
        #expect(jiaman.status == 1)
        #expect(jiaman.errors.contains("size: ours 16, theirs 10"))
        #expect(jiaman.errors.contains("Xina"))
        #expect(lab.read("jiaman", file)?.contains("size = 16") == true)
        #expect(lab.read("jiaman", file)?.contains("<<<<<<<") == false)
        #expect(try lab.run("/usr/bin/env", ["git", "--git-dir", lab.hub, "rev-parse", "main"]).output == hubBefore)
        // Plain git in the same clone uses the driver: markers around the one key line.
        try lab.git("jiaman", ["merge", "--quiet", "origin/main"])
        let marked = try #require(lab.read("jiaman", file))
        #expect(marked.contains("<<<<<<< ours\nsize = 16\n=======\nsize = 10\n>>>>>>> theirs\n"))
        #expect(marked.contains("status = \"reviewing\"\n<<<<<<< ours"))
    }

    @Test func twoRecordsCreatedWithTheSameIdAreAnAddAddConflict() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        lab.write("xina", "delegations/tianjin-port.toml", "title = \"Tianjin Port Authority\"\nstatus = \"new\"\n")
        lab.write("jiaman", "delegations/tianjin-port.toml", "title = \"Tianjin Port Group\"\nstatus = \"new\"\n")
        #expect(try lab.sync("xina").status == 0)
        let jiaman = try lab.sync("jiaman")
        #expect(jiaman.status == 1)
        #expect(jiaman.errors.contains("delegations/tianjin-port.toml"))
        #expect(jiaman.errors.contains("title: ours \"Tianjin Port Group\", theirs \"Tianjin Port Authority\""))
    }

    @Test func aRecordDeletedOnOneSideAndEditedOnTheOtherIsReportedNotLost() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        try FileManager.default.removeItem(atPath: lab.store("xina") + "/" + file)
        lab.setLine("jiaman", file, key: "size", to: "size = 20")
        #expect(try lab.sync("xina").status == 0)
        let jiaman = try lab.sync("jiaman")
        #expect(jiaman.status == 1)
        #expect(jiaman.errors.contains("changed here, deleted there"))
        #expect(lab.read("jiaman", file)?.contains("size = 20") == true)
    }

    @Test func aPushThatLosesTheRaceFetchesMergesAndPushesAgain() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        // Xina's commit waits on a side branch of the hub; a pre-receive hook moves main to it
        // the first time Jiaman pushes and refuses that push, as if Xina had pushed a moment earlier.
        lab.setLine("xina", file, key: "status", to: "status = \"on-hold\"")
        try lab.git("xina", ["commit", "--quiet", "-am", "Put Qingdao on hold"])
        try lab.git("xina", ["push", "--quiet", "origin", "HEAD:refs/heads/pending"])
        let hook = lab.hub + "/hooks/pre-receive"
        let marker = lab.folder + "/race-run"
        let script = "#!/bin/sh\ncat >/dev/null\nif [ ! -e '\(marker)' ]; then touch '\(marker)'; unset GIT_QUARANTINE_PATH; git update-ref refs/heads/main refs/heads/pending; exit 1; fi\nexit 0\n"
        #expect(FileManager.default.createFile(atPath: hook, contents: Data(script.utf8), attributes: [.posixPermissions: 0o755]))
        lab.setLine("jiaman", file, key: "size", to: "size = 13")
        let jiaman = try lab.sync("jiaman")
        #expect(jiaman.status == 0, "\(jiaman.errors)")
        #expect(FileManager.default.fileExists(atPath: marker))
        let merged = try #require(lab.read("jiaman", file))
        #expect(merged.contains("status = \"on-hold\"") && merged.contains("size = 13"))
        let hubLog = try lab.run("/usr/bin/env", ["git", "--git-dir", lab.hub, "log", "--format=%s", "main"]).output
        #expect(hubLog.contains("Put Qingdao on hold"))
        #expect(hubLog.contains("Merge changes from the shared repository"))
    }

    @Test func aHubThatMovedAwayIsOfflineAndTheWorkIsSentWhenItIsBack() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        try FileManager.default.moveItem(atPath: lab.hub, toPath: lab.hub + ".away")
        lab.setLine("jiaman", file, key: "notes", to: "notes = \"Prefers afternoons.\"")
        let offline = try lab.sync("jiaman")
        #expect(offline.status == 1)
        #expect(offline.output.contains("offline · 1 to send"))
        #expect(offline.errors.contains("cannot reach"))
        // The same in Chinese: the sentences are translated, git's own reason is quoted.
        let chinese = try lab.visitdesk("jiaman", ["sync", "--store", lab.store("jiaman"), "--language", "zh"])
        #expect(chinese.status == 1)
        #expect(chinese.output.contains("离线 · 1 项待发送"), "\(chinese.output)")
        #expect(chinese.errors.contains("visitdesk: 无法连接 "), "\(chinese.errors)")
        try FileManager.default.moveItem(atPath: lab.hub + ".away", toPath: lab.hub)
        let online = try lab.sync("jiaman")
        #expect(online.status == 0)
        #expect(online.output.contains("1 sent"))
        #expect(try lab.sync("xina").status == 0)
        #expect(lab.read("xina", file)?.contains("Prefers afternoons.") == true)
    }

    @Test func aHandEditThatDoesNotParseIsHeldBackAndTheRestIsShared() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        lab.write("jiaman", "contacts/li-na.toml", "name = \"Li Na\"\nrole = Director\n")
        lab.write("jiaman", "contacts/erik-sjoberg.toml", "name = \"Erik\"\n<<<<<<< HEAD\nrole = \"A\"\n=======\nrole = \"B\"\n>>>>>>> other\n")
        lab.setLine("jiaman", file, key: "size", to: "size = 11")
        let jiaman = try lab.sync("jiaman")
        #expect(jiaman.status == 1)
        #expect(jiaman.errors.contains("contacts/li-na.toml:2:"))
        #expect(jiaman.errors.contains("contacts/erik-sjoberg.toml:2: conflict markers"))
        #expect(jiaman.output.contains("1 sent"))
        #expect(try lab.sync("xina").status == 0)
        #expect(lab.read("xina", file)?.contains("size = 11") == true)
        #expect(lab.read("xina", "contacts/li-na.toml") == nil)
    }

    @Test func aMergeKilledWhileUpdatingFilesAndAStaleLockAreRecovered() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        lab.write("xina", "contacts/li-na.toml", "name = \"Li Na\"\n")
        lab.setLine("xina", file, key: "size", to: "size = 30")
        #expect(try lab.sync("xina").status == 0)
        lab.write("jiaman", "contacts/erik-sjoberg.toml", "name = \"Erik Sjöberg\"\n")
        try lab.git("jiaman", ["add", "-A"])
        try lab.git("jiaman", ["commit", "--quiet", "-m", "Add Erik"])
        try lab.git("jiaman", ["fetch", "--quiet"])
        // The state a crash leaves: the merge commit exists and is recorded, the branch has not
        // moved, one of the two incoming files is already written, a lock is left behind.
        let oldHead = try lab.git("jiaman", ["rev-parse", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        try lab.git("jiaman", ["merge", "--quiet", "--no-edit", "origin/main"])
        let merge = try lab.git("jiaman", ["rev-parse", "HEAD"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        try lab.git("jiaman", ["reset", "--quiet", "--hard", oldHead])
        lab.write("jiaman", "contacts/li-na.toml", "name = \"Li Na\"\n")
        let gitDir = lab.store("jiaman") + "/.git"
        #expect(FileManager.default.createFile(atPath: gitDir + "/visitdesk-applying", contents: Data((merge + "\n").utf8)))
        #expect(FileManager.default.createFile(atPath: gitDir + "/index.lock", contents: nil, attributes: [.modificationDate: Date(timeIntervalSinceNow: -600)]))

        let jiaman = try lab.sync("jiaman")
        #expect(jiaman.status == 0, "\(jiaman.errors)")
        #expect(jiaman.output.contains("removed a stale index.lock"))
        #expect(jiaman.output.contains("finished a merge"))
        #expect(try lab.git("jiaman", ["status", "--porcelain"]).output.isEmpty)
        #expect(lab.read("jiaman", file)?.contains("size = 30") == true)
        #expect(try lab.git("jiaman", ["merge-base", "--is-ancestor", merge, "HEAD"]).status == 0)
    }

    @Test func aCloneWithoutTheDriverInItsConfigGetsItBack() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        try lab.git("jiaman", ["config", "--unset", "merge.visitdesk-toml.driver"])
        let jiaman = try lab.sync("jiaman")
        #expect(jiaman.output.contains("registered the merge driver"))
        #expect(try lab.git("jiaman", ["config", "--get", "merge.visitdesk-toml.driver"]).output.contains("merge-driver %O %A %B %P"))
    }

    let copy = "delegations/qingdao-bank.sync-conflict-20261203-101010-ABCDEFG.toml"

    /// Xina changed one line of the record; Syncthing left a copy whose size is 18.
    func labWithSyncthingCopy(_ key: String, _ line: String) throws -> SharedStoreLab {
        let lab = try SharedStoreLab.twoCoordinators()
        lab.setLine("xina", file, key: key, to: line)
        lab.write("xina", copy, (lab.read("jiaman", file) ?? "").replacingOccurrences(of: "size = 12", with: "size = 18"))
        return lab
    }

    @Test func aSyncthingCopyIsMergedKeyByKeyAgainstTheCommittedVersion() throws {
        let lab = try labWithSyncthingCopy("status", "status = \"on-hold\"")
        let xina = try lab.sync("xina")
        #expect(xina.status == 0, "\(xina.errors)")
        #expect(xina.output.contains("merged the sync tool's copy"))
        let text = try #require(lab.read("xina", file))
        #expect(text.contains("status = \"on-hold\"\nsize = 18\n"))
        #expect(lab.read("xina", copy) == nil)
        #expect(try lab.git("xina", ["status", "--porcelain"]).output.isEmpty)
    }

    @Test func aSyncthingCopyThatChangedTheSameKeyIsReportedAndKept() throws {
        let lab = try labWithSyncthingCopy("size", "size = 13")
        let xina = try lab.sync("xina")
        #expect(xina.status == 1)
        #expect(xina.errors.contains("size: ours 13, theirs 18"))
        #expect(lab.read("xina", copy) != nil)
        #expect(lab.read("xina", file)?.contains("size = 13") == true)
    }

    /// The copy's conflict is settled like a merge's: `--keep theirs` (the inbox's t) takes the
    /// copy's value at the conflicting key, keeps the rest merged, and the copy goes.
    @Test func aSyncthingCopyInConflictIsSettledWithASide() throws {
        let lab = try labWithSyncthingCopy("size", "size = 13")
        lab.setLine("xina", copy, key: "notes", to: "notes = \"From the copy.\"")
        let xina = try lab.visitdesk("xina", ["sync", "--store", lab.store("xina"), "--keep", "theirs"])
        #expect(xina.status == 0, "\(xina.errors)")
        #expect(xina.output.contains("keeping theirs where both changed a key"), "\(xina.output)")
        let text = try #require(lab.read("xina", file))
        #expect(text.contains("size = 18\n") && text.contains("notes = \"From the copy.\""), "\(text)")
        #expect(lab.read("xina", copy) == nil)
        #expect(try lab.git("xina", ["status", "--porcelain"]).output.isEmpty)
    }

    /// From the dashboard's inbox: a value typed for the copy's conflicting key.
    @Test func aSyncthingCopyInConflictTakesATypedValueFromTheInbox() throws {
        let lab = try labWithSyncthingCopy("size", "size = 13")
        let sync = try lab.backgroundSync("xina")
        let ran = DispatchSemaphore(value: 0)
        sync.syncNow { ran.signal() }
        ran.wait()
        #expect(sync.conflicts.map(\.path) == [file])
        #expect(sync.conflicts.first?.kind.hasPrefix("sync-tool copy") == true)
        sync.settle([file: .mine], values: [file: ["size": "15"]]) { ran.signal() }
        ran.wait()
        #expect(sync.conflicts.isEmpty, "\(sync.conflicts)")
        #expect(lab.read("xina", file)?.contains("size = 15\n") == true, "\(lab.read("xina", file) ?? "")")
        #expect(lab.read("xina", copy) == nil)
        sync.waitForIdle()
    }

    @Test func aHostBookedTwiceByTheTwoCoordinatorsIsAnnouncedAsNewSinceTheSync() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        let visit = { (title: String) in
            "title = \"\(title)\"\nstatus = \"confirmed\"\n\n[[slots]]\nstart = 2027-03-09T09:00:00\nend = 2027-03-09T11:00:00\nhost = \"wang-fang\"\n"
        }
        lab.write("xina", "delegations/hebei-2027.toml", visit("Hebei Group"))
        lab.write("jiaman", "delegations/shanxi-2027.toml", visit("Shanxi Group"))
        #expect(try lab.sync("xina").status == 0)
        let jiaman = try lab.sync("jiaman")
        #expect(jiaman.status == 0, "\(jiaman.errors)")
        #expect(jiaman.output.contains("new since the sync:") && jiaman.output.contains("host wang-fang"))
        #expect(!(try lab.sync("jiaman")).output.contains("new since the sync"))
    }

    @Test func aDetachedHeadIsRefusedWithWhatToDo() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        try lab.git("jiaman", ["checkout", "--quiet", "--detach"])
        let jiaman = try lab.sync("jiaman")
        #expect(jiaman.status == 1)
        #expect(jiaman.errors.contains("detached HEAD") && jiaman.errors.contains("git switch main"))
    }

    /// Xina took back a published commit with plain git and force-pushed. Jiaman's sync says the
    /// shared history was rewritten, keeps what she had (the commit Xina dropped included) and
    /// merges Xina's new work; the hub gets a merge on top of Xina's history, never a force push.
    @Test func aHubWhoseHistoryWasRewrittenIsMergedAndNothingIsLost() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        lab.setLine("xina", file, key: "status", to: "status = \"on-hold\"")
        #expect(try lab.sync("xina").status == 0)
        #expect(try lab.sync("jiaman").status == 0)
        try lab.git("xina", ["reset", "--quiet", "--hard", "HEAD~1"])
        lab.setLine("xina", file, key: "size", to: "size = 9")
        try lab.git("xina", ["commit", "--quiet", "-am", "Nine after all"])
        #expect(try lab.git("xina", ["push", "--quiet", "--force", "origin", "HEAD:refs/heads/main"]).status == 0)
        let forced = try lab.run("/usr/bin/env", ["git", "--git-dir", lab.hub, "rev-parse", "main"]).output
        lab.setLine("jiaman", file, key: "notes", to: "notes = \"Prefers afternoons.\"")

        let jiaman = try lab.sync("jiaman")
        #expect(jiaman.status == 0, "\(jiaman.errors)")
        #expect(jiaman.output.contains("history was rewritten"), "\(jiaman.output)")
        let text = try #require(lab.read("jiaman", file))
        #expect(text.contains("status = \"on-hold\"") && text.contains("size = 9") && text.contains("notes = \"Prefers afternoons.\""), "\(text)")
        let hub = try lab.run("/usr/bin/env", ["git", "--git-dir", lab.hub, "merge-base", "--is-ancestor", forced.trimmingCharacters(in: .whitespacesAndNewlines), "main"])
        #expect(hub.status == 0, "the hub's history after the force push is kept")
        #expect(try lab.sync("xina").status == 0)
        #expect(lab.read("xina", file) == text)
    }

    /// A colleague using plain git commits a 5 MB "record" (over the store's 4 MB limit). The
    /// sync still merges everything else; the file is a problem with its size and what to do,
    /// never loaded, and the rest of the store loads.
    @Test func aFileLargerThanTheStoresLimitFromAColleagueIsAProblemNotAStop() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        let huge = "title = \"Huge\"\nnotes = \"" + String(repeating: "x", count: 5 * 1_048_576) + "\"\n"
        lab.write("jiaman", "delegations/huge.toml", huge)
        try lab.git("jiaman", ["add", "delegations/huge.toml"])
        try lab.git("jiaman", ["commit", "--quiet", "-m", "A big one"])
        #expect(try lab.git("jiaman", ["push", "--quiet", "origin", "HEAD:refs/heads/main"]).status == 0)
        lab.setLine("xina", file, key: "size", to: "size = 13")

        let xina = try lab.sync("xina")
        #expect(xina.status == 0, "\(xina.errors)")
        #expect(lab.read("xina", "delegations/huge.toml")?.utf8.count == huge.utf8.count)
        let check = try lab.visitdesk("xina", ["check", "--store", lab.store("xina")])
        #expect((check.output + check.errors).contains("delegations/huge.toml"), "\(check.output)\(check.errors)")
        #expect((check.output + check.errors).contains("larger than any record"))
        let list = try lab.visitdesk("xina", ["list", "delegations", "--store", lab.store("xina")])
        #expect(list.output.contains("qingdao-bank") && !list.output.contains("huge"), "\(list.output)")
        #expect(try lab.sync("jiaman").status == 0)
        #expect(lab.read("jiaman", file)?.contains("size = 13") == true)
    }

    @Test func aHubWithAnUnrelatedHistoryIsRefusedAndNothingIsPushed() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        // Someone replaced the hub's main with another store's history.
        try lab.visitdesk("other", ["init", lab.store("other")])
        try lab.run("/usr/bin/env", ["git", "init", "--quiet", "--initial-branch=main"], in: lab.store("other"))
        try lab.git("other", ["add", "-A"])
        try lab.git("other", ["commit", "--quiet", "-m", "Another store"])
        try lab.git("other", ["push", "--quiet", "--force", lab.hub, "HEAD:refs/heads/main"])
        let other = try lab.run("/usr/bin/env", ["git", "--git-dir", lab.hub, "rev-parse", "main"]).output
        lab.setLine("jiaman", file, key: "size", to: "size = 3")
        let jiaman = try lab.sync("jiaman")
        #expect(jiaman.status == 1)
        #expect(jiaman.errors.contains("unrelated"))
        #expect(try lab.run("/usr/bin/env", ["git", "--git-dir", lab.hub, "rev-parse", "main"]).output == other)
        #expect(lab.read("jiaman", file)?.contains("size = 3") == true)
    }

    @Test func aStoreThatIsAlreadyAGitRepositoryIsAdoptedWithItsHistory() throws {
        let lab = try SharedStoreLab()
        try lab.run("/usr/bin/env", ["git", "init", "--quiet", "--bare", "--initial-branch=main", lab.hub])
        try lab.visitdesk("solo", ["init", lab.store("solo")])
        lab.write("solo", "contacts/wang-fang.toml", "name = \"Wang Fang\"\n")
        try lab.run("/usr/bin/env", ["git", "init", "--quiet", "--initial-branch=main"], in: lab.store("solo"))
        try lab.git("solo", ["add", "-A"])
        try lab.git("solo", ["commit", "--quiet", "-m", "My own first commit"])
        lab.write("solo", "contacts/li-na.toml", "name = \"Li Na\"\nrole = Director\n")
        let shared = try lab.visitdesk("solo", ["share", "init", "--store", lab.store("solo"), "--remote", lab.hub, "--name", "Solo", "--email", "solo@example.org"])
        #expect(shared.status == 1)
        #expect(shared.output.contains("adopted the git repository"))
        #expect(shared.errors.contains("contacts/li-na.toml:2:"))
        let log = try lab.run("/usr/bin/env", ["git", "--git-dir", lab.hub, "log", "--format=%s", "main"]).output
        #expect(log.contains("My own first commit") && log.contains("Share the store"))
    }

    @Test func shareInitRefusesARemoteThatHoldsAnotherStore() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        try lab.visitdesk("other", ["init", lab.store("other")])
        let refused = try lab.visitdesk("other", ["share", "init", "--store", lab.store("other"), "--remote", lab.hub, "--name", "O", "--email", "o@example.org"])
        #expect(refused.status == 1)
        #expect(refused.errors.contains("already has commits"))
        #expect(refused.errors.contains("share join"))
    }
}

/// `sync --keep mine|theirs` settles what a plain sync reported, once and for both sides.
@Suite(.serialized) struct ConflictResolutionTests {
    let file = "delegations/qingdao-bank.toml"

    @Test func keepingTheirsSettlesTheKeyAndKeepsEverythingElseMerged() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        lab.setLine("xina", file, key: "size", to: "size = 10")
        lab.setLine("jiaman", file, key: "size", to: "size = 16")
        lab.setLine("jiaman", file, key: "notes", to: "notes = \"Vegetarian lunch.\"")
        #expect(try lab.sync("xina").status == 0)
        #expect(try lab.sync("jiaman").status == 1)
        let settled = try lab.visitdesk("jiaman", ["sync", "--store", lab.store("jiaman"), "--keep", "theirs"])
        #expect(settled.status == 0, "\(settled.errors)")
        let text = try #require(lab.read("jiaman", file))
        #expect(text.contains("size = 10\n") && text.contains("notes = \"Vegetarian lunch.\""))
        #expect(text.hasPrefix("# Qingdao bank managers, via the region\n"))
        let xina = try lab.sync("xina")
        #expect(xina.status == 0)
        #expect(lab.read("xina", file) == text)
        #expect(try lab.sync("jiaman").output.contains("up to date"))
    }

    @Test func keepingMineKeepsARecordTheOtherSideDeleted() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        try FileManager.default.removeItem(atPath: lab.store("xina") + "/" + file)
        lab.setLine("jiaman", file, key: "size", to: "size = 20")
        #expect(try lab.sync("xina").status == 0)
        #expect(try lab.sync("jiaman").status == 1)
        #expect(try lab.visitdesk("jiaman", ["sync", "--store", lab.store("jiaman"), "--keep", "mine"]).status == 0)
        #expect(try lab.sync("xina").status == 0)
        #expect(lab.read("xina", file)?.contains("size = 20") == true)
    }
}
