import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

extension Add {
    struct SlotEntry: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "slot",
            abstract: l10n.text("Add a slot to a delegation's programme; prints it and any warning."),
            discussion: l10n.text("A slot of more than 31 days needs --long (a hotel stay, a trip leg); more than a year is refused.")
        )
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp(l10n.text("The delegation's id."))) var id: String
        @Option(help: ArgumentHelp(l10n.text("Start, like 2027-03-09T09:30."), valueName: "DATETIME")) var start: String
        @Option(help: ArgumentHelp(l10n.text("End, like 2027-03-09T11:00."), valueName: "DATETIME")) var end: String
        @Option(help: ArgumentHelp(l10n.text("Where."))) var place: String = ""
        @Option(help: ArgumentHelp(l10n.text("Contact id of the host."), valueName: "ID")) var host: String?
        @Option(help: ArgumentHelp(l10n.text("What happens."))) var topic: String = ""
        @Flag(help: ArgumentHelp(l10n.text("Allow a slot longer than 31 days."))) var long = false

        func run() throws {
            let from = try RecordArguments.dateTime(start, option: "--start")
            let to = try RecordArguments.dateTime(end, option: "--end")
            guard from < to else { throw CLIError.usage(l10n.format("--end %s is not after --start %s", end, start)) }
            var slot = Slot(start: from, end: to, place: place, host: host, topic: topic)
            if slot.spanDays > Slot.longestSpanDays { throw CLIError.usage(l10n.format("the slot lasts %s days, more than a year: check the years", slot.spanDays + 1)) }
            if slot.spanDays > 31 && !long { throw CLIError.usage(l10n.format("the slot lasts %s days; add --long if that is meant", slot.spanDays + 1)) }
            let store = try options.openStore()
            guard var delegation = store.catalog.delegation(id: id) else {
                throw CLIError.usage(l10n.format("no delegation `%s`: see `visitdesk list delegations`", id))
            }
            try RecordArguments.contactMustExist(host, option: "--host", in: store.catalog)
            // Kept with the slot in English as the dashboard keeps what it warned of (`warnings`,
            // store-format.md), printed in the language; on a request as on a group.
            let warnings = BookingWarnings.phrases(for: slot, in: delegation, among: store.catalog.delegations) { store.catalog.contact(id: $0)?.name ?? $0 }
            slot.warnings = warnings.map(\.description)
            delegation.slots.append(slot)
            do {
                let receipt = try store.save(delegation)
                WriteCommits.commitNow(root: store.root, label: "add a slot to \(id)", receipts: [receipt])
            } catch { throw CLIError(error.description) }
            store.refreshCalendarFeed()
            print(TerminalText.sanitised("\(id): slot \(delegation.slots.count) \(from)–\(to)\(place.isEmpty ? "" : " at \(place)")"))
            let names = RecordNames(store.catalog)
            for warning in warnings {
                FileHandle.standardError.write(Data("visitdesk: warning: \(TerminalText.sanitised(l10n.text(warning.mappingTexts(names.spelledOut))))\n".utf8))
            }
        }
    }
}

