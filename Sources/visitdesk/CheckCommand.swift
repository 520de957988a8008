import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print every problem in the store as FILE:LINE: message.",
        discussion: "Exits 1 if there is any error. Warnings (such as scheduling conflicts) are printed too and fail only with --strict."
    )

    @OptionGroup var options: StoreOptions
    @Flag(help: "Fail on warnings too.") var strict = false

    func run() throws {
        let store = try options.openStore()
        let problems = StoreChecks.problems(in: store.catalog)
        for problem in problems { print(problem.description) }
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        let catalog = store.catalog
        FileHandle.standardError.write(Data("\(catalog.delegations.count) delegations, \(catalog.contacts.count) contacts: \(errors) error(s), \(warnings) warning(s)\n".utf8))
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}

/// Everything `check` reports: the store's own problems plus schedule warnings.
enum StoreChecks {
    static func problems(in catalog: Catalog) -> [Problem] {
        (catalog.problems + ConflictFinder.problems(in: catalog.delegations))
            .sorted { ($0.file, $0.line ?? 0, $0.message) < ($1.file, $1.line ?? 0, $1.message) }
    }
}
