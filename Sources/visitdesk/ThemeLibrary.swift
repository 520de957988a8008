import Foundation
import TOMLDocument
import VisitDeskUI

/// Finds and loads themes. The shipped ones are compiled into the binary (`ShippedThemeFiles`,
/// generated from the package's `Themes/` folder), so an installed copy run from any folder has
/// them; a person's own live in `$XDG_CONFIG_HOME/visitdesk/themes` (default
/// `~/.config/visitdesk/themes`), where a file with a shipped theme's name overrides it.
struct ThemeLibrary {
    enum Source: Equatable {
        case shipped
        case file(String)
    }

    /// Theme name -> where its text comes from, in the order `T` cycles through them.
    private(set) var themes: [(name: String, source: Source)] = []

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        var byName: [String: Source] = [:]
        for name in ShippedThemeFiles.texts.keys { byName[name] = .shipped }
        for folder in ThemeLibrary.folders(environment: environment) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names where name.hasSuffix(".toml") {
                byName[String(name.dropLast(5))] = .file(folder + "/" + name)
            }
        }
        let ordered = Theme.shippedNames.filter { byName[$0] != nil }
            + byName.keys.filter { !Theme.shippedNames.contains($0) }.sorted()
        themes = ordered.map { ($0, byName[$0]!) }
    }

    var names: [String] { themes.map(\.name) }

    /// `$VISITDESK_THEMES` (for trying a theme folder), then the person's own folder, read in that
    /// order so the later one overrides by name.
    static func folders(environment: [String: String]) -> [String] {
        var folders: [String] = []
        if let explicit = environment["VISITDESK_THEMES"] { folders.append(explicit) }
        let configHome = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        folders.append(configHome + "/visitdesk/themes")
        return folders
    }

    /// The named theme, or the built-in look with a message saying why.
    func load(_ name: String) -> (Theme, String?) {
        guard let source = themes.first(where: { $0.name == name })?.source else {
            return (Theme.fallback, "no theme named \(name) (themes: \(names.joined(separator: ", "))); using the built-in look")
        }
        do {
            let text: String
            switch source {
            case .shipped:
                text = ShippedThemeFiles.texts[name] ?? ""
            case .file(let path):
                text = try String(contentsOfFile: path, encoding: .utf8)
            }
            let document = try TOMLDocument(parsing: text)
            return (try Theme.parse(name: name, table: ThemeLibrary.themeValues(document.root)), nil)
        } catch let error as TOMLParseError {
            return (Theme.fallback, "\(originName(source, name)): line \(error.line): \(error.message); using the built-in look")
        } catch {
            return (Theme.fallback, "\(originName(source, name)): \(error); using the built-in look")
        }
    }

    private func originName(_ source: Source, _ name: String) -> String {
        switch source {
        case .shipped: return "shipped theme \(name)"
        case .file(let path): return path
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
