import Foundation
import VisitDeskUI

/// The language of what the command line prints for a person (reports, tables' headings, errors,
/// the commands' abstracts in `--help`), resolved as the dashboard resolves its own: `--language`,
/// then config.toml's `language`, then LC_ALL / LC_MESSAGES / LANG, else English
/// (`Language.resolve`). The text comes from the dashboard's catalogues (`po/`), through
/// `l10n` below, so one `.po` file per language holds both. What scripts read stays English:
/// JSON, TSV, ids, `kind` and status words in machine formats, FILE:LINE places.
enum CLILanguage {
    /// Decided once, before any subcommand is parsed or any thread starts, and only read after.
    nonisolated(unsafe) private(set) static var current: Language = .en
    /// `--language` as given on the command line, for the dashboard and `snapshot`, which draw in it.
    nonisolated(unsafe) private(set) static var flag: String?

    /// Takes `--language X` / `--language=X` out of `arguments` (it may stand anywhere before a
    /// `--`, for every subcommand) and settles the language. An unknown code given as a flag is a
    /// usage error, as it is for the dashboard; one in config.toml means English (and `config
    /// check` names its line). `--experimental-dump-help` (the manual page's source) is always English.
    static func settle(_ arguments: [String], environment: [String: String] = ProcessInfo.processInfo.environment)
        -> (arguments: [String], problem: String?) {
        var rest: [String] = []
        var index = 0
        var given: String?
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                rest += arguments[index...]
                break
            }
            if argument == "--language" {
                given = index + 1 < arguments.count ? arguments[index + 1] : ""
                index += 2
                continue
            }
            if argument.hasPrefix("--language=") {
                given = String(argument.dropFirst("--language=".count))
                index += 1
                continue
            }
            rest.append(argument)
            index += 1
        }
        flag = given
        if arguments.contains("--experimental-dump-help") {
            current = .en
            return (rest, nil)
        }
        let (language, problem) = Language.resolve(configured: given ?? UserConfig.load(environment: environment).language, environment: environment)
        current = language
        return (rest, given == nil ? nil : problem.map { "--language: \($0)" })
    }
}

/// Where the command line looks up what it prints: `l10n.text("no problems")`. The same lookup
/// the dashboard's `state.l10n` is, so LocalizationTests find these strings too and fail when a
/// catalogue lacks one.
var l10n: Localization { Localization.of(CLILanguage.current) }
