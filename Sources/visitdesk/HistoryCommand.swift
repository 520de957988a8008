import ArgumentParser
import Foundation
import VisitDeskSharing
import VisitDeskStore

/// `visitdesk history ID`: who changed what in one record, from git.
struct History: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: l10n.text("Show a record's changes field by field, with author and date (needs a shared store)."),
        discussion: l10n.text("JSON: a list of changes, each with commit, author, email, date, summary and changes (field, before, after).")
    )
    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp(l10n.text("A delegation or contact id."))) var id: String
    @Option(help: ArgumentHelp(l10n.text("text or json."))) var format: OutputFormat = .text
    @Option(help: ArgumentHelp(l10n.text("Only this field, in one line: status: new → reviewing (Xina, 3 Dec) → on-hold (Jiaman, 4 Dec)."), valueName: "NAME"))
    var field: String?

    enum OutputFormat: String, ExpressibleByArgument { case text, json }

    func run() throws {
        let root = StoreLocation.resolve(option: options.store).path
        let reader = RecordHistory(git: GitRunner(directory: root, driverCommand: nil))
        var changes: [RecordChange] = []
        var path = ""
        for kind in RecordKind.allCases {
            path = kind.relativePath(id: id)
            do { changes = try reader.changes(of: path) } catch { throw CLIError(error.description) }
            if !changes.isEmpty { break }
        }
        guard !changes.isEmpty else { throw CLIError(l10n.format("no history for `%s`: it was never committed (run `visitdesk sync`), or no record has that id", id)) }
        if let field {
            guard let line = FieldTimeline.line(field, in: changes) else { throw CLIError(l10n.format("`%s` never changed in %s", field, path)) }
            print(Terminal.clean(line))
            return
        }
        if format == .json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(changes), as: UTF8.self))
            return
        }
        print(path)
        for change in changes {
            print("\(change.shownDate)  \(Terminal.clean(change.author))  \(Terminal.clean(change.summary))")
            for field in change.changes {
                print("    " + Terminal.clean(field.line))
            }
        }
    }
}

/// Text from files and commits is shown without control characters, which a terminal would obey.
enum Terminal {
    static func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }))
    }
}
