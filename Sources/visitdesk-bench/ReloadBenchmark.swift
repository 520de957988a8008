import Foundation
import VisitDeskDomain
import VisitDeskStore
import VisitDeskUI

/// `visitdesk-bench reload [--delegations N] [--rounds N] [--only delegation|contact]`: a file changed on disk → the frame
/// that shows it, inside one process and without the settle delay: the store reloads the file
/// (`apply`), the UI core takes the new catalog (`update`) and draws (`render`). The dashboard
/// suite measures the same path end to end in tmux; this one gives the work's CPU time too,
/// which stays honest on a busy machine where wall times are not.
enum ReloadBenchmark {
    static func run(_ arguments: [String]) {
        let delegations = Int(Bench.option("--delegations", in: arguments) ?? "") ?? 10_000
        let rounds = Int(Bench.option("--rounds", in: arguments) ?? "") ?? 20
        let only = Bench.option("--only", in: arguments)
        let root = Bench.scratch("store-\(delegations)")
        SyntheticStore.ensure(at: root, delegations: delegations, contacts: delegations * 2)
        let store = RecordStore(root: root, cacheFolder: nil)
        do { try store.load() } catch {
            print("cannot load \(root): \(error)")
            exit(1)
        }
        let today = LocalDate(year: 2026, month: 11, day: 25)
        var state = AppState(catalog: store.catalog, size: TerminalSize(width: 120, height: 40), today: today)
        _ = render(state)
        print("reload: \(store.catalog.delegations.count) delegations, \(store.catalog.contacts.count) contacts, 120x40, \(rounds) rounds each")

        let scenarios: [(String, (Int) -> (path: String, text: String))] = [
            ("delegation edited", { round in ("delegations/delegation-\(round * 37).toml", SyntheticStore.delegationText(round * 37, contacts: delegations * 2) + "notes = \"edited \(round)\"\n") }),
            ("delegation added", { round in ("delegations/bench-reload-\(round).toml", "title = \"Reload \(round)\"\nstatus = \"new\"\nreceived = 1990-01-0\(round % 9 + 1)\n") }),
            ("contact edited", { round in ("contacts/contact-\(round * 53).toml", SyntheticStore.contactText(round * 53).replacingOccurrences(of: "name = \"", with: "name = \"Edited \(round) ")) }),
            ("contact added", { round in ("contacts/bench-reload-\(round).toml", "name = \"Åsa Reload \(round)\"\ncountry = \"SE\"\n") }),
        ]
        var written: [String] = []
        for (label, change) in scenarios where only.map({ label.hasPrefix($0) }) ?? true {
            var wall: [Double] = []
            var cpu: [Double] = []
            var phases = [0.0, 0.0, 0.0]
            for round in 0..<rounds {
                let (path, text) = change(round)
                try? text.write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
                written.append(path)
                let cpuStart = threadCPUTime()
                let start = DispatchTime.now().uptimeNanoseconds
                let change = store.apply(WatchBatch(paths: [path]))
                let applied = threadCPUTime()
                if let change { _ = update(&state, .catalogReplaced(store.catalog, summary: change.phrase)) }
                let updated = threadCPUTime()
                let frame = render(state)
                phases[0] += applied - cpuStart
                phases[1] += updated - applied
                phases[2] += threadCPUTime() - updated
                wall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                cpu.append(threadCPUTime() - cpuStart)
                if frame.width != 120 { print("unexpected frame width \(frame.width)") }
            }
            print("  \(label.padding(toLength: 18, withPad: " ", startingAt: 0)) → frame: wall p50 \(Bench.ms(Bench.median(wall))) max \(Bench.ms(wall.max() ?? 0)); CPU p50 \(Bench.ms(Bench.median(cpu))) max \(Bench.ms(cpu.max() ?? 0)); mean CPU in store \(Bench.ms(phases[0] / Double(rounds))), UI update \(Bench.ms(phases[1] / Double(rounds))), render \(Bench.ms(phases[2] / Double(rounds)))")
        }
        // Put the store back as the other suites expect it: the generated files are regenerated
        // only when the marker is missing, so edits are undone by rewriting them.
        for path in written {
            if path.contains("bench-reload-") {
                try? FileManager.default.removeItem(atPath: root + "/" + path)
            } else if let index = Int(path.split(separator: "-").last?.dropLast(5) ?? ""), path.hasPrefix("delegations/") {
                try? SyntheticStore.delegationText(index, contacts: delegations * 2).write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
            } else if let index = Int(path.split(separator: "-").last?.dropLast(5) ?? "") {
                try? SyntheticStore.contactText(index).write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
            }
        }
    }

    private static func threadCPUTime() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
