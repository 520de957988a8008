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

    static func run(_ arguments: [String], environment: [String: String] = [:], input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["VISITDESK_STORE"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        // Read both pipes before waiting, so a large output cannot fill a pipe and stall the child.
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self), stderr: String(decoding: stderrData, as: UTF8.self))
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
