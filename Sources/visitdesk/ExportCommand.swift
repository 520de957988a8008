import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: l10n.text("Export visits as iCalendar or contacts as vCard."),
        subcommands: [ICS.self, VCF.self, VDir.self]
    )

    struct ICS: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ics",
            abstract: l10n.text("Write the visits as iCalendar (RFC 5545): one event per slot."),
            discussion: l10n.text("The dashboard also keeps <store>/export/visits.ics current after every change.")
        )
        @OptionGroup var options: StoreOptions
        @Option(help: ArgumentHelp(l10n.text("Write to this file instead of standard output."))) var out: String?
        @Option(help: ArgumentHelp(l10n.text("Only this delegation's slots."))) var delegation: String?

        func run() throws {
            let store = try options.openStore()
            var delegations = store.catalog.delegations
            if let delegation {
                guard let one = store.catalog.delegation(id: delegation) else {
                    throw CLIError(l10n.format("no delegation `%s`: see `visitdesk list delegations`", delegation))
                }
                delegations = [one]
            }
            let text = ICalendarExport.calendar(delegations: delegations, contacts: store.catalog.contacts, timeZone: store.catalog.settings.timezone)
            try emit(text, to: out)
        }
    }

    struct VCF: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "vcf", abstract: l10n.text("Write the contacts as vCard 3.0."))
        @OptionGroup var options: StoreOptions
        @Option(help: ArgumentHelp(l10n.text("Write to this file instead of standard output."))) var out: String?

        func run() throws {
            let store = try options.openStore()
            try emit(VCardExport.cards(store.catalog.contacts), to: out)
        }
    }
}

/// Standard output, or a file written atomically (a half-written feed is worse than an old one).
func emit(_ text: String, to path: String?) throws {
    guard let path else {
        FileHandle.standardOutput.write(Data(text.utf8))
        return
    }
    let target = StoreLocation.resolve(option: path).path
    if let record = RecordFileGuard.recordFile(at: target) {
        throw CLIError.usage(l10n.format("--out %s is the store's record file %s; export elsewhere (the store's export/ folder is made for it)", path, record))
    }
    do {
        _ = try FileIO.writeAtomically(Array(text.utf8), to: target, expected: nil, checkExpected: false)
    } catch {
        throw CLIError(error.description)
    }
}

/// Keeps exports, documents and reports out of record files: `--out` naming a file inside a
/// store's `delegations/` or `contacts/` (or its store.toml) would replace a person's record.
enum RecordFileGuard {
    /// The record's path relative to its store when `path` is one, else nil. A store is recognised
    /// by its store.toml beside the record folders.
    static func recordFile(at path: String) -> String? {
        let url = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let folder = url.deletingLastPathComponent()
        let storeRoot = folder.deletingLastPathComponent()
        if url.lastPathComponent == StoreLayout.settingsFile { return url.lastPathComponent }
        guard ["delegations", "contacts"].contains(folder.lastPathComponent),
              FileManager.default.fileExists(atPath: storeRoot.appendingPathComponent(StoreLayout.settingsFile).path)
        else { return nil }
        return folder.lastPathComponent + "/" + url.lastPathComponent
    }
}
