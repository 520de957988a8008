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
]
guard let name = arguments.first, let run = suites[name] else {
    print("usage: visitdesk-bench <suite> [options]\nsuites: \(suites.keys.sorted().joined(separator: ", "))")
    exit(2)
}
run(Array(arguments.dropFirst()))
// The stores this run generated are its own (Bench.runFolder): nothing is left for the next.
try? FileManager.default.removeItem(atPath: Bench.runFolder)
