import ArgumentParser
import VisitDeskDomain
import VisitDeskStore

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: "Open the dashboard (the default when no subcommand is given)."
    )

    @OptionGroup var options: StoreOptions
    @Option(help: "Theme name (a file in Themes/ or ~/.config/visitdesk/themes).") var theme: String?

    func run() throws {
        let store = try options.openStore()
        let catalog = store.catalog
        print("\(catalog.settings.name): \(catalog.requests.count) requests, \(catalog.groups.count) groups, \(catalog.contacts.count) contacts, \(catalog.problems.count) problems")
    }
}
