import Testing
import TOMLDocument

/// Runs every TOML 1.0 case of toml-test and reports all failures by name, so one run shows
/// the whole picture instead of stopping at the first broken case.
@Suite struct ConformanceTests {
    /// The suite must be there unless the run says it may be missing; the output names the edition.
    @Test func suiteIsPresent() throws {
        guard let edition = ConformanceSuite.edition else {
            if ConformanceSuite.mayBeMissing { return }
            Issue.record(Comment(rawValue: ConformanceSuite.missingMessage))
            return
        }
        let valid = ConformanceSuite.cases("valid").count, invalid = ConformanceSuite.cases("invalid").count
        print("toml-test: \(edition.origin) (\(edition.root.path)): \(valid) valid and \(invalid) invalid TOML 1.0 cases")
        // The 2022 edition has 99 TOML 1.0 valid and 234 invalid cases; later ones have more.
        #expect(valid >= 99)
        #expect(invalid >= 200)
    }

    @Test func validCasesParseToTheExpectedValues() {
        var failures: [String] = []
        let cases = ConformanceSuite.cases("valid")
        for name in cases {
            guard let bytes = ConformanceSuite.bytes(name), let json = ConformanceSuite.expectedJSON(for: name) else {
                failures.append("\(name): cannot read the case")
                continue
            }
            do {
                let document = try TOMLDocument(parsing: bytes)
                if let diff = difference(.table(document.root), json) { failures.append("\(name): \(diff)") }
            } catch {
                failures.append("\(name): \(error)")
            }
        }
        print("toml-test valid: \(cases.count - failures.count) of \(cases.count) passed")
        #expect(failures.isEmpty, "\(failures.count) of \(cases.count) valid cases failed:\n\(failures.joined(separator: "\n"))")
    }

    @Test func invalidCasesAreRejected() {
        var accepted: [String] = []
        let cases = ConformanceSuite.cases("invalid")
        for name in cases {
            guard let bytes = ConformanceSuite.bytes(name) else { accepted.append("\(name): cannot read"); continue }
            if (try? TOMLDocument(parsing: bytes)) != nil { accepted.append(name) }
        }
        print("toml-test invalid: \(cases.count - accepted.count) of \(cases.count) rejected")
        #expect(accepted.isEmpty, "\(accepted.count) of \(cases.count) invalid cases were accepted:\n\(accepted.joined(separator: "\n"))")
    }

    @Test func validCasesRoundTripByteForByte() {
        var failures: [String] = []
        let cases = ConformanceSuite.cases("valid")
        for name in cases {
            guard let bytes = ConformanceSuite.bytes(name), let document = try? TOMLDocument(parsing: bytes) else { continue }
            if Array(document.text.utf8) != bytes { failures.append(name) }
        }
        #expect(failures.isEmpty, "round trip changed: \(failures.joined(separator: ", "))")
    }
}
