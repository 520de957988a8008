import ArgumentParser
import VisitDeskDomain
import VisitDeskStore

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a store: empty, or with the demo data.",
        discussion: "`visitdesk init --demo ~/visitdesk-demo` makes a demo store beside your real one; open it with `visitdesk --store ~/visitdesk-demo`."
    )

    @Argument(help: "The folder to create.") var directory: String
    @Flag(help: "Fill it with the embedded demo data (delegations, contacts, a season's calendar).") var demo = false
    @Option(help: ArgumentHelp("Date the demo data around this day (YYYY-MM-DD).", valueName: "DATE")) var today: String?

    func run() throws {
        let day: LocalDate
        if let today {
            guard let parsed = LocalDate(iso: today) else { throw ValidationError("--today \(today): not a date; expected one like 2027-01-14") }
            day = parsed
        } else {
            day = SystemClock.today(in: "Europe/Stockholm")
        }
        let path = StoreLocation.resolve(option: directory).path
        do {
            let count = try StoreInitializer.create(at: path, demo: demo, today: day)
            print(demo ? "created \(path) with \(count) demo records" : "created an empty store in \(path)")
        } catch {
            throw CLIError(error.description)
        }
        try StoreTemplates.writeDefaults(root: path)
    }
}
