import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: l10n.text("Add a record from a script or a mail filter."),
        subcommands: [Request.self, ContactRecord.self, SlotEntry.self]
    )

    struct Request: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "request",
            abstract: l10n.text("Add a new request (status new, received today); prints the new id.")
        )
        @OptionGroup var options: StoreOptions
        @Option(help: ArgumentHelp(l10n.text("The group's name."))) var title: String
        @Option(name: .customLong("title-zh"), help: ArgumentHelp(l10n.text("The name in Chinese."))) var titleZh: String?
        @Option(help: ArgumentHelp(l10n.text("The organisation sending the group."))) var organisation: String?
        // Unconditional: `--size -3` is a wrong number, not a missing value followed by an option.
        @Option(parsing: .unconditional, help: ArgumentHelp(l10n.text("Number of people."))) var size: Int?
        @Option(help: ArgumentHelp(l10n.text("Topic tags, comma-separated (waste-water,recycling)."), valueName: "TAGS")) var interests: String?
        @Option(help: ArgumentHelp(l10n.text("First day of the wished period."), valueName: "DATE")) var earliest: String?
        @Option(help: ArgumentHelp(l10n.text("Last day of the wished period."), valueName: "DATE")) var latest: String?
        @Option(help: ArgumentHelp(l10n.text("Contact id of their side's lead."), valueName: "ID")) var lead: String?

        func run() throws {
            let store = try options.openStore()
            let today = try options.todayDate(timeZone: store.catalog.settings.timezone)
            guard !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw CLIError(l10n.text("--title is empty")) }
            if let size, size <= 0 { throw CLIError.usage(l10n.format("--size %s: size must be positive (the number of people)", size)) }
            let tags = (interests ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() }.filter { !$0.isEmpty }
            for tag in tags where !RecordID.isValid(tag) {
                throw CLIError(l10n.format("--interests: `%s` should be lowercase letters, digits and '-' (like waste-water)", tag))
            }
            let first = try earliest.map { try parseDate($0, option: "--earliest") }
            let last = try latest.map { try parseDate($0, option: "--latest") }
            if let first, let last, last < first { throw CLIError(l10n.format("--earliest %s is after --latest %s", first, last)) }
            if let lead, store.catalog.contact(id: lead) == nil {
                throw CLIError(l10n.format("--lead %s: no such contact (see `visitdesk list contacts --search …`)", lead))
            }
            let id = store.unusedID(for: .delegation, base: RecordID.slug(from: title, fallback: "request"))
            let request = Delegation(
                id: id, title: title, titleZh: titleZh, status: .new, organisation: organisation, received: today,
                size: size, interests: tags, earliest: first, latest: last, lead: lead
            )
            do {
                let receipt = try store.save(request)
                WriteCommits.commitNow(root: store.root, label: "add request \(id)", receipts: [receipt])
            } catch { throw CLIError(error.description) }
            store.refreshCalendarFeed()
            print(id)
        }

        private func parseDate(_ text: String, option: String) throws -> LocalDate {
            guard let date = LocalDate(iso: text) else { throw CLIError.usage(l10n.format("%s %s: not a date; expected one like 2027-01-14", option, text)) }
            return date
        }
    }
}

struct SetStatus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-status",
        abstract: l10n.text("Change a delegation's status (the file is edited in place; everything else stays as written)."),
        discussion: l10n.text("on-hold, declined and cancelled need --reason. confirmed and visited need at least one slot in the file.")
    )
    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp(l10n.text("The delegation's id."))) var id: String
    @Argument(help: ArgumentHelp(l10n.text("new, reviewing, on-hold, confirmed, visited, declined or cancelled."))) var status: String
    @Option(help: ArgumentHelp(l10n.text("Why (required for on-hold, declined and cancelled)."))) var reason: String?

    func run() throws {
        guard let next = DelegationStatus(rawValue: status) else {
            throw CLIError(l10n.format("unknown status `%s`: use one of %s", status, DelegationStatus.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        let store = try options.openStore()
        guard var delegation = store.catalog.delegation(id: id) else {
            throw CLIError(l10n.format("no delegation `%s`: see `visitdesk list delegations`", id))
        }
        guard delegation.status.canMove(to: next) else {
            throw CLIError(l10n.format("%s is %s; it cannot become %s directly", id, delegation.status.rawValue, next.rawValue))
        }
        if next.needsReason && (reason ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            throw CLIError(l10n.format("%s needs --reason \"…\" (it is kept in the file for colleagues)", next.rawValue))
        }
        if next.needsSlots && delegation.slots.isEmpty {
            throw CLIError(l10n.format("%s needs at least one [[slots]] entry: add the visit's programme first (in the dashboard: a)", next.rawValue))
        }
        delegation.status = next
        if let reason { delegation.reason = reason }
        do {
            let receipt = try store.save(delegation)
            WriteCommits.commitNow(root: store.root, label: "\(next.rawValue) \(id)", receipts: [receipt])
        } catch { throw CLIError(error.description) }
        store.refreshCalendarFeed()
        print("\(id): \(next.rawValue)")
    }
}
