import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Delete a record from a script, never leaving a record that names it.",
        subcommands: [ContactEntry.self]
    )

    struct ContactEntry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "contact",
            abstract: "Delete a contact's file; prints what it changed.",
            discussion: """
                A person still named as lead, owner, member or slot host is not deleted: the places are \
                listed and nothing is written, unless --replace-with names the contact who takes their \
                place in every one of them (the same rule as D in the dashboard's Contacts).
                """
        )
        @OptionGroup var options: StoreOptions
        @Argument(help: "The contact's id.") var id: String
        @Option(help: ArgumentHelp("The contact put in their place wherever a record names them.", valueName: "ID"))
        var replaceWith: String?

        func run() throws {
            let store = try options.openStore()
            guard let contact = store.catalog.contact(id: id) else {
                throw CLIError.usage("no contact `\(id)`: see `visitdesk list contacts`")
            }
            let references = store.catalog.references(to: id)
            let rewrites: [(shown: Delegation, updated: Delegation)]
            switch ContactIDChanges.deletion(of: contact, replacingWith: replaceWith, in: store.catalog) {
            case .allowed(let found): rewrites = found
            case .named(let places):
                // The places one a line on stderr (the error line itself is printed as one line).
                let lines = places.map { "  " + TerminalText.sanitised($0.line) + "\n" }.joined()
                FileHandle.standardError.write(Data("\(TerminalText.sanitised(id)) is named in:\n\(lines)".utf8))
                let count = places.count == 1 ? "the place above" : "the \(places.count) places above"
                throw CLIError(TerminalText.sanitised("not deleted: \(id) is named in \(count); give --replace-with ID to put someone in their place"))
            case .badReplacement(let why): throw CLIError.usage(TerminalText.sanitised(why))
            }
            let receipts: [WriteReceipt]
            do { receipts = try store.deleteContact(id, rewrites: rewrites) } catch { throw CLIError(error.description) }
            if let replaceWith {
                for place in references { print(TerminalText.sanitised("\(place.line): \(id) → \(replaceWith)")) }
            }
            print(TerminalText.sanitised("deleted contacts/\(id).toml (\(contact.name))"))
            let label = replaceWith.map { "delete contact \(id) (now \($0))" } ?? "delete contact \(id)"
            WriteCommits.commitNow(root: store.root, label: label, receipts: receipts)
            store.refreshCalendarFeed()
        }
    }
}
