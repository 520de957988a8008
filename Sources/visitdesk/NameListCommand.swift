import ArgumentParser
import VisitDeskDocuments
import VisitDeskDomain
import VisitDeskStore

struct NameListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "namelist",
        abstract: l10n.text("Write a delegation's people (lead and members) with Latin name, Chinese name, pinyin, organisation and role.")
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, pdf, csv }

    @Argument(help: ArgumentHelp(l10n.text("The delegation's id."))) var id: String
    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp(l10n.text("text, md, html, pdf or csv."))) var format: Format = .text
    @Option(help: ArgumentHelp(l10n.text("delegation (as listed in the record), pinyin or organisation."))) var sort: NameList.Order = .delegation
    @Option(help: ArgumentHelp(l10n.text("en, sv, zh, zh+en or sv+en (headings and organisations)."))) var lang: String = "en"
    @Option(help: ArgumentHelp(l10n.text("Write to this file instead of standard output."))) var out: String?
    @Flag(help: ArgumentHelp(l10n.text("Replace --out if it exists."))) var force = false

    func run() throws {
        let readers = try DocumentCLI.languages(lang)
        let store = try options.openStore()
        let list = NameList(delegation: try DocumentCLI.delegation(id, in: store), order: sort, contact: store.catalog.contact(id:))
        if format == .csv {
            try DocumentDestination.write(Array(list.csv().utf8), to: out, force: force, store: store)
        } else {
            try DocumentCLI.emit(list.body(readers: readers), format: DocumentFormat(rawValue: format.rawValue)!, out: out, force: force, store: store)
        }
    }
}

extension NameList.Order: ExpressibleByArgument {}
