import Foundation
import VisitDeskDomain
import VisitDeskUI

/// `visitdesk-bench report [--delegations N] [--runs N]`: the season report over a synthetic store
/// (10,000 delegations) in CPU time of this thread, and the report view's first frame (key `R`
/// → grid) once the catalog is loaded. Targets: report < 50 ms, first frame < 20 ms.
enum ReportBenchmark {
    static func run(_ arguments: [String]) {
        let delegationCount = Bench.option("--delegations", in: arguments).flatMap { Int($0) } ?? 10_000
        let runs = Bench.option("--runs", in: arguments).flatMap { Int($0) } ?? 20
        let today = LocalDate(year: 2026, month: 11, day: 25)
        let catalog = SyntheticCatalog.make(delegations: delegationCount, contacts: 2_000, today: today)
        let period = ReportPeriod.season(containing: today)
        var received = 0
        let reportSamples = (0..<runs).map { _ in
            cpuTime { received = SeasonReport(catalog: catalog, period: period, today: today).received.count }
        }
        var frameSamples: [Double] = []
        var checksum = 0
        for _ in 0..<runs {
            var state = AppState(catalog: catalog, size: TerminalSize(width: 120, height: 40), today: today)
            frameSamples.append(cpuTime {
                _ = update(&state, .key(.character("R")))
                checksum &+= render(state).width
            })
        }
        print("report: \(delegationCount) delegations, \(received) received in \(period.label), \(runs) runs, CPU time")
        print("  SeasonReport:                    median \(Bench.ms(Bench.median(reportSamples)))  max \(Bench.ms(reportSamples.max() ?? 0))")
        print("  report view first frame (R → grid, 120x40): median \(Bench.ms(Bench.median(frameSamples)))  max \(Bench.ms(frameSamples.max() ?? 0))")
        if checksum == 42 { print("") }
    }

    /// CPU seconds this thread spent in `body` (the report is single-threaded).
    static func cpuTime(_ body: () -> Void) -> Double {
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    }
}
