import Testing
import TOMLDocument

/// Every value in every valid toml-test file is replaced, removed, and gets a new sibling key.
/// Each edit must either succeed and read back, or be refused with the text untouched:
/// whatever odd syntax wrote the value, an edit must never corrupt the file.
@Suite struct CorpusEditTests {
    @Test func everyValueInTheSuiteCanBeEditedOrIsRefusedCleanly() throws {
        var problems: [String] = []
        var applied = 0
        var refused = 0
        for name in ConformanceSuite.cases("valid") {
            guard let bytes = ConformanceSuite.bytes(name), let original = try? TOMLDocument(parsing: bytes) else { continue }
            for path in allPaths(.table(original.root), prefix: []) {
                let edits: [(String, (inout TOMLDocument) throws -> Void, (TOMLDocument) -> Bool)] = [
                    ("set", { try $0.setValue(.string("新 \"value\""), at: path) }, { $0.value(at: path) == .string("新 \"value\"") }),
                    ("insert", { try $0.setValue(.integer(7), at: path.parent.appending(.key("added key"))) },
                     { $0.value(at: path.parent.appending(.key("added key"))) == .integer(7) }),
                    ("remove", { try $0.removeValue(at: path) }, { _ in true }),
                ]
                for (kind, edit, readsBack) in edits {
                    var document = original
                    do {
                        try edit(&document)
                        applied += 1
                        // Compared by description so that nan equals nan.
                        guard let reparsed = try? TOMLDocument(parsing: document.text),
                            "\(reparsed.root)" == "\(document.root)" else {
                            problems.append("\(name) \(kind) \(path): text and values disagree"); continue
                        }
                        if !readsBack(document) { problems.append("\(name) \(kind) \(path): does not read back") }
                    } catch {
                        refused += 1
                        if document.text != original.text { problems.append("\(name) \(kind) \(path): refused but changed") }
                    }
                }
            }
        }
        print("corpus edits: \(applied) applied, \(refused) refused")
        #expect(applied > 1000)
        #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.prefix(40).joined(separator: "\n"))")
    }

    private func allPaths(_ value: TOMLValue, prefix: [TOMLPath.Component]) -> [TOMLPath] {
        var paths: [TOMLPath] = []
        switch value {
        case .table(let table):
            for entry in table.entries {
                let path = prefix + [.key(entry.key)]
                paths.append(TOMLPath(path))
                paths += allPaths(entry.value, prefix: path)
            }
        case .array(let elements):
            for (k, element) in elements.enumerated() {
                let path = prefix + [.index(k)]
                paths.append(TOMLPath(path))
                paths += allPaths(element, prefix: path)
            }
        default: break
        }
        return paths
    }
}
