import Foundation

/// Small measuring tools shared by the suites.
enum Bench {
    /// This run's own folder for generated stores and files (`visitdesk-bench-<pid>` in the
    /// temporary directory): two benchmarks running at once never share a store, and main
    /// removes it when the suite is done.
    static let runFolder = NSTemporaryDirectory() + "visitdesk-bench-\(getpid())/"

    /// A path in this run's folder (the folder is made on first use).
    static func scratch(_ name: String) -> String {
        try? FileManager.default.createDirectory(atPath: runFolder, withIntermediateDirectories: true)
        return runFolder + name
    }

    /// Wall time of `body` in seconds (monotonic clock).
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
    }

    /// A line of /proc/self/status in kB (VmRSS: resident now; VmHWM: the peak).
    static func memoryKB(_ field: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
            return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "0") ?? 0
        }
        return 0
    }

    static func ms(_ seconds: Double) -> String { String(format: "%.2f ms", seconds * 1000) }

    /// Runs a shell command and returns its wall time in seconds.
    static func shell(_ command: String) -> Double {
        time {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            try? process.run()
            process.waitUntilExit()
        }
    }

    static func option(_ name: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }
}
