import Foundation
// visitdesk-bench: release-build benchmarks whose figures go into docs/performance.md.
// Usage: swift run -c release visitdesk-bench <suite> [options]
let arguments = Array(CommandLine.arguments.dropFirst())
let suites: [String: ([String]) -> Void] = [
    "store": StoreBenchmark.run,
    "dashboard": DashboardBenchmark.run,
    "hostile": HostileBenchmark.run,
    "exchange": ExchangeBenchmark.run,
    "import": ImportBenchmark.run,
    "toml": runTOMLBenchmark,
    "ui": runUIBenchmark,
    "contacts": ContactsBenchmark.run,
    "calendar": runCalendarBenchmark,
    "triage": TriageBenchmark.run,
    "scale": ScaleBenchmark.run,
    "reload": ReloadBenchmark.run,
    "report": ReportBenchmark.run,
    "documents": DocumentsBenchmark.run,
    "programme": ProgrammeBenchmark.run,
    "sharing": SharingBenchmark.run,
    // Not a benchmark: a generated store left in place, to profile a start by hand
    // (`generate PATH N`: N delegations and 2N contacts, as `scale` makes them).
    "generate": { arguments in
        guard arguments.count == 2, let count = Int(arguments[1]) else {
            print("usage: visitdesk-bench generate PATH DELEGATIONS")
            exit(2)
        }
        SyntheticStore.ensure(at: arguments[0], delegations: count, contacts: count * 2)
    },
]
guard let name = arguments.first, let run = suites[name] else {
    print("usage: visitdesk-bench <suite> [options]\nsuites: \(suites.keys.sorted().joined(separator: ", "))")
    exit(2)
}
run(Array(arguments.dropFirst()))
// The stores this run generated are its own (Bench.runFolder): nothing is left for the next.
try? FileManager.default.removeItem(atPath: Bench.runFolder)
