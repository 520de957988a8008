import Foundation
import Testing

/// Runs the third-party programs the interop tests check our output against (Python's
/// `icalendar`, `vobject` and `tomllib`, khal). Shared by the Demo, iCalendar and vCard tests.
enum ExternalTool {
    struct Result {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `program` (looked up on PATH) with `arguments`; nil when it cannot be started.
    static func run(_ program: String, _ arguments: [String], environment: [String: String] = [:]) -> Result? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        var env = ProcessInfo.processInfo.environment
        env["PYTHONIOENCODING"] = "utf-8"
        env["LANG"] = env["LANG"] ?? "C.UTF-8"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        // Read before waiting: a full pipe would otherwise block the child forever.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: outData, as: UTF8.self),
            errors: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a Python snippet with `arguments` in `sys.argv[1:]`.
    static func python(_ script: String, _ arguments: [String] = []) -> Result? {
        run("python3", ["-c", script] + arguments)
    }

    /// Whether a Python module can be imported; CI installs them, a developer may not have.
    static func pythonHas(_ module: String) -> Bool {
        python("import \(module)")?.status == 0
    }

    static func exists(_ program: String) -> Bool {
        run("which", [program])?.status == 0
    }
}

@Suite struct ICalendarExternalToolTests {
    @Test func reportsFailureAndOutputOfAProgram() throws {
        let ok = try #require(ExternalTool.python("import sys; print('张伟', sys.argv[1])", ["x"]))
        #expect(ok.status == 0)
        #expect(ok.output == "张伟 x\n")
        let failed = try #require(ExternalTool.python("raise SystemExit(3)"))
        #expect(failed.status == 3)
    }
}
