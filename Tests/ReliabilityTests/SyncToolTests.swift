import Foundation
import Testing
import VisitDeskDomain
import VisitDeskStore

private func delegation(_ title: String, status: String = "new") -> String {
    "title = \"\(title)\"\nstatus = \"\(status)\"\n"
}

/// What Syncthing, Dropbox, Nextcloud and git do to a folder, replayed against a running store:
/// after each scenario the live catalog must equal a fresh load of the folder.
@Suite("sync tools and git", .serialized)
struct SyncToolTests {
    let folder = ScratchFolder("sync")

    init() {
        folder.write("store.toml", "name = \"Sync test\"\n")
        folder.write("delegations/alpha.toml", delegation("Alpha"))
        folder.write("delegations/beta.toml", delegation("Beta"))
        folder.write("contacts/wang-fang.toml", "name = \"Wang Fang\"\n")
    }

    @Test("a file renamed into place (a sync tool's download) is loaded once")
    func renameIntoPlace() throws {
        let live = try LiveStore(root: folder.path)
        folder.write("delegations/.syncthing.gamma.toml.tmp", delegation("Gamma"))
        try folder.move("delegations/.syncthing.gamma.toml.tmp", "delegations/gamma.toml")
        #expect(live.settle().converged)
        #expect(live.store.catalog.delegations.filter { $0.id == "gamma" }.count == 1)

        try folder.move("delegations/beta.toml", "delegations/beta-renamed.toml")
        #expect(live.settle().converged)
        #expect(live.store.catalog.delegation(id: "beta") == nil)
        #expect(live.store.catalog.delegation(id: "beta-renamed")?.title == "Beta")
    }

    @Test("a whole record folder replaced (mv old aside, mv new in) is rescanned")
    func folderSwapped() throws {
        let live = try LiveStore(root: folder.path)
        folder.write("incoming/alpha.toml", delegation("Alpha v2", status: "reviewing"))
        folder.write("incoming/delta.toml", delegation("Delta"))
        try folder.move("delegations", "delegations.old")
        try folder.move("incoming", "delegations")
        #expect(live.settle().converged)
        #expect(live.store.catalog.delegations.map(\.id).sorted() == ["alpha", "delta"])
        #expect(live.store.catalog.delegation(id: "alpha")?.status == .reviewing)
        // The replacement folder is watched: a later edit in it still arrives.
        folder.write("delegations/delta.toml", delegation("Delta", status: "reviewing"))
        #expect(live.settle().converged)
        #expect(live.store.catalog.delegation(id: "delta")?.status == .reviewing)
    }

    @Test("conflict copies are problems and never a second record")
    func conflictCopies() throws {
        let live = try LiveStore(root: folder.path)
        let copies = [
            "delegations/alpha.sync-conflict-20261125-101010-ABCDEF.toml",
            "delegations/alpha (conflicted copy 2026-11-25).toml",
            "delegations/beta (Case Conflict).toml",
        ]
        for copy in copies { folder.write(copy, delegation("Alpha from the laptop", status: "reviewing")) }
        #expect(live.settle().converged)
        let catalog = live.store.catalog
        #expect(catalog.delegations.map(\.id).sorted() == ["alpha", "beta"])
        #expect(catalog.delegation(id: "alpha")?.title == "Alpha")
        for copy in copies {
            let problem = catalog.problems.first { $0.file == copy }
            #expect(problem?.message.contains("conflict copy") == true, "\(copy) not reported")
        }
        // Resolving (deleting the copies) clears the problems.
        for copy in copies { try FileManager.default.removeItem(atPath: folder.path + "/" + copy) }
        #expect(live.settle().converged)
        #expect(live.store.catalog.problems.isEmpty)
    }

    @Test("git checkout of another branch and back")
    func gitCheckout() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/git") else {
            print("skipped: git is not installed")
            return
        }
        func git(_ arguments: String...) throws {
            let result = try Subprocess.run("/usr/bin/git", ["-C", folder.path, "-c", "user.name=t", "-c", "user.email=t@example.se"] + arguments)
            try #require(result.status == 0, "git \(arguments): \(result.stderr)")
        }
        try git("init", "-q", "-b", "main")
        try git("add", ".")
        try git("commit", "-q", "-m", "start")
        try git("checkout", "-q", "-b", "other")
        try FileManager.default.removeItem(atPath: folder.path + "/delegations/alpha.toml")
        folder.write("delegations/beta.toml", delegation("Beta on the other branch", status: "reviewing"))
        folder.write("delegations/epsilon.toml", delegation("Epsilon"))
        try git("add", "-A")
        try git("commit", "-q", "-m", "other")
        try git("checkout", "-q", "main")

        let live = try LiveStore(root: folder.path)
        try git("checkout", "-q", "other")
        #expect(live.settle().converged)
        #expect(live.store.catalog.delegations.map(\.id).sorted() == ["beta", "epsilon"])
        try git("checkout", "-q", "main")
        #expect(live.settle().converged)
        #expect(live.store.catalog.delegations.map(\.id).sorted() == ["alpha", "beta"])
        #expect(live.store.catalog.delegation(id: "beta")?.title == "Beta")
    }

    @Test("the store folder deleted and recreated while running comes back")
    func storeRecreated() throws {
        let live = try LiveStore(root: folder.path)
        try FileManager.default.removeItem(atPath: folder.path)
        live.settle(within: 0.5)
        #expect(live.store.catalog.delegations.isEmpty)
        #expect(live.store.catalog.problems.contains { $0.message.contains("store folder is gone") })
        folder.write("store.toml", "name = \"Sync test\"\n")
        folder.write("delegations/zeta.toml", delegation("Zeta"))
        folder.write("contacts/wang-fang.toml", "name = \"Wang Fang\"\n")
        #expect(live.settle().converged)
        #expect(live.store.catalog.delegations.map(\.id) == ["zeta"])
        // Watching resumed on the new folders.
        folder.write("delegations/eta.toml", delegation("Eta"))
        #expect(live.settle().converged)
        #expect(live.store.catalog.delegation(id: "eta") != nil)
    }

    @Test("the whole store folder swapped by rename (a restore from backup) is followed, not the old one")
    func storeSwappedByRename() throws {
        let live = try LiveStore(root: folder.path)
        let restored = ScratchFolder("restored")
        restored.write("store.toml", "name = \"Sync test\"\n")
        restored.write("delegations/theta.toml", delegation("Theta"))
        try FileManager.default.moveItem(atPath: folder.path, toPath: folder.path + ".old")
        try FileManager.default.moveItem(atPath: restored.path, toPath: folder.path)
        #expect(live.settle().converged)
        #expect(live.store.catalog.delegations.map(\.id) == ["theta"])
        // Edits in the moved-away folder are not ours any more; edits in the new one are.
        try "title = \"Old\"\nstatus = \"new\"\n".write(toFile: folder.path + ".old/delegations/alpha.toml", atomically: false, encoding: .utf8)
        folder.write("delegations/iota.toml", delegation("Iota"))
        #expect(live.settle().converged)
        #expect(live.store.catalog.delegations.map(\.id).sorted() == ["iota", "theta"])
        try FileManager.default.removeItem(atPath: folder.path + ".old")
    }
}
