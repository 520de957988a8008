import Foundation

/// Runs the real `visitdesk` binary as a script or a person at a shell would.
enum VisitDeskCLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// `$VISITDESK_BIN`, else the debug build `.ci/test` makes before the tests run.
    static var binary: String {
        ProcessInfo.processInfo.environment["VISITDESK_BIN"] ?? packageRoot.appendingPathComponent(".build/debug/visitdesk").path
    }

    /// Runs the binary to completion through the harness's `Subprocess` (posix_spawn, output via
    /// files), keeping the exit status and both outputs, which CLI tests check.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try runProgram(binary, arguments, environment: environment)
    }

    /// Any program (`script`, `python3`) with the same environment rules as `run`.
    static func runProgram(_ program: String, _ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        var env = ProcessInfo.processInfo.environment
        env["VISITDESK_STORE"] = nil
        // The dashboard and snapshot speak the environment's language: tests expect English unless they say.
        (env["LC_ALL"], env["LC_MESSAGES"], env["LANG"]) = (nil, nil, "C.UTF-8")
        // Never the tester's own ~/.config/visitdesk (a language, a store, a theme of theirs):
        // an empty config folder of this run's own, unless the test gives one.
        let outputPath = NSTemporaryDirectory() + "visitdesk-cli-\(UUID().uuidString).out"
        let configHome = outputPath + ".config"
        env["XDG_CONFIG_HOME"] = configHome
        for (key, value) in environment { env[key] = value }
        let errorPath = outputPath + ".err"
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
            try? FileManager.default.removeItem(atPath: configHome)
        }
        let pid = try Subprocess.spawn([program] + arguments, environment: env, stdout: outputPath, stderr: errorPath)
        let status = Subprocess.wait(for: pid)
        return Result(
            status: status,
            stdout: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        )
    }

    /// A fresh store with the demo data dated around `today`.
    static func demoStore(today: String = "2026-11-25") throws -> String {
        let path = NSTemporaryDirectory() + "visitdesk-e2e-\(UUID().uuidString.prefix(8))"
        let result = try run(["init", path, "--demo", "--today", today])
        guard result.status == 0 else { throw CLIFailure(description: "init failed: \(result.stderr)") }
        return path
    }

    struct CLIFailure: Error, CustomStringConvertible { var description: String }
}
