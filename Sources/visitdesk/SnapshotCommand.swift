import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskRuntime
import VisitDeskStore
import VisitDeskUI

struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "snapshot",
        abstract: l10n.text("Print the dashboard as text after feeding it keys (for tests, docs and bug reports)."),
        discussion: l10n.text("Prints exactly ROWS lines, each exactly COLS cells wide. KEYS are tmux key names separated by spaces: Tab BTab Enter Escape Up Down Left Right PgUp PgDn Home End Space BSpace C-r F1 and single characters. With --today the clocks show 09:00 home time, so the output is reproducible.")
    )

    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp(l10n.text("Screen size."), valueName: "COLSxROWS")) var size = "120x40"
    @Option(help: ArgumentHelp(l10n.text("Keys to feed before printing."), valueName: "KEYS")) var keys = ""
    @Option(help: ArgumentHelp(l10n.text("Theme name (affects nothing in text, but is validated)."))) var theme: String?
    // Declared for --help and completions; `CLILanguage` takes the value off the command line before
    // parsing (every command accepts it), so it arrives as `CLILanguage.flag`.
    @Option(help: ArgumentHelp(l10n.text("Language: en, sv or zh (default: LC_ALL / LC_MESSAGES / LANG, else English)."))) var language: String?

    func run() throws {
        let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0, parts[0] <= 1000, parts[1] <= 1000 else {
            throw ValidationError(l10n.format("--size %s: expected COLSxROWS like 120x40", size))
        }
        let keyList: [Key]
        do { keyList = try parseKeyNames(keys) } catch { throw ValidationError(l10n.format("--keys: %s", "\(error)")) }
        let store = try options.openStore()
        let settings = store.catalog.settings
        let today = try options.todayDate(timeZone: settings.timezone)
        let library = ThemeLibrary()
        if let theme, !library.names.contains(theme) {
            throw ValidationError(l10n.format("--theme %s: no such theme (themes: %s)", theme, library.names.joined(separator: ", ")))
        }
        var state = AppState(
            catalog: store.catalog, size: TerminalSize(width: parts[0], height: parts[1]), today: today,
            themeNames: library.names, themeIndex: library.names.firstIndex(of: theme ?? "") ?? 0
        )
        let (language, problem) = Language.resolve(configured: self.language ?? CLILanguage.flag, environment: ProcessInfo.processInfo.environment)
        if let problem { throw ValidationError(l10n.format("--language: %s", problem)) }
        state.language = language
        if options.today != nil {
            state.todayFollowsClock = false
            _ = update(&state, .clock(ClockReader(settings: settings).reading(at: options.pinnedMorning(today, zone: settings.timezone))))
        } else {
            _ = update(&state, .clock(ClockReader(settings: settings).reading()))
        }
        for key in keyList {
            _ = update(&state, .key(key))
        }
        print(render(state).text)
    }
}
