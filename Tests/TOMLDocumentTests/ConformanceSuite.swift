import Foundation

/// The official toml-test cases, read from `../shared/testdata/toml-test` beside the package.
enum ConformanceSuite {
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/testdata/toml-test/tests").standardized

    /// Relative paths such as `valid/array/array.toml` listed for TOML 1.0.
    static func cases(_ kind: String) -> [String] {
        let list = root.appendingPathComponent("files-toml-1.0.0")
        guard let text = try? String(contentsOf: list, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init)
            .filter { $0.hasPrefix(kind + "/") && $0.hasSuffix(".toml") }
    }

    static func bytes(_ name: String) -> [UInt8]? {
        (try? Data(contentsOf: root.appendingPathComponent(name))).map { [UInt8]($0) }
    }

    static func expectedJSON(for name: String) -> Any? {
        let jsonName = String(name.dropLast(".toml".count)) + ".json"
        guard let data = try? Data(contentsOf: root.appendingPathComponent(jsonName)) else { return nil }
        return try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
    }
}
