import Foundation
import VisitDeskDomain
import VisitDeskStore
import VisitDeskUI

/// `visitdesk-bench triage [--delegations N] [--contacts N]`: key → frame while triaging a
/// synthetic store (10,000 delegations, 20,000 contacts): typing into a contact picker (a fuzzy
/// search over every contact per key), typing a structured filter, marking; and the cost of one
/// compare-and-swap save and its byte-exact undo on a real file.
enum TriageBenchmark {
    static func run(_ arguments: [String]) {
        let delegations = Bench.option("--delegations", in: arguments).flatMap(Int.init) ?? 10_000
        let contacts = Bench.option("--contacts", in: arguments).flatMap(Int.init) ?? 20_000
        let today = LocalDate(year: 2026, month: 11, day: 25)
        let catalog = SyntheticCatalog.make(delegations: delegations, contacts: contacts, today: today)
        let base = AppState(catalog: catalog, size: TerminalSize(width: 120, height: 40), today: today)
        print("triage: \(delegations) delegations, \(contacts) contacts, 120x40")
        // The first key may wait for the contacts' search keys, built in the background after start-up.
        let picker = keys(base, opening: "o", typing: "zhang wei")
        print("  contact picker, first key      \(Bench.ms(picker[0])) (waits for search keys still being built)")
        report("contact picker, per key", Array(picker.dropFirst()) + keys(base, opening: "o", typing: "sjöb"))
        report("structured filter, per key", keys(base, opening: "/", typing: "status:new sort:size"))
        report("Space (mark) + frame", keys(base, opening: "", typing: String(repeating: " ", count: 200)))
        writes()
    }

    /// Update + render per key after `opening` (not timed).
    private static func keys(_ base: AppState, opening: String, typing: String) -> [Double] {
        var state = base
        for c in opening { _ = update(&state, .key(.character(c))) }
        return typing.map { c in
            Bench.time {
                _ = update(&state, .key(.character(c)))
                _ = render(state)
            }
        }
    }

    private static func report(_ what: String, _ samples: [Double]) {
        print("  \(what.padding(toLength: 30, withPad: " ", startingAt: 0)) p50 \(Bench.ms(Bench.median(samples)))  p99 \(Bench.ms(Bench.percentile(samples, 0.99)))  (\(samples.count) keys)")
    }

    /// A status change written through the store and undone by putting the exact bytes back.
    private static func writes() {
        let root = Bench.scratch("triage")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try? FileManager.default.createDirectory(atPath: root + "/delegations", withIntermediateDirectories: true)
        let text = "# hand-written\ntitle = \"Wuxi Water Technology Group\"\nstatus = \"new\"   # just arrived\nx-crm = 1\n"
        _ = FileManager.default.createFile(atPath: root + "/delegations/wuxi.toml", contents: Data(text.utf8))
        let store = RecordStore(root: root)
        guard (try? store.load()) != nil else { return print("  writes: could not open a store in \(root)") }
        var saves: [Double] = [], undos: [Double] = []
        for round in 0..<200 {
            guard var record = store.catalog.delegation(id: "wuxi") else { return }
            record.status = round % 2 == 0 ? .reviewing : .onHold
            var receipt: WriteReceipt?
            saves.append(Bench.time { receipt = try? store.save(record) })
            guard let receipt else { return print("  writes: save failed") }
            undos.append(Bench.time { _ = try? store.replace(.delegation, id: "wuxi", with: receipt.before, expecting: receipt.after) })
        }
        let exact = store.bytes(of: .delegation, id: "wuxi") == Array(text.utf8)
        print("  save (CAS, surgical, fsync+rename) p50 \(Bench.ms(Bench.median(saves)))  p99 \(Bench.ms(Bench.percentile(saves, 0.99)))")
        print("  undo (exact bytes back)            p50 \(Bench.ms(Bench.median(undos)))  p99 \(Bench.ms(Bench.percentile(undos, 0.99)))  file restored exactly: \(exact)")
    }
}
