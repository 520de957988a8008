import ArgumentParser

@main
struct VisitDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visitdesk",
        abstract: l10n.text("A terminal dashboard for a technical-visits programme: requests, groups, calendar and contacts."),
        // One line, so LocalizationTests find it in the catalogues.
        discussion: l10n.text("With no subcommand, opens the dashboard on the store (see --store). --store and --today may come before or after the subcommand. Every command takes --language en|sv|zh (default: config.toml's `language`, else LC_ALL / LC_MESSAGES / LANG) for what it prints for a person; JSON and TSV stay English. Exit status: 0 done; 1 problems found or only partly done; 2 usage (a wrong option, an invalid date, no store)."),
        version: BuildInfo.versionLine,
        subcommands: [Dashboard.self, Snapshot.self, Check.self, List.self, Init.self, Holidays.self, Export.self, Import.self, Add.self, SetStatus.self, Edit.self, Delete.self, FollowUpCommand.self, FollowUps.self, Report.self, Programme.self, Letter.self, NameListCommand.self, Config.self, MergeDriverCommand.self, Share.self, Sync.self, History.self, MergeContacts.self],
        defaultSubcommand: Dashboard.self
    )

    /// Our own entry point: global options may precede the subcommand, errors read `visitdesk: …`
    /// on stderr, and usage errors exit 2 (see `CommandLineEntry`).
    static func main() {
        CommandLineEntry.run(VisitDesk.self, arguments: Array(CommandLine.arguments.dropFirst()))
    }
}
