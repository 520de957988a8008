import Foundation

/// The official toml-test cases, from the newest edition present on this machine.
///
/// The tests carry no copy of the suite: it comes from a package (`.ci/test` installs Debian's
/// `golang-github-burntsushi-toml-dev`, which ships the 2022 edition) or from a newer checkout
/// laid beside the project as `../shared/testdata/toml-test`. Of those, the newest wins: an edition
/// with a `files-toml-1.0.0` list is newer than one without. `VISITDESK_TOML_TEST` names a
/// checkout to run instead of all of them.
enum ConformanceSuite {
    struct Edition {
        /// The `tests` folder holding `valid/` and `invalid/`.
        var root: URL
        /// Where it came from, for the test output.
        var origin: String
        /// Newer editions list their TOML 1.0 cases in `files-toml-1.0.0`; the 2022 edition is all 1.0.
        var hasCaseList: Bool
    }

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let debianTests = "/usr/share/gocode/src/github.com/BurntSushi/toml/internal/toml-test/tests"

    /// Every edition found, in the order of preference before the newest-first sort.
    static func candidates(environment: [String: String] = ProcessInfo.processInfo.environment) -> [Edition] {
        var folders: [(String, String)] = []
        if let named = environment["VISITDESK_TOML_TEST"], !named.isEmpty {
            folders.append((named.hasSuffix("/tests") ? named : named + "/tests", "$VISITDESK_TOML_TEST"))
        }
        folders.append((packageRoot.appendingPathComponent("../shared/testdata/toml-test/tests").standardized.path, "../shared/testdata/toml-test"))
        folders.append((debianTests, "Debian golang-github-burntsushi-toml-dev"))
        return folders.compactMap { path, origin in
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path + "/valid", isDirectory: &isFolder), isFolder.boolValue else { return nil }
            let listed = FileManager.default.fileExists(atPath: path + "/files-toml-1.0.0")
            return Edition(root: URL(fileURLWithPath: path), origin: origin, hasCaseList: listed)
        }
    }

    /// The suite the tests run, or nil when none is installed.
    static let edition: Edition? = {
        let found = candidates()
        if ProcessInfo.processInfo.environment["VISITDESK_TOML_TEST"] != nil { return found.first }
        return found.first(where: \.hasCaseList) ?? found.first
    }()

    static var root: URL { edition?.root ?? URL(fileURLWithPath: debianTests) }

    /// Set `VISITDESK_SKIP_PACKAGE_TESTS=1` to run without the suite; otherwise its absence fails.
    static var mayBeMissing: Bool { ProcessInfo.processInfo.environment["VISITDESK_SKIP_PACKAGE_TESTS"] != nil }

    static var missingMessage: String {
        "no toml-test suite found: install Debian's golang-github-burntsushi-toml-dev (bash .ci/test does), "
            + "point VISITDESK_TOML_TEST at a toml-test checkout, or set VISITDESK_SKIP_PACKAGE_TESTS=1 to skip"
    }

    /// Relative paths such as `valid/array/array.toml` that belong to TOML 1.0.
    static func cases(_ kind: String) -> [String] {
        guard let edition else { return [] }
        if edition.hasCaseList {
            let list = edition.root.appendingPathComponent("files-toml-1.0.0")
            guard let text = try? String(contentsOf: list, encoding: .utf8) else { return [] }
            return text.split(separator: "\n").map(String.init)
                .filter { $0.hasPrefix(kind + "/") && $0.hasSuffix(".toml") }
        }
        let folder = edition.root.appendingPathComponent(kind).path
        guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".toml") }.sorted().map { kind + "/" + $0 }
            .filter { !tomlOnePointOneInUnlistedEdition.contains($0) }
    }

    /// The 2022 edition files a TOML 1.1 feature among its valid cases: `\e` in strings, which
    /// TOML 1.0 (and so VisitDesk's parser) rejects. Later editions list it under 1.1 only.
    static let tomlOnePointOneInUnlistedEdition: Set<String> = ["valid/string/escape-esc.toml"]

    static func bytes(_ name: String) -> [UInt8]? {
        (try? Data(contentsOf: root.appendingPathComponent(name))).map { [UInt8]($0) }
    }

    static func expectedJSON(for name: String) -> Any? {
        let jsonName = String(name.dropLast(".toml".count)) + ".json"
        guard let data = try? Data(contentsOf: root.appendingPathComponent(jsonName)) else { return nil }
        return try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }
}
