import Foundation
import Testing
@testable import VisitDeskUI

/// Loads the shipped Themes/*.toml. The TOML library is not a dependency of the UI core, so this
/// test reads the small subset theme files use (comments, `[a.b]` headers, `key = "s" | 12 | true`)
/// with the reader below; the runtime reads them with the real parser.
@Suite struct ThemeFileTests {
    static let names = ["default-dark", "light", "high-contrast", "colour-blind-safe"]
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes")

    static func load(_ name: String) throws -> (table: [String: ThemeValue], declaredRoles: [String]) {
        let text = try String(contentsOf: folder.appendingPathComponent("\(name).toml"), encoding: .utf8)
        return try ThemeSubsetReader.read(text)
    }

    /// The binary carries the themes compiled in (scripts/embed-themes): the copy must be the files.
    @Test(arguments: names)
    func compiledCopyEqualsTheThemeFile(name: String) throws {
        let file = try String(contentsOf: Self.folder.appendingPathComponent("\(name).toml"), encoding: .utf8)
        #expect(ShippedThemeFiles.texts[name] == file, "Themes/\(name).toml changed: run scripts/embed-themes")
        #expect(Set(ShippedThemeFiles.texts.keys) == Set(Theme.shippedNames))
    }

    @Test(arguments: names)
    func shippedThemeParsesAndCoversEveryRole(name: String) throws {
        let (table, declared) = try Self.load(name)
        let theme = try Theme.parse(name: name, table: table)
        #expect(table["name"] == .string(name))
        #expect(Set(declared) == Set(StyleRole.allCases.map(\.rawValue)), "\(name) must style every role")
        let statuses: [StyleRole] = [.statusNew, .statusReviewing, .statusOnHold, .statusConfirmed, .statusVisited, .statusDeclined, .statusCancelled]
        #expect(Set(statuses.map { theme.style(for: $0) }).count == statuses.count, "\(name): each status needs its own look")
        #expect(theme.style(for: .selected) != theme.style(for: .normal))
        #expect(theme.style(for: .borderFocused) != theme.style(for: .border))
    }

    /// Okabe-Ito hues only: no status is told apart from another by red against green.
    @Test func colourBlindSafeThemeAvoidsRedGreen() throws {
        let theme = try Theme.parse(name: "colour-blind-safe", table: Self.load("colour-blind-safe").table)
        let okabeIto: Set<TerminalColor> = [.rgb(0xE6, 0x9F, 0x00), .rgb(0x56, 0xB4, 0xE9), .rgb(0x00, 0x9E, 0x73), .rgb(0xF0, 0xE4, 0x42),
                                            .rgb(0x00, 0x72, 0xB2), .rgb(0xD5, 0x5E, 0x00), .rgb(0xCC, 0x79, 0xA7), .rgb(0x99, 0x99, 0x99)]
        for role in [StyleRole.statusNew, .statusReviewing, .statusOnHold, .statusConfirmed, .statusVisited, .statusDeclined,
                     .statusCancelled, .aged, .conflict, .today, .visitDay, .error] {
            let style = theme.style(for: role)
            #expect(okabeIto.contains(style.foreground) || okabeIto.contains(style.background), "\(role) is outside the palette")
        }
    }
}

/// Just enough TOML for theme files; anything else is an error so a theme using more TOML than
/// this test understands fails loudly rather than passing half-read.
enum ThemeSubsetReader {
    struct Failure: Error, CustomStringConvertible {
        var line: Int
        var text: String
        var description: String { "line \(line): cannot read `\(text)`" }
    }

    static func read(_ text: String) throws -> (table: [String: ThemeValue], declaredRoles: [String]) {
        var top: [String: ThemeValue] = [:]
        var roles: [String: ThemeValue] = [:]
        var declared: [String] = []
        var current: String?
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("[roles."), line.hasSuffix("]") {
                let role = String(line.dropFirst(7).dropLast())
                current = role
                declared.append(role)
                roles[role] = .table([:])
                continue
            }
            let parts = line.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let value = scalar(parts[1]) else { throw Failure(line: number + 1, text: line) }
            if let role = current, case .table(var fields)? = roles[role] {
                fields[parts[0]] = value
                roles[role] = .table(fields)
            } else {
                top[parts[0]] = value
            }
        }
        top["roles"] = .table(roles)
        return (top, declared)
    }

    private static func scalar(_ text: String) -> ThemeValue? {
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if let number = Int(text) { return .integer(number) }
        if text.count >= 2, text.hasPrefix("\""), text.hasSuffix("\"") { return .string(String(text.dropFirst().dropLast())) }
        return nil
    }
}
