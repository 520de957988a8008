import Foundation
import Testing

/// A long import shows one line of progress on a terminal's stderr and nothing of it in a
/// script's output: run once under a pseudo-terminal (`script`), once with plain files.
@Suite struct ImportProgressTests {
    static func people(_ count: Int) -> String {
        "Name,E-mail Address\n" + (1...count).map { "Person \($0),person\($0)@example.se" }.joined(separator: "\n") + "\n"
    }

    @Test func aTerminalSeesTheCountsAScriptSeesOnlyTheReport() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let csv = store + "-people.csv"
        defer { try? FileManager.default.removeItem(atPath: csv) }
        try Self.people(300).write(toFile: csv, atomically: true, encoding: .utf8)

        let plain = try VisitDeskCLI.run(["import", "csv", csv, "--store", store, "--dry-run"])
        #expect(plain.status == 0, "\(plain.stderr)")
        #expect(!plain.stderr.contains("\r") && !plain.stderr.contains("\u{1B}"), "\(plain.stderr)")
        #expect(!plain.stdout.contains("\r") && !plain.stdout.contains("\u{1B}"))

        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else {
            Issue.record("util-linux `script` is missing: cannot give the import a terminal")
            return
        }
        let log = store + "-tty.log"
        defer { try? FileManager.default.removeItem(atPath: log) }
        let command = "\(VisitDeskCLI.binary) import csv \(csv) --store \(store)"
        let terminal = try VisitDeskCLI.runProgram("/usr/bin/script", ["-qec", command, log], environment: ["TERM": "xterm"])
        #expect(terminal.status == 0, "\(terminal.stdout)\(terminal.stderr)")
        let seen = try String(contentsOfFile: log, encoding: .utf8)
        #expect(seen.contains("writing 300 of 300 contacts…"), "\(seen.suffix(400))")
        #expect(seen.contains("\r\u{1B}[K"), "the progress line is cleared before the report")
        #expect(seen.contains("new 300, updated 0"))
        #expect(FileManager.default.fileExists(atPath: store + "/contacts/person-300.toml"))
    }
}
