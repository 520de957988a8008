import Foundation
import TOMLDocument
import VisitDeskUI

/// Finds and loads theme files. Shipped themes live in the package's `Themes/` folder (found
/// beside the executable's build folder); a person's own in `$XDG_CONFIG_HOME/visitdesk/themes`
/// (default `~/.config/visitdesk/themes`), where a file with a shipped theme's name overrides it.
struct ThemeLibrary {
    /// Theme name -> file path, in the order `T` cycles through them.
    private(set) var files: [(name: String, path: String)] = []

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        var byName: [String: String] = [:]
        for folder in ThemeLibrary.folders(environment: environment) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names where name.hasSuffix(".toml") {
                byName[String(name.dropLast(5))] = folder + "/" + name
            }
        }
        let ordered = Theme.shippedNames.filter { byName[$0] != nil }
            + byName.keys.filter { !Theme.shippedNames.contains($0) }.sorted()
        files = ordered.map { ($0, byName[$0]!) }
    }

    var names: [String] { files.isEmpty ? ["default-dark"] : files.map(\.name) }

    /// Shipped folder first, so the person's folder (read later) overrides by name.
    static func folders(environment: [String: String]) -> [String] {
        var folders: [String] = []
        if let explicit = environment["VISITDESK_THEMES"] { folders.append(explicit) }
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = directory.appendingPathComponent("Themes").path
            if FileManager.default.fileExists(atPath: candidate) {
                folders.append(candidate)
                break
            }
            directory.deleteLastPathComponent()
        }
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        folders.append(configHome + "/visitdesk/themes")
        return folders
    }

    /// The named theme, or the built-in look with a message saying why.
    func load(_ name: String) -> (Theme, String?) {
        guard let path = files.first(where: { $0.name == name })?.path else {
            let known = names.joined(separator: ", ")
            return (Theme.fallback, "no theme named \(name) (known: \(known)); using the built-in look")
        }
        do {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let document = try TOMLDocument(parsing: text)
            return (try Theme.parse(name: name, table: ThemeLibrary.themeValues(document.root)), nil)
        } catch let error as TOMLParseError {
            return (Theme.fallback, "\(path): line \(error.line): \(error.message); using the built-in look")
        } catch {
            return (Theme.fallback, "\(path): \(error); using the built-in look")
        }
    }

    /// TOML -> the UI core's small value tree (the UI core stays free of the TOML library).
    static func themeValues(_ table: TOMLTable) -> [String: ThemeValue] {
        var result: [String: ThemeValue] = [:]
        for (key, value) in table.entries {
            switch value {
            case .string(let text): result[key] = .string(text)
            case .integer(let number): result[key] = .integer(Int(number))
            case .boolean(let flag): result[key] = .bool(flag)
            case .table(let nested): result[key] = .table(themeValues(nested))
            default: result[key] = .string("\(value)")
            }
        }
        return result
    }
}
