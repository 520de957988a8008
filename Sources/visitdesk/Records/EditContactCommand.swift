import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

struct Edit: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: l10n.text("Change fields of a record from a script (the file is edited in place)."),
        subcommands: [ContactFields.self]
    )

    struct ContactFields: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "contact",
            abstract: l10n.text("Set fields of a contact; prints each change."),
            discussion: l10n.text("KEY is a key of the contact file: name, name_zh, country, organisation, organisation_zh, role, phones, emails, wechat, languages, topics, tags, notes. Lists take comma-separated values; an empty value clears the field. Comments and keys VisitDesk does not know stay as written. id=NEW renames the file to contacts/NEW.toml and rewrites every record that names the person (lead, owner, member, slot host), as the Id field of the dashboard's contact form does.")
        )
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp(l10n.text("The contact's id."))) var id: String
        @Option(name: .customLong("set"), help: ArgumentHelp(l10n.text("A field to change (repeat for several)."), valueName: "KEY=VALUE"))
        var assignments: [String] = []

        func run() throws {
            guard !assignments.isEmpty else { throw CLIError.usage(l10n.text("nothing to change: give --set KEY=VALUE")) }
            let store = try options.openStore()
            guard let before = store.catalog.contact(id: id) else {
                throw CLIError.usage(l10n.format("no contact `%s`: see `visitdesk list contacts`", id))
            }
            var contact = before
            var changes: [String] = []
            for assignment in assignments {
                guard let equals = assignment.firstIndex(of: "=") else {
                    throw CLIError.usage(l10n.format("--set %s: expected KEY=VALUE (like role=Director)", assignment))
                }
                let key = String(assignment[..<equals]).trimmingCharacters(in: .whitespaces)
                let value = String(assignment[assignment.index(after: equals)...]).trimmingCharacters(in: .whitespaces)
                if key == "id" {
                    if let refusal = ContactIDChanges.renameRefusal(value, for: before, in: store.catalog) {
                        throw CLIError.usage(TerminalText.sanitised("--set id=\(value): \(refusal)"))
                    }
                    contact.id = value
                    continue
                }
                let old = try ContactField.value(of: key, in: contact)
                try ContactField.set(key, to: value, in: &contact)
                let new = try ContactField.value(of: key, in: contact)
                if old != new { changes.append("\(key): \(old.isEmpty ? "(empty)" : old) → \(new.isEmpty ? "(empty)" : new)") }
            }
            guard contact != before else {
                print(l10n.format("%s: nothing changed", id))
                return
            }
            guard contact.id != id else {
                do {
                    let receipt = try store.save(contact)
                    let keys = changes.compactMap { $0.split(separator: ":").first }.joined(separator: ", ")
                    WriteCommits.commitNow(root: store.root, label: "edit contact \(id): \(keys)", receipts: [receipt])
                } catch { throw CLIError(error.description) }
                for change in changes { print(TerminalText.sanitised("\(id): \(change)")) }
                return
            }
            try rename(contact, in: store, changes: changes)
        }

        /// The new file, every record naming the person rewritten, the old file removed; one commit
        /// in a shared store.
        private func rename(_ contact: Contact, in store: RecordStore, changes: [String]) throws {
            let references = store.catalog.references(to: id)
            let receipts: [WriteReceipt]
            do { receipts = try store.renameContact(contact, from: id) } catch { throw CLIError(error.description) }
            print(TerminalText.sanitised("\(id): id: \(id) → \(contact.id) (contacts/\(contact.id).toml)"))
            for change in changes { print(TerminalText.sanitised("\(contact.id): \(change)")) }
            for place in references { print(TerminalText.sanitised("\(place.line): \(id) → \(contact.id)")) }
            WriteCommits.commitNow(root: store.root, label: "rename contact \(id) → \(contact.id)", receipts: receipts)
            store.refreshCalendarFeed()
        }
    }
}

/// The contact file's keys, read and set by name for `edit contact --set`.
enum ContactField {
    static let keys = ["name", "name_zh", "country", "organisation", "organisation_zh", "role", "phones", "emails",
                       "wechat", "languages", "topics", "tags", "notes"]

    static func value(of key: String, in contact: Contact) throws -> String {
        switch key {
        case "name": return contact.name
        case "name_zh": return contact.nameZh ?? ""
        case "country": return contact.country ?? ""
        case "organisation": return contact.organisation ?? ""
        case "organisation_zh": return contact.organisationZh ?? ""
        case "role": return contact.role ?? ""
        case "phones": return contact.phones.joined(separator: ", ")
        case "emails": return contact.emails.joined(separator: ", ")
        case "wechat": return contact.wechat ?? ""
        case "languages": return contact.languages.joined(separator: ", ")
        case "topics": return contact.topics.joined(separator: ", ")
        case "tags": return contact.tags.joined(separator: ", ")
        case "notes": return contact.notes
        default: throw CLIError.usage(l10n.format("unknown key `%s`: use one of %s", key, keys.joined(separator: ", ")))
        }
    }

    static func set(_ key: String, to value: String, in contact: inout Contact) throws {
        let optional: String? = value.isEmpty ? nil : value
        switch key {
        case "name":
            guard !value.isEmpty else { throw CLIError.usage(l10n.text("--set name=: a contact needs a name")) }
            contact.name = value
        case "name_zh": contact.nameZh = optional
        case "country": contact.country = optional?.uppercased()
        case "organisation": contact.organisation = optional
        case "organisation_zh": contact.organisationZh = optional
        case "role": contact.role = optional
        case "phones": contact.phones = SmallList(RecordArguments.list(value))
        case "emails":
            let emails = RecordArguments.list(value)
            if let bad = emails.first(where: { !$0.contains("@") }) { throw CLIError.usage(l10n.format("--set emails: %s is not an email address", bad)) }
            contact.emails = SmallList(emails)
        case "wechat": contact.wechat = optional
        case "languages": contact.languages = RecordArguments.list(value)
        case "topics": contact.topics = RecordArguments.list(value)
        case "tags": contact.tags = RecordArguments.list(value)
        case "notes": contact.notes = value
        default: throw CLIError.usage(l10n.format("unknown key `%s`: use one of %s", key, keys.joined(separator: ", ")))
        }
    }
}
