import Foundation
import VisitDeskDomain
import VisitDeskStore
import VisitDeskUI

/// `visitdesk-bench programme [--delegations N] [--contacts N]`: the programme jobs at scale
/// (issue 15's targets: opening the programme editor or the follow-ups list under 5 ms CPU at
/// 10,000 delegations; saving a slot under 20 ms p99, the write included).
///
/// Opening is timed as a person meets it — the key, then the frame that shows the editor or the
/// list — in this thread's CPU time, so another process holding the core does not count. The
/// save is the dashboard's path on a real store of that size: the slot appended, the file edited
/// surgically and written under compare-and-swap (fsync, rename, folder fsync), the record
/// reloaded and the host's other bookings checked again.
enum ProgrammeBenchmark {
    static func run(_ arguments: [String]) {
        let delegations = Bench.option("--delegations", in: arguments).flatMap(Int.init) ?? 10_000
        let contacts = Bench.option("--contacts", in: arguments).flatMap(Int.init) ?? 20_000
        let today = LocalDate(year: 2026, month: 11, day: 25)
        let catalog = SyntheticCatalog.make(delegations: delegations, contacts: contacts, today: today)
        print("programme: \(delegations) delegations, \(contacts) contacts, 120x40")
        var groups = AppState(catalog: catalog, size: TerminalSize(width: 120, height: 40), today: today)
        for key in "2" { _ = update(&groups, .key(.character(key))) }
        report("open the programme (p) + frame", opening: "p", from: groups, expecting: .programme)
        report("open the follow-ups list (F) + frame", opening: "F", from: groups, expecting: .followUps)
        slotSaves(delegations: delegations, contacts: contacts)
    }

    /// CPU of `key` and the frame after it, from the same state each time (200 rounds).
    private static func report(_ what: String, opening key: Character, from base: AppState, expecting: ModeKind) {
        var samples: [Double] = []
        var reached = true
        for _ in 0..<200 {
            var state = base
            let start = threadCPUSeconds()
            _ = update(&state, .key(.character(key)))
            let grid = render(state)
            samples.append(threadCPUSeconds() - start)
            reached = reached && state.modeKind == expecting && grid.width > 0
        }
        let name = what.padding(toLength: 38, withPad: " ", startingAt: 0)
        print("  \(name) CPU p50 \(Bench.ms(Bench.median(samples)))  p99 \(Bench.ms(Bench.percentile(samples, 0.99)))"
            + (reached ? "" : "  (did not open: the first group has no programme?)"))
    }

    /// A slot added to and removed from a confirmed visit, 100 times each, through the store.
    private static func slotSaves(delegations: Int, contacts: Int) {
        let root = Bench.scratch("programme-\(delegations)")
        SyntheticStore.ensure(at: root, delegations: delegations, contacts: contacts)
        let store = RecordStore(root: root)
        guard (try? store.load()) != nil,
              let visit = store.catalog.delegations.first(where: { $0.status == .confirmed && !$0.slots.isEmpty }),
              let first = visit.slots.first
        else { return print("  slot save: no confirmed visit with a slot in \(root)") }
        var saves: [Double] = []
        for round in 0..<200 {
            guard var record = store.catalog.delegation(id: visit.id) else { return }
            if round % 2 == 0 {
                let day = first.start.date.adding(days: 1)
                var slot = Slot(start: LocalDateTime(date: day, time: first.start.time), end: LocalDateTime(date: day, time: first.end.time),
                                place: first.place, host: first.host, topic: "Follow-up visit \(round)")
                slot.warnings = BookingWarnings.lines(for: slot, in: record, among: store.catalog.delegations) { store.catalog.contact(id: $0)?.name ?? $0 }
                record.slots.append(slot)
            } else {
                record.slots.removeLast()
            }
            var failed = false
            saves.append(Bench.time { if (try? store.save(record)) == nil { failed = true } })
            if failed { return print("  slot save: the save failed in round \(round)") }
        }
        print("  save a slot (warnings, CAS write, reload)  p50 \(Bench.ms(Bench.median(saves)))  p99 \(Bench.ms(Bench.percentile(saves, 0.99)))  (200 saves)")
    }

    private static func threadCPUSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
