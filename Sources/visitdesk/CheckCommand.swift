import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: l10n.text("Print every problem in the store as FILE:LINE: message."),
        discussion: l10n.text("Exits 1 if there is any error. Warnings (such as scheduling conflicts) are printed too and fail only with --strict.")
    )

    @OptionGroup var options: StoreOptions
    @Flag(help: ArgumentHelp(l10n.text("Fail on warnings too."))) var strict = false

    func run() throws {
        let store = try options.openStore()
        let problems = StoreChecks.problems(in: store)
        // File names and messages quote what people and other programs wrote: shown, never obeyed.
        for problem in problems { print(TerminalText.sanitised(l10n.problemLine(problem))) }
        let errors = problems.filter { $0.severity == .error }.count
        let warnings = problems.count - errors
        let catalog = store.catalog
        let summary = l10n.format("%d delegations, %d contacts: %d error(s), %d warning(s)", catalog.delegations.count, catalog.contacts.count, errors, warnings)
        FileHandle.standardError.write(Data((summary + "\n").utf8))
        if errors > 0 || (strict && warnings > 0) { throw ExitCode(1) }
    }
}

/// Everything `check` reports: the store's own problems plus schedule warnings, each schedule
/// warning at the line of the slot it is about and naming delegations and hosts by title and name.
enum StoreChecks {
    static func problems(in store: RecordStore) -> [Problem] {
        let catalog = store.catalog
        let names = RecordNames(catalog)
        var problems = catalog.problems
        for conflict in ConflictFinder.conflicts(in: catalog.delegations) {
            let phrase = conflict.phrase.mappingTexts(names.spelledOut)
            for id in conflict.delegationIDs {
                let slots = catalog.delegation(id: id)?.slots ?? []
                let slot = slots.firstIndex { $0.start <= conflict.start && conflict.start < $0.end }
                    ?? slots.firstIndex { $0.dates.contains(conflict.date) }
                let line = slot.flatMap { store.line(of: "slots.\($0).start", in: .delegation, id: id) }
                problems.append(Problem(file: RecordKind.delegation.relativePath(id: id), line: line, severity: .warning, phrase))
            }
        }
        return problems.sorted { ($0.file, $0.line ?? 0, $0.message) < ($1.file, $1.line ?? 0, $1.message) }
    }
}

/// Ids in a message replaced by what people call the records: "Hebei Bureau of Commerce Group
/// (hebei-commerce-2027)", "Erik Sjöberg (erik-sjoberg)".
struct RecordNames {
    private var byID: [String: String] = [:]

    init(_ catalog: Catalog) {
        for delegation in catalog.delegations { byID[delegation.id] = delegation.title }
        for contact in catalog.contacts where byID[contact.id] == nil { byID[contact.id] = contact.name }
    }

    func spelledOut(_ message: String) -> String {
        var words: [String] = []
        for word in message.split(separator: " ", omittingEmptySubsequences: false) {
            let trailing = word.reversed().prefix { $0 == "," || $0 == ":" || $0 == ";" }.count
            let core = String(word.dropLast(trailing))
            if let name = byID[core], !name.isEmpty {
                words.append("\(name) (\(core))" + word.suffix(trailing))
            } else {
                words.append(String(word))
            }
        }
        return words.joined(separator: " ")
    }
}
