import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

struct Delete: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: l10n.text("Delete a record from a script, never leaving a record that names it."),
        subcommands: [ContactEntry.self]
    )

    struct ContactEntry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "contact",
            abstract: l10n.text("Delete a contact's file; prints what it changed."),
            discussion: l10n.text("A person still named as lead, owner, member or slot host is not deleted: the places are listed and nothing is written, unless --replace-with names the contact who takes their place in every one of them (the same rule as D in the dashboard's Contacts).")
        )
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp(l10n.text("The contact's id."))) var id: String
        @Option(help: ArgumentHelp(l10n.text("The contact put in their place wherever a record names them."), valueName: "ID"))
        var replaceWith: String?

        func run() throws {
            let store = try options.openStore()
            guard let contact = store.catalog.contact(id: id) else {
                throw CLIError.usage(l10n.format("no contact `%s`: see `visitdesk list contacts`", id))
            }
            let references = store.catalog.references(to: id)
            let rewrites: [(shown: Delegation, updated: Delegation)]
            switch ContactIDChanges.deletion(of: contact, replacingWith: replaceWith, in: store.catalog) {
            case .allowed(let found): rewrites = found
            case .named(let places):
                // The places one a line on stderr (the error line itself is printed as one line).
                let lines = places.map { "  " + TerminalText.sanitised($0.line) + "\n" }.joined()
                FileHandle.standardError.write(Data((l10n.format("%s is named in:", TerminalText.sanitised(id)) + "\n" + lines).utf8))
                let refusal = places.count == 1
                    ? l10n.format("not deleted: %s is named in the place above; give --replace-with ID to put someone in their place", id)
                    : l10n.format("not deleted: %s is named in the %d places above; give --replace-with ID to put someone in their place", id, places.count)
                throw CLIError(TerminalText.sanitised(refusal))
            case .badReplacement(let why): throw CLIError.usage(TerminalText.sanitised(why))
            }
            let receipts: [WriteReceipt]
            do { receipts = try store.deleteContact(id, rewrites: rewrites) } catch { throw CLIError(error.description) }
            if let replaceWith {
                for place in references { print(TerminalText.sanitised("\(place.line): \(id) → \(replaceWith)")) }
            }
            print(TerminalText.sanitised(l10n.format("deleted %s (%s)", "contacts/\(id).toml", contact.name)))
            let label = replaceWith.map { "delete contact \(id) (now \($0))" } ?? "delete contact \(id)"
            WriteCommits.commitNow(root: store.root, label: label, receipts: receipts)
            store.refreshCalendarFeed()
        }
    }
}
