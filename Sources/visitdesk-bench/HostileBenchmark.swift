import Foundation
import VisitDeskStore

/// `visitdesk-bench hostile [--files N] [--dir DIR]`: a store with N delegation files (100,000 by
/// default) plus what should never slow it down: a 100 MB file, a folder 200 levels deep, a link
/// out of the store and a thousand sync-tool conflict copies. Reports load time and memory.
enum HostileBenchmark {
    static func run(_ arguments: [String]) {
        let files = Int(Bench.option("--files", in: arguments) ?? "") ?? 100_000
        let root = Bench.option("--dir", in: arguments) ?? Bench.scratch("hostile-\(files)")
        let generated = SyntheticStore.ensure(at: root, delegations: files, contacts: 1_000)
        if generated { addHostileFiles(root) }
        print("store: \(root) (\(files) delegation files, 1,000 contacts, hostile extras, \(generated ? "generated" : "reused"))")

        let baseline = Bench.memoryKB("VmRSS")
        var loads: [Double] = []
        var store = RecordStore(root: root)
        for _ in 0..<3 {
            store = RecordStore(root: root)
            loads.append(Bench.time { try! store.load() })
        }
        print("full load: \(Bench.ms(Bench.median(loads))) (median of 3; \(loads.map(Bench.ms).joined(separator: ", ")))")
        print("records: \(store.catalog.delegations.count) delegations, \(store.catalog.problems.count) problems")
        print("memory: \((Bench.memoryKB("VmRSS") - baseline) / 1024) MB resident for the catalog, peak \(Bench.memoryKB("VmHWM") / 1024) MB")

        // A change to one file among 100,000, as the watcher reports it.
        let id = store.catalog.delegations[store.catalog.delegations.count / 2].id
        let path = root + "/delegations/\(id).toml"
        let original = try! String(contentsOfFile: path, encoding: .utf8)
        let reloads = (0..<50).map { round in
            try! (original + "# touched \(round)\n").write(toFile: path, atomically: true, encoding: .utf8)
            return Bench.time { _ = store.apply(WatchBatch(paths: ["delegations/\(id).toml"])) }
        }
        try! original.write(toFile: path, atomically: true, encoding: .utf8)
        print("one-file reload: median \(Bench.ms(Bench.median(reloads))), p95 \(Bench.ms(Bench.percentile(reloads, 0.95)))")
    }

    private static func addHostileFiles(_ root: String) {
        let delegations = root + "/delegations"
        let huge = delegations + "/database-dump.toml"
        _ = FileManager.default.createFile(atPath: huge, contents: nil)
        truncate(huge, 100 * 1_048_576)
        var deep = delegations
        for level in 0..<200 { deep += "/level-\(level)" }
        try! FileManager.default.createDirectory(atPath: deep, withIntermediateDirectories: true)
        try! "title = \"Deep\"\nstatus = \"new\"\n".write(toFile: deep + "/deep.toml", atomically: false, encoding: .utf8)
        try? FileManager.default.createSymbolicLink(atPath: delegations + "/passwd.toml", withDestinationPath: "/etc/passwd")
        for index in 0..<1_000 {
            try! "title = \"Copy\"\nstatus = \"new\"\n".write(
                toFile: delegations + "/copy-\(index).sync-conflict-20261125-101010-ABCDEF.toml", atomically: false, encoding: .utf8)
        }
    }
}
