import ArgumentParser
import VisitDeskDomain
import VisitDeskStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: l10n.text("Create a store: empty, or with the demo data."),
        discussion: l10n.text("`visitdesk init --demo ~/visitdesk-demo` makes a demo store beside your real one; open it with `visitdesk --store ~/visitdesk-demo`.")
    )

    @Argument(help: ArgumentHelp(l10n.text("The folder to create."))) var directory: String
    @Flag(help: ArgumentHelp(l10n.text("Fill it with the embedded demo data (delegations, contacts, a season's calendar)."))) var demo = false
    @Option(help: ArgumentHelp(l10n.text("Date the demo data around this day (YYYY-MM-DD)."), valueName: "DATE")) var today: String?

    func run() throws {
        let day: LocalDate
        if let today {
            guard let parsed = LocalDate(iso: today) else { throw ValidationError(l10n.format("--today %s: not a date; expected one like 2027-01-14", today)) }
            day = parsed
        } else {
            day = SystemClock.today(in: "Europe/Stockholm")
        }
        let path = StoreLocation.resolve(option: directory).path
        do {
            let count = try StoreInitializer.create(at: path, demo: demo, today: day)
            print(demo ? l10n.format("created %s with %d demo records", path, count) : l10n.format("created an empty store in %s", path))
        } catch {
            throw CLIError(error.description)
        }
        try StoreTemplates.writeDefaults(root: path)
    }
}
