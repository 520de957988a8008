import Foundation
import VisitDeskDomain
import VisitDeskUI

/// Part of `visitdesk-bench ui`: the delegations' index at the catalog's size, built from scratch
/// (each piece priced, median of 5) and patched after a reload of one file (median of 21), the
/// part of "a file changed on disk → updated frame" that grows with the store. In CPU time of
/// this thread: three engineers share two cores, and wall time would price their builds too.
enum IndexBenchmark {
    static func run(_ catalog: Catalog, today: LocalDate) {
        let delegations = catalog.delegations
        var pieces: [String: [Double]] = [:]
        var names: [String] = []
        var builds: [Double] = []
        var probe = DelegationIndexProbe([], today: today)
        for _ in 0..<5 {
            var mark = now()
            let start = mark
            probe = DelegationIndexProbe(delegations, today: today) { piece in
                let t = now()
                if pieces[piece] == nil { names.append(piece) }
                pieces[piece, default: []].append(t - mark)
                mark = t
            }
            builds.append(now() - start)
        }
        print("  delegation index, full build (CPU): \(ms(median(builds)))  (\(probe.conflictCount) conflicts)")
        for name in names { print("    \(name.padding(toLength: 30, withPad: " ", startingAt: 0)) \(ms(median(pieces[name]!)))") }

        let middle = delegations.count / 2
        var retitled = delegations
        retitled[middle].title += " (edited)"
        var moved = delegations
        let slotsAt = delegations.indices.first { delegations[$0].status.isGroup && !delegations[$0].slots.isEmpty } ?? middle
        if !moved[slotsAt].slots.isEmpty { moved[slotsAt].slots[0].start.time.hour -= 1 }
        var inserted = delegations
        var newcomer = delegations[middle]
        newcomer.id += "-b"
        inserted.insert(newcomer, at: middle + 1)
        var removed = delegations
        removed.remove(at: middle)
        for (what, next) in [("title edited", retitled), ("slot moved", moved), ("one inserted", inserted), ("one removed", removed)] {
            var samples: [Double] = []
            var patched = probe
            for _ in 0..<21 {
                let start = now()
                patched = probe.patched(to: next)
                samples.append(now() - start)
            }
            let check = patched.equalsFreshBuild ? "equals a full build" : "DIFFERS FROM A FULL BUILD"
            print("  delegation index, patch (CPU), \(what.padding(toLength: 12, withPad: " ", startingAt: 0)) \(ms(median(samples)))  (\(check))")
        }
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
    private static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    private static func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }
}
