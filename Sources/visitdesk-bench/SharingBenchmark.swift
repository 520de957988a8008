import Foundation
import VisitDeskDomain
import VisitDeskSharing
import VisitDeskStore
import VisitDeskUI

/// `visitdesk-bench sharing [--delegations N] [--contacts N] [--rounds N]`: issue 16's budgets on
/// a store shared through a bare hub on a local path, two clones, git's config isolated
/// (GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM): the commit after a save, a sync with nothing new,
/// and 100 records a colleague changed — merged by a sync, then reloaded and drawn as the
/// dashboard does when the watcher sees them.
enum SharingBenchmark {
    static func run(_ arguments: [String]) {
        let delegations = Int(Bench.option("--delegations", in: arguments) ?? "") ?? 10_000
        let contacts = Int(Bench.option("--contacts", in: arguments) ?? "") ?? 2_000
        let rounds = Int(Bench.option("--rounds", in: arguments) ?? "") ?? 11
        let folder = Bench.scratch("sharing")
        try? FileManager.default.removeItem(atPath: folder)
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder + "/gitconfig", contents: nil)
        let environment = ["GIT_CONFIG_GLOBAL": folder + "/gitconfig", "GIT_CONFIG_NOSYSTEM": "1"]
        let (hub, xina, jiaman) = (folder + "/hub.git", folder + "/xina", folder + "/jiaman")
        let (me, colleague) = (Identity(name: "Xina", email: "xina@example.se"), Identity(name: "Jiaman", email: "jiaman@example.se"))
        let git = { (directory: String) in GitRunner(directory: directory, driverCommand: nil, environment: environment) }

        // Set-up (not timed as a budget): the store, its first commit and push, a clone.
        SyntheticStore.ensure(at: xina, delegations: delegations, contacts: contacts)
        let setup = Bench.time {
            _ = git(folder).run(["init", "--quiet", "--bare", "--initial-branch=main", hub])
            do {
                _ = try ShareSetup(environment: environment, driverCommand: nil).initialize(store: xina, remote: hub, identity: me)
                _ = try ShareSetup(environment: environment, driverCommand: nil).join(url: hub, directory: jiaman, identity: colleague)
            } catch {
                print("sharing: set-up failed: \(error)")
                exit(1)
            }
        }
        print("sharing: \(delegations) delegations, \(contacts) contacts; share init + join \(String(format: "%.1f s", setup)); \(rounds) rounds")

        // 1. The commit after a save: the store's write first (not timed), then what
        //    WriteCommitter.commit does for one step.
        let store = RecordStore(root: xina, cacheFolder: nil)
        do { try store.load() } catch {
            print("cannot load \(xina): \(error)")
            exit(1)
        }
        let committer = StoreCommitter(git: git(xina), identity: me)
        var commits: [Double] = []
        for round in 0..<rounds {
            guard var delegation = store.catalog.delegation(id: "delegation-\(round * 97)") else { continue }
            delegation.notes = "Seen by the bench, round \(round)"
            guard let receipt = try? store.save(delegation) else { continue }
            let path = receipt.kind.relativePath(id: receipt.id)
            commits.append(Bench.time {
                _ = try? committer.commit(paths: [path], message: CommitMessage.write("Edit \(delegation.title)", action: "save", records: [path]))
            })
        }
        report("commit after a save (git add, staged check, commit)", commits, budget: 0.150)

        // 2. A sync with nothing new (after one that sends the commits above).
        let syncing = SyncEngine(git: git(xina), identity: me)
        _ = try? syncing.sync()
        var idle: [Double] = []
        for _ in 0..<rounds { idle.append(Bench.time { _ = try? syncing.sync() }) }
        report("sync with nothing new (fetch, compare, nothing to push)", idle, budget: 0.300)

        // 3. 100 records a colleague changed: her commit and push (not timed), then my sync
        //    merges them (a merge commit when I have a commit of my own, else a fast-forward)
        //    and the dashboard's path shows them: the store reloads the files, the UI core takes
        //    the catalog, a frame is drawn.
        let theirs = SyncEngine(git: git(jiaman), identity: colleague)
        var state = AppState(catalog: store.catalog, size: TerminalSize(width: 120, height: 40), today: LocalDate(year: 2026, month: 11, day: 25))
        _ = render(state)
        var merges: [Double] = []
        var shows: [Double] = []
        for round in 0..<max(3, rounds / 3) {
            _ = try? theirs.sync()
            var paths: [String] = []
            for number in 0..<100 {
                let path = "delegations/delegation-\(number * 89 + round).toml"
                let old = (try? String(contentsOfFile: jiaman + "/" + path, encoding: .utf8)) ?? ""
                let text = old.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { $0.hasPrefix("notes = ") ? "notes = \"Changed by Jiaman, round \(round)\"" : String($0) }.joined(separator: "\n")
                try? text.write(toFile: jiaman + "/" + path, atomically: true, encoding: .utf8)
                paths.append(path)
            }
            let sent = try? theirs.sync()
            if sent?.sent == 0 { print("  (round \(round): the colleague's commit was not sent)") }
            // One commit of my own waiting, so the sync makes a real merge, not a fast-forward.
            if var mine = store.catalog.delegation(id: "delegation-\(9_000 + round)") {
                mine.notes = "Mine, round \(round)"
                if let receipt = try? store.save(mine) {
                    let path = receipt.kind.relativePath(id: receipt.id)
                    _ = try? committer.commit(paths: [path], message: CommitMessage.write("Edit \(mine.title)", action: "save", records: [path]))
                }
            }
            var received = 0
            merges.append(Bench.time { received = (try? syncing.sync())?.received ?? -1 })
            if received != 1 { print("  (round \(round): the sync received \(received) commits, expected 1)") }
            shows.append(Bench.time {
                if let change = store.apply(WatchBatch(paths: Set(paths))) {
                    _ = update(&state, .catalogReplaced(store.catalog, summary: change.phrase))
                }
                _ = render(state)
            })
        }
        report("sync merging 100 incoming records (fetch, merge-tree, commit, checkout, push)", merges, budget: nil)
        report("  then reload the 100 files, update, draw a frame", shows, budget: nil)
        report("  merge + show", zip(merges, shows).map { $0 + $1 }, budget: 1.0)
        try? FileManager.default.removeItem(atPath: folder)
    }

    private static func report(_ label: String, _ values: [Double], budget: Double?) {
        let verdict = budget.map { (values.max() ?? 0) < $0 ? " — under \(Bench.ms($0))" : " — OVER \(Bench.ms($0)) at the worst" } ?? ""
        print("  \(label): p50 \(Bench.ms(Bench.median(values))), min \(Bench.ms(values.min() ?? 0)), max \(Bench.ms(values.max() ?? 0)) (\(values.count) runs)\(verdict)")
    }
}
