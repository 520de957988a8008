import Foundation
import Testing

/// A long generated file through the real binary: read as a stream, every person reported in
/// file order with their own line, the "possible duplicates" list capped, a bad row late in the
/// file named by its line, nothing written by a dry run.
@Suite struct ImportStreamingEndToEndTests {
    /// 1,200 rows: Person 1…600 twice, with different e-mail addresses (same name, no shared
    /// identity: each second one is a possible duplicate); the first line of row 1,000's note is damaged.
    static func rows() -> [UInt8] {
        var bytes = Array("Name;E-mail Address;Notes\r\n".utf8)
        for k in 1...1_200 {
            let person = (k - 1) % 600 + 1
            bytes += Array("Person \(person);p\(k)@example.se;\"row \(k)".utf8)
            if k == 1_000 { bytes += [0xFF, 0xFE] }
            bytes += Array("\r\nsecond line\"\r\n".utf8)
        }
        // Enough UTF-8 beyond ASCII that the one damaged line is damage, not another charset.
        bytes += Array("Åke Testsson;ake@example.se;\"Malmö\"\r\n".utf8)
        return bytes
    }

    @Test("a dry run of 1,201 generated rows: each in file order with its line, 500 duplicates listed and the rest counted, a late bad row named, nothing written")
    func aLongDryRun() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let csv = store + "-people.csv"
        defer { try? FileManager.default.removeItem(atPath: csv) }
        try Data(Self.rows()).write(to: URL(fileURLWithPath: csv))
        let before = ImportEndToEndTests.snapshot(store)

        let run = try VisitDeskCLI.run(["import", "csv", csv, "--store", store, "--dry-run"])
        #expect(run.status == 1, "a damaged line is a problem: \(run.stderr)")
        // Every row spans two lines (a quoted line break): row k starts on line 2k.
        #expect(run.stderr.contains("people.csv: line 2000: not valid UTF-8 text"), "\(run.stderr)")
        let creates = run.stdout.split(separator: "\n").filter { $0.contains(": would create contacts/") }
        #expect(creates.count == 1_201)
        #expect(creates.first?.hasSuffix("people.csv:2: would create contacts/person-1.toml (Person 1)") == true, "\(creates.first ?? "")")
        #expect(creates[600].hasSuffix("people.csv:1202: would create contacts/person-1-2.toml (Person 1)"), "\(creates[600])")
        #expect(creates.last?.hasSuffix("people.csv:2402: would create contacts/ake-testsson.toml (Åke Testsson)") == true, "\(creates.last ?? "")")
        let listed = run.stdout.split(separator: "\n").filter { $0.hasPrefix("  contacts/person-") && $0.contains(" has the name of ") }
        #expect(listed.count == 500)
        #expect(run.stdout.contains("  … and 100 more\n"))
        #expect(run.stdout.contains("dry run (nothing written): new 1201, updated 0, unchanged 0, skipped 0, possible duplicates 600, unreadable 1"))
        #expect(ImportEndToEndTests.snapshot(store) == before)
    }
}
