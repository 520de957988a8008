import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import contacts from vCard or CSV files.",
        subcommands: [VCF.self, CSV.self]
    )

    struct Common: ParsableArguments {
        @Argument(help: "The file to read.") var file: String
        @Flag(help: "Show what would be created or updated; write nothing.") var dryRun = false
        @Flag(help: "Update contacts whose id exists already (otherwise they are skipped).") var update = false
    }

    struct VCF: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "vcf", abstract: "Import vCard 2.1, 3.0 or 4.0 (several cards a file).")
        @OptionGroup var options: StoreOptions
        @OptionGroup var common: Common

        func run() throws {
            let text = try readImportFile(common.file)
            let (contacts, problems) = VCardImport.contacts(from: text)
            try importContacts(contacts, problems: problems, file: common.file, options: options, common: common)
        }
    }

    struct CSV: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "csv",
            abstract: "Import contacts from a spreadsheet export (',' or ';' separated).",
            discussion: "Without --map the header is guessed (Namn/Name, Telefon/Phone, E-post/Email, Organisation/Företag, …)."
        )
        @OptionGroup var options: StoreOptions
        @OptionGroup var common: Common
        @Option(help: ArgumentHelp("Which column holds which field, e.g. name=Namn,phone=Telefon,email=E-post.", valueName: "FIELD=COLUMN,…"))
        var map: String?

        func run() throws {
            var mapping: [String: String]?
            if let map {
                mapping = [:]
                for pair in map.split(separator: ",") {
                    let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                        throw ValidationError("--map: `\(pair)` should look like name=Namn")
                    }
                    mapping?[parts[0]] = parts[1]
                }
            }
            let text = try readImportFile(common.file)
            let (contacts, problems) = CSVContactImport.contacts(from: text, mapping: mapping)
            try importContacts(contacts, problems: problems, file: common.file, options: options, common: common)
        }
    }
}

private func readImportFile(_ path: String) throws -> String {
    do {
        return ImportText.decode(try FileIO.read(StoreLocation.resolve(option: path).path))
    } catch {
        throw CLIError("cannot read \(path): \(error.description)")
    }
}

/// Creates new contacts, updates existing ones only with --update, and says what it did per line.
private func importContacts(_ imported: [ImportedContact], problems: [String], file: String, options: StoreOptions, common: Import.Common) throws {
    let store = try options.openStore()
    for problem in problems { FileHandle.standardError.write(Data("\(file): \(problem)\n".utf8)) }
    var created = 0, updated = 0, skipped = 0, failed = 0
    var receipts: [WriteReceipt] = []
    for item in imported {
        var contact = item.contact
        let exists = store.catalog.contact(id: contact.id) != nil
        let place = "\(file):\(item.line)"
        if exists && !common.update {
            print("\(place): skipped \(contact.name): contacts/\(contact.id).toml exists (use --update to change it)")
            skipped += 1
            continue
        }
        if common.dryRun {
            print("\(place): would \(exists ? "update" : "create") contacts/\(contact.id).toml (\(contact.name))")
            exists ? (updated += 1) : (created += 1)
            continue
        }
        do {
            if exists, let old = store.catalog.contact(id: contact.id) {
                // An import fills in and replaces what it knows; notes and tags written by hand stay.
                if contact.notes.isEmpty { contact.notes = old.notes }
                if contact.tags.isEmpty { contact.tags = old.tags }
                if contact.topics.isEmpty { contact.topics = old.topics }
            }
            receipts.append(try store.save(contact))
            print("\(place): \(exists ? "updated" : "created") contacts/\(contact.id).toml (\(contact.name))")
            exists ? (updated += 1) : (created += 1)
        } catch {
            FileHandle.standardError.write(Data("\(place): \(error.description)\n".utf8))
            failed += 1
        }
    }
    WriteCommits.commitNow(root: store.root, label: "import \(receipts.count) contacts from \((file as NSString).lastPathComponent)", receipts: receipts)
    let verb = common.dryRun ? "would create" : "created"
    print("\(verb) \(created), \(common.dryRun ? "would update" : "updated") \(updated), skipped \(skipped)\(failed > 0 ? ", failed \(failed)" : "")")
    if failed > 0 { throw ExitCode(1) }
}
