import Foundation
import TOMLDocument
import VisitDeskUI

/// The one config file, `$XDG_CONFIG_HOME/visitdesk/config.toml` (default
/// `~/.config/visitdesk/config.toml`): the defaults that flags can also give (store, theme,
/// whether today follows the clock) and `[keys]`, which binds or unbinds commands:
///
///     store = "~/visits"
///     theme = "light"
///     language = "sv"
///     today_follows_clock = true
///     [keys]
///     "request.accept" = ["a", "A"]
///     "app.quit" = []
///
/// Nothing in it can stop the dashboard: a file that does not parse, an unknown setting, command
/// or key, or a clash is a problem naming the file and line, and the default stays.
struct UserConfig {
    var path: String
    var exists = false
    var store: String?
    var theme: String?
    /// Where `theme` was set, to name the line when no such theme exists.
    var themeLine: Int?
    /// `en`, `sv` or `zh` (or a locale name like `sv_SE`); else the environment's language.
    var language: String?
    var languageLine: Int?
    var todayFollowsClock: Bool?
    var bindings: [KeyBinding] = []
    /// `config.toml:12: …` lines, for stderr, the status bar and `config check`.
    var problems: [String] = []

    /// Settings a later issue adds go here too, so `config check` knows them.
    static let knownSettings = ["store", "theme", "language", "today_follows_clock", "keys", "identity"]
    static let sizeLimit = 1 << 20

    static func location(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.config"
        return base + "/visitdesk/config.toml"
    }

    static func load(environment: [String: String] = ProcessInfo.processInfo.environment) -> UserConfig {
        var config = UserConfig(path: location(environment: environment))
        guard FileManager.default.fileExists(atPath: config.path) else { return config }
        config.exists = true
        guard let data = FileManager.default.contents(atPath: config.path), data.count <= sizeLimit else {
            config.problem(line: nil, "cannot be read (or is over 1 MB); the defaults are used")
            return config
        }
        let document: TOMLDocument
        do {
            document = try TOMLDocument(parsing: [UInt8](data))
        } catch {
            config.problem(line: error.line, "\(error.message) (column \(error.column)); fix the line — the defaults are used meanwhile")
            return config
        }
        config.read(document)
        return config
    }

    private mutating func read(_ document: TOMLDocument) {
        func line(_ path: TOMLPath) -> Int? { document.position(of: path)?.line }
        for (key, value) in document.root.entries {
            switch key {
            case "store", "theme", "language":
                guard let text = value.string, !text.isEmpty else {
                    let example = ["theme": "light", "language": "sv"][key] ?? "~/visits"
                    problem(line: line([.key(key)]), "`\(key)` should be a string, like `\(key) = \"\(example)\"`")
                    continue
                }
                switch key {
                case "store": store = (text as NSString).expandingTildeInPath
                case "theme": (theme, themeLine) = (text, line([.key(key)]))
                default: (language, languageLine) = (text, line([.key(key)]))
                }
            case "today_follows_clock":
                guard let flag = value.bool else {
                    problem(line: line([.key(key)]), "`today_follows_clock` should be true or false")
                    continue
                }
                todayFollowsClock = flag
            case "keys":
                guard let table = value.table else {
                    problem(line: line([.key(key)]), "`keys` should be a table: `[keys]` followed by lines like `\"request.accept\" = [\"a\", \"A\"]`")
                    continue
                }
                readKeys(table, line: { line([.key("keys"), .key($0)]) })
            case "identity":
                // Who you are for shared stores: read and written by the sharing commands (IdentityConfig).
                break
            default:
                problem(line: line([.key(key)]), "unknown setting `\(key)` (known: \(Self.knownSettings.joined(separator: ", "))); it is ignored")
            }
        }
    }

    private mutating func readKeys(_ table: TOMLTable, line: (String) -> Int?) {
        for (name, value) in table.entries {
            let at = line(name) ?? 0
            let keys = value.string.map { [$0] } ?? value.array?.compactMap(\.string)
            guard let keys, keys.count == (value.array?.count ?? 1) else {
                problem(line: at, "`\(name)` should be a list of key names, like `\"\(name)\" = [\"a\", \"C-a\"]` (or `[]` to unbind)")
                continue
            }
            bindings.append(KeyBinding(command: name, keys: keys, line: at))
        }
    }

    private mutating func problem(line: Int?, _ message: String) {
        problems.append("\(path)\(line.map { ":\($0)" } ?? ""): \(message)")
    }

    /// The keymap with `[keys]` applied; lines that could not be used become problems too, and
    /// so does a theme that is not among `themes`.
    func keymap(themes: [String]) -> (Keymap, [String]) {
        let (keymap, keyProblems) = Keymap.build(bindings)
        var all = problems + keyProblems.map { "\(path):\($0.line): \($0.message)" }
        if let theme, !themes.contains(theme) {
            all.append("\(path)\(themeLine.map { ":\($0)" } ?? ""): no theme `\(theme)` (known: \(themes.joined(separator: ", "))); the default theme is used")
        }
        if let problem = Language.resolve(configured: language, environment: [:]).problem {
            all.append("\(path)\(languageLine.map { ":\($0)" } ?? ""): \(problem)")
        }
        return (keymap, all)
    }

    /// The language to start in: `--language`, else the config's (an unknown one is English, and
    /// `keymap(themes:)` reports it), else LC_ALL / LC_MESSAGES / LANG, else English.
    func language(flag: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        Language.resolve(configured: flag ?? language, environment: environment).language
    }

    /// The theme to start with: the config's, when it exists.
    func theme(among themes: [String]) -> String? {
        theme.flatMap { themes.contains($0) ? $0 : nil }
    }
}
