import ArgumentParser
import Foundation
import VisitDeskStore
import VisitDeskUI

/// `visitdesk config check` and `visitdesk config keys`: the config file as the dashboard reads it.
struct Config: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: l10n.text("Check the config file ($XDG_CONFIG_HOME/visitdesk/config.toml) or print the effective keys."),
        subcommands: [ConfigCheck.self, ConfigKeys.self]
    )
}

struct ConfigCheck: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check", abstract: l10n.text("Report every problem in the config file, by line; exit 1 when there is one."))

    func run() throws {
        let config = UserConfig.load()
        let (_, problems) = config.keymap(themes: ThemeLibrary().names)
        guard config.exists else {
            print(config.path + ": " + l10n.text("no config file; the defaults are used"))
            return
        }
        for problem in problems { print(problem) }
        if !problems.isEmpty { throw ExitCode(1) }
        print(config.path + ": " + l10n.plural(config.bindings.count, "ok (%d key binding)", "ok (%d key bindings)"))
    }
}

struct ConfigKeys: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "keys", abstract: l10n.text("Every dashboard command with the keys it has now (defaults and [keys])."))

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, markdown }

    @Option(help: ArgumentHelp(l10n.text("table, json or markdown (README's tables)."))) var format: Format = .table

    func run() throws {
        let (keymap, problems) = UserConfig.load().keymap(themes: ThemeLibrary().names)
        for problem in problems { FileHandle.standardError.write(Data((problem + "\n").utf8)) }
        let rows = CommandDocs.rows(keymap)
        switch format {
        case .table:
            print(TextTable.render(header: ["command", "keys", "modes", "what it does"],
                                   rows: rows.map { [$0.name, $0.keys.isEmpty ? "—" : $0.keys.joined(separator: " "), $0.modes.joined(separator: ","), $0.help] }))
        case .json:
            let objects = rows.map { row in
                JSONExport.object([
                    ("command", JSONExport.quote(row.name)),
                    ("keys", "[" + row.keys.map(JSONExport.quote).joined(separator: ",") + "]"),
                    ("modes", "[" + row.modes.map(JSONExport.quote).joined(separator: ",") + "]"),
                    ("help", JSONExport.quote(row.help)),
                    ("writes", row.writes ? "true" : "false"),
                    ("target", JSONExport.quote(row.target)),
                ])
            }
            print("[" + objects.joined(separator: ",\n") + "]")
        case .markdown:
            print(CommandDocs.markdown(keymap), terminator: "")
        }
    }
}
