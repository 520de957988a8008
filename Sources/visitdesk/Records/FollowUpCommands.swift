import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore

struct FollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-up",
        abstract: l10n.text("Add a follow-up to a delegation, or tick one done."),
        subcommands: [AddOne.self, Done.self]
    )

    struct AddOne: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: l10n.text("Add a follow-up (what, due date); prints its number."))
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp(l10n.text("The delegation's id."))) var id: String
        @Option(help: ArgumentHelp(l10n.text("When it is due."), valueName: "DATE")) var due: String?
        @Option(help: ArgumentHelp(l10n.text("What to do."))) var what: String

        func run() throws {
            let text = what.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty else { throw CLIError.usage(l10n.text("--what is empty: say what to do")) }
            let date = try due.map { try RecordArguments.date($0, option: "--due") }
            let store = try options.openStore()
            guard var delegation = store.catalog.delegation(id: id) else {
                throw CLIError.usage(l10n.format("no delegation `%s`: see `visitdesk list delegations`", id))
            }
            delegation.followUps.append(FollowUp(due: date, what: text))
            do {
                let receipt = try store.save(delegation)
                WriteCommits.commitNow(root: store.root, label: "add a follow-up to \(id): \(text)", receipts: [receipt])
            } catch { throw CLIError(error.description) }
            print(TerminalText.sanitised("\(id): follow-up \(delegation.followUps.count): \(text)\(date.map { " (due \($0))" } ?? "")"))
        }
    }

    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "done",
            abstract: l10n.text("Tick a follow-up done (one line of the file changes)."),
            discussion: l10n.text("N is the follow-up's number within the delegation, as `visitdesk follow-ups` shows it (1-based).")
        )
        @OptionGroup var options: StoreOptions
        @Argument(help: ArgumentHelp(l10n.text("The delegation's id."))) var id: String
        @Argument(help: ArgumentHelp(l10n.text("The follow-up's number."))) var number: Int

        func run() throws {
            let store = try options.openStore()
            guard var delegation = store.catalog.delegation(id: id) else {
                throw CLIError.usage(l10n.format("no delegation `%s`: see `visitdesk list delegations`", id))
            }
            guard delegation.followUps.indices.contains(number - 1) else {
                throw CLIError.usage(l10n.format("%s has %s follow-up(s); %s is not one of them (see `visitdesk follow-ups`)", id, delegation.followUps.count, number))
            }
            let what = delegation.followUps[number - 1].what
            guard !delegation.followUps[number - 1].done else {
                print(TerminalText.sanitised("\(id): follow-up \(number) was already done: \(what)"))
                return
            }
            delegation.followUps[number - 1].done = true
            do {
                let receipt = try store.save(delegation)
                WriteCommits.commitNow(root: store.root, label: "tick a follow-up of \(id) done: \(what)", receipts: [receipt])
            } catch { throw CLIError(error.description) }
            print(TerminalText.sanitised("\(id): follow-up \(number) done: \(what)"))
        }
    }
}

struct FollowUps: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow-ups",
        abstract: l10n.text("Open follow-ups of every delegation: overdue first, then due this week, later, undated.")
    )
    enum Format: String, ExpressibleByArgument { case table, json }

    @OptionGroup var options: StoreOptions
    @Flag(help: ArgumentHelp(l10n.text("Only the overdue ones."))) var overdue = false
    @Option(help: ArgumentHelp(l10n.text("table or json."))) var format: Format = .table

    func run() throws {
        let store = try options.openStore()
        let today = try options.todayDate(timeZone: store.catalog.settings.timezone)
        var entries = FollowUpAgenda(store.catalog.delegations, today: today).entries
        if overdue { entries = entries.filter { $0.urgency == .overdue } }
        switch format {
        case .json:
            let list: [[String: Any]] = entries.map { entry in
                var item: [String: Any] = ["delegation": entry.delegationID, "title": entry.delegationTitle, "number": entry.number,
                                           "what": entry.followUp.what, "urgency": entry.urgency.rawValue, "done": entry.followUp.done]
                item["due"] = entry.followUp.due?.description ?? NSNull()
                return item
            }
            let data = try JSONSerialization.data(withJSONObject: list, options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
        case .table:
            // For a person: the words and the due day in the language (English keeps ISO dates).
            let rows = entries.map {
                [l10n.text($0.urgency.rawValue, context: "urgency"), $0.followUp.due.map(HumanDate.day) ?? "", "\($0.delegationID) \($0.number)",
                 $0.followUp.what, $0.delegationTitle]
            }
            print(TextTable.render(header: [l10n.text("when"), l10n.text("due"), l10n.text("delegation N"), l10n.text("what"), l10n.text("title")],
                                   rows: rows))
        }
        let summary = overdue ? l10n.format("%d follow-up(s) open and overdue", entries.count) : l10n.format("%d follow-up(s) open", entries.count)
        FileHandle.standardError.write(Data((summary + "\n").utf8))
    }
}
