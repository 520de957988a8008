import Foundation
import Testing

/// Golden files: the expected output, reviewed by a person and kept in Tests/DocumentsTests/Golden.
/// `VISITDESK_UPDATE_GOLDEN=1 swift test --filter DocumentsTests` rewrites them after an intended change;
/// `git diff` then shows exactly what a reader would see differently.
enum Golden {
    static var folder: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")
    }

    static func check(_ actual: String, name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["VISITDESK_UPDATE_GOLDEN"] != nil {
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        if actual != expected {
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(actualLines.count, expectedLines.count)
            Issue.record("\(name) differs at line \(line + 1):\n  expected: \(line < expectedLines.count ? String(expectedLines[line]) : "<end>")\n  actual:   \(line < actualLines.count ? String(actualLines[line]) : "<end>")", sourceLocation: sourceLocation)
        }
    }
}

/// Runs a Python script (interop checks with real third-party parsers installed by .ci/test).
enum Python {
    struct Failure: Error, CustomStringConvertible { var description: String }

    /// Standard output of `python3 -c script args…`, with `input` on standard input.
    static func run(_ script: String, _ arguments: [String] = [], input: Data = Data()) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "python3 failed (see .ci/test for the packages): \(String(decoding: errors, as: UTF8.self))")
        }
        return String(decoding: output, as: UTF8.self)
    }
}
