import Foundation
import Testing

/// Runs a Python snippet and returns its standard output: Python's `holidays` and `phonenumbers`
/// packages are the independent sources the holiday and phone-number rules are checked against.
enum PythonOracle {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ script: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read before waiting: a full pipe would otherwise block the child forever.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "python3 failed (pip install holidays phonenumbers?): \(errorText)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
