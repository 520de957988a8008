import Foundation
import Testing

/// The record commands scripts use (`add slot`, `edit contact`, `delete contact`) on a demo
/// store: what they print, what they refuse, and every file they write read back by Python's
/// `tomllib` (an independent parser).
@Suite("Record commands on the command line")
struct RecordCLITests {
    func read(_ store: String, _ path: String) -> String {
        (try? String(contentsOfFile: "\(store)/\(path)", encoding: .utf8)) ?? ""
    }

    /// The file as `tomllib` reads it, as JSON (dates as text).
    func parsedByPython(_ path: String) throws -> String {
        let result = try VisitDeskCLI.runProgram("/usr/bin/env", ["python3", "-c",
            "import json, sys, tomllib; print(json.dumps(tomllib.load(open(sys.argv[1], 'rb')), ensure_ascii=False, default=str))", path])
        guard result.status == 0 else { throw VisitDeskCLI.CLIFailure(description: "tomllib refused \(path): \(result.stderr)") }
        return result.stdout
    }

    @Test func aSlotAddedOnAHolidayKeepsItsWarningInTheFile() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let result = try VisitDeskCLI.run(["add", "slot", "hebei-commerce-waste-water", "--store", store,
                                           "--start", "2026-12-25T10:00", "--end", "2026-12-25T11:00", "--place", "Falun"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Juldagen"))
        let json = try parsedByPython("\(store)/delegations/hebei-commerce-waste-water.toml")
        #expect(json.contains(#""place": "Falun", "warnings": ["2026-12-25: Juldagen (Christmas Day), a Swedish holiday"]"#), "\(json)")
    }
}
