import Foundation
import TOMLDocument

/// `visitdesk-bench toml [files] [memory-parses]`: parses the same generated store files with
/// TOMLDocument and with TOMLKit in one run, then checks that resident memory stays flat over
/// many TOMLDocument parses (TOMLKit 0.6.0 leaks every table, LebJe/TOMLKit#26).
func runTOMLBenchmark(_ arguments: [String]) {
    let fileCount = arguments.first.flatMap(Int.init) ?? 10_000
    let memoryParses = arguments.dropFirst().first.flatMap(Int.init) ?? 100_000
    let files = (0..<fileCount).map(TOMLBenchmarkFiles.delegation)
    let averageBytes = files.reduce(0) { $0 + $1.utf8.count } / max(fileCount, 1)
    print("toml: \(fileCount) generated delegation files, \(averageBytes) bytes on average")

    // Warm up both parsers (page in code, fill allocator caches) before timing.
    for file in files.prefix(200) { _ = parseWithTOMLDocument(file) }

    var checksum = 0
    // Memory first, before TOMLKit has leaked anything: the baseline is ours alone.
    let before = residentMegabytes()
    for k in 0..<memoryParses { checksum &+= parseWithTOMLDocument(files[k % files.count]) }
    let after = residentMegabytes()
    print("  RSS around \(memoryParses) TOMLDocument parses: \(format(before)) MB -> \(format(after)) MB")

    // What a store that keeps every document loaded pays (the texts are shared with `files`).
    let kept = files.compactMap { try? TOMLDocument(parsing: $0) }
    let keptMegabytes = residentMegabytes() - after
    print("  keeping \(kept.count) parsed documents: +\(format(keptMegabytes)) MB (\(Int(keptMegabytes * 1_048_576) / max(kept.count, 1)) bytes each, text not counted)")

    // Rounds alternate between the parsers and the best round of each counts, so that load
    // from other processes on this shared machine penalises neither side.
    var ours = Double.infinity
    var theirs = Double.infinity
    for _ in 0..<5 {
        ours = min(ours, seconds { for file in files { checksum &+= parseWithTOMLDocument(file) } })
        theirs = min(theirs, seconds { for file in files { checksum &+= TOMLKitParsing.parse(file) } })
    }
    print("  TOMLDocument: \(format(ours)) s  (\(perFile(ours, fileCount)) µs a file)")
    print("  TOMLKit:      \(format(theirs)) s  (\(perFile(theirs, fileCount)) µs a file)")
    print("  TOMLKit time / TOMLDocument time: \(String(format: "%.2f", theirs / ours))x  (checksum \(checksum))")

    let kitBefore = residentMegabytes()
    for file in files { checksum &+= TOMLKitParsing.parse(file) }
    let kitAfter = residentMegabytes()
    print("  RSS around \(fileCount) TOMLKit parses: \(format(kitBefore)) MB -> \(format(kitAfter)) MB  (checksum \(checksum))")
}

private func parseWithTOMLDocument(_ text: String) -> Int {
    (try? TOMLDocument(parsing: text))?.root.count ?? -1
}

private func seconds(_ work: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    work()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

private func residentMegabytes() -> Double {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = statm.split(separator: " ")
    let pages = fields.count > 1 ? Double(fields[1]) ?? 0 : 0
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

private func format(_ value: Double) -> String { String(format: "%.3f", value) }
private func perFile(_ seconds: Double, _ count: Int) -> String { String(format: "%.1f", seconds / Double(max(count, 1)) * 1e6) }
