import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export visits as iCalendar or contacts as vCard.",
        subcommands: [ICS.self, VCF.self, VDir.self]
    )

    struct ICS: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ics",
            abstract: "Write the visits as iCalendar (RFC 5545): one event per slot.",
            discussion: "The dashboard also keeps <store>/export/visits.ics current after every change."
        )
        @OptionGroup var options: StoreOptions
        @Option(help: "Write to this file instead of standard output.") var out: String?
        @Option(help: "Only this delegation's slots.") var delegation: String?

        func run() throws {
            let store = try options.openStore()
            var delegations = store.catalog.delegations
            if let delegation {
                guard let one = store.catalog.delegation(id: delegation) else {
                    throw CLIError("no delegation `\(delegation)`: see `visitdesk list delegations`")
                }
                delegations = [one]
            }
            let text = ICalendarExport.calendar(delegations: delegations, contacts: store.catalog.contacts, timeZone: store.catalog.settings.timezone)
            try emit(text, to: out)
        }
    }

    struct VCF: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "vcf", abstract: "Write the contacts as vCard 3.0.")
        @OptionGroup var options: StoreOptions
        @Option(help: "Write to this file instead of standard output.") var out: String?

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
    do {
        _ = try FileIO.writeAtomically(Array(text.utf8), to: StoreLocation.resolve(option: path).path, expected: nil, checkExpected: false)
    } catch {
        throw CLIError(error.description)
    }
}
