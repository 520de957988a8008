import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: l10n.text("Import contacts from vCard or CSV files."),
        discussion: l10n.text("People already in the store are recognised by UID, else e-mail, else phone number — never by name alone. With --update they gain the fields and list entries the file has and they lack; nothing is removed, and a differing single value stays ours unless --prefer incoming. Exit status 1 when any card, row or value could not be read (each is listed)."),
        subcommands: [VCF.self, CSV.self]
    )

    struct Common: ParsableArguments {
        @Argument(help: ArgumentHelp(l10n.text("The file to read."))) var file: String
        @Flag(help: ArgumentHelp(l10n.text("Show per person what would be added, changed or kept; write nothing."))) var dryRun = false
        @Flag(help: ArgumentHelp(l10n.text("Merge into contacts already in the store (otherwise they are skipped)."))) var update = false
        @Option(help: ArgumentHelp(l10n.text("Whose value wins where a single field differs: ours or incoming."), valueName: "ours|incoming"))
        var prefer: ContactMerge.Preference = .ours
        @Option(help: ArgumentHelp(l10n.format("The file's character set, when it is not UTF-8 and the guess is wrong (%s).", TextCharset.namesForHelp), valueName: "CHARSET"))
        var encoding: String?

        func charset() throws -> TextCharset? {
            guard let encoding else { return nil }
            guard let charset = TextCharset(named: encoding) else {
                throw ValidationError(l10n.format("--encoding: `%s` is not a known character set (use one of: %s)", encoding, TextCharset.namesForHelp))
            }
            return charset
        }
    }

    struct VCF: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "vcf", abstract: l10n.text("Import vCard 2.1, 3.0 or 4.0 (several cards a file)."))
        @OptionGroup var options: StoreOptions
        @OptionGroup var common: Common

        func run() throws {
            let input = try openImportFile(common.file)
            let charset = try common.charset()
            try ContactImportRun(file: common.file, common: common) { VCardImport.read(input, encoding: charset, into: &$0) }
                .run(options: options)
        }
    }

    struct CSV: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "csv",
            abstract: l10n.text("Import contacts from a spreadsheet export (',', ';' or tab separated)."),
            discussion: l10n.text("Without --map the header is guessed: Namn/Name, Telefon/Phone, E-post/Email, Företag/Company, 姓名, 电话, 单位, 职务, …, and the columns of Google Contacts, Outlook and Thunderbird exports.")
        )
        @OptionGroup var options: StoreOptions
        @OptionGroup var common: Common
        @Option(help: ArgumentHelp(l10n.text("Which column holds which field, e.g. name=Namn,phone=Telefon,email=E-post."), valueName: "FIELD=COLUMN,…"))
        var map: String?

        func run() throws {
            var mapping: [String: String]?
            if let map {
                mapping = [:]
                for pair in map.split(separator: ",") {
                    let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                        throw ValidationError(l10n.format("--map: `%s` should look like name=Namn", String(pair)))
                    }
                    mapping?[parts[0]] = parts[1]
                }
            }
            let input = try openImportFile(common.file)
            let charset = try common.charset()
            try ContactImportRun(file: common.file, common: common) {
                CSVContactImport.read(input, encoding: charset, mapping: mapping, into: &$0)
            }.run(options: options)
        }
    }
}

extension ContactMerge.Preference: ExpressibleByArgument {}

/// The file, opened to be read a chunk at a time: no size limit, since only one card or row is
/// in memory at once.
private func openImportFile(_ path: String) throws -> ImportInput {
    do {
        return try ImportInput(path: StoreLocation.resolve(option: path).path)
    } catch {
        throw CLIError(l10n.format("cannot read %s: %s", path, error.description))
    }
}
