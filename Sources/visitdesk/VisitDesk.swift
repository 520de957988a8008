import ArgumentParser

@main
struct VisitDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "visitdesk",
        abstract: "A terminal dashboard for a technical-visits programme: requests, groups, calendar and contacts.",
        discussion: "With no subcommand, opens the dashboard on the store (see --store).",
        subcommands: [Dashboard.self, Snapshot.self, Check.self, List.self, Init.self, Holidays.self, Export.self, Import.self, Add.self, SetStatus.self, MergeContacts.self],
        defaultSubcommand: Dashboard.self
    )
}
