import ArgumentParser
import Foundation
import VisitDeskDocuments
import VisitDeskDomain
import VisitDeskStore

struct Programme: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programme",
        abstract: l10n.text("Write a delegation's programme day by day, with both clocks, hosts and contacts."),
        discussion: l10n.text("Languages: en, sv, zh, or a pair such as zh+en or sv+en. PDF is made from the HTML by WeasyPrint or headless Chromium, whichever is installed.")
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, md, html, pdf, eml }

    @Argument(help: ArgumentHelp(l10n.text("The delegation's id."))) var id: String
    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp(l10n.text("en, sv, zh, zh+en or sv+en."))) var lang: String = "en"
    @Option(help: ArgumentHelp(l10n.text("text, md, html, pdf, or eml (a mail to the lead, CC the coordinator)."))) var format: Format = .text
    @Option(help: ArgumentHelp(l10n.text("Write to this file instead of standard output."))) var out: String?
    @Flag(help: ArgumentHelp(l10n.text("Replace --out if it exists."))) var force = false
    @OptionGroup var mail: MailOptions

    func run() throws {
        let readers = try DocumentCLI.languages(lang)
        let store = try options.openStore()
        let delegation = try DocumentCLI.delegation(id, in: store)
        let layout = ProgrammeLayout(delegation: delegation, settings: store.catalog.settings, readers: readers, contact: store.catalog.contact(id:))
        guard format == .eml || mail.wantsMail else {
            try DocumentCLI.emit(layout.body(), format: DocumentFormat(rawValue: format.rawValue)!, out: out, force: force, store: store)
            try writeCalendarBeside(out, delegation, store: store)
            return
        }
        let catalog = store.catalog
        try mail.deliver(delegation, readers: readers, what: "programme", options: options, store: store, out: out, force: force) { date, messageID, attachments throws(DocumentError) in
            try LetterMail.message(programme: layout, contact: catalog.contact(id:), date: date, messageID: messageID, attachments: attachments)
        }
    }
}

extension Programme {
    /// The programme links to `<id>.ics`; a programme written to a file gets that file beside it,
    /// so the link works when the folder is sent or opened. An existing one is kept without --force.
    func writeCalendarBeside(_ out: String?, _ delegation: Delegation, store: RecordStore) throws {
        guard let out, !delegation.slots.isEmpty else { return }
        let folder = (StoreLocation.resolve(option: out).path as NSString).deletingLastPathComponent
        let path = folder + "/\(delegation.id).ics"
        if !force && FileManager.default.fileExists(atPath: path) { return }
        let catalog = store.catalog
        let ics = ICalendarExport.calendarBytes(delegations: [delegation], contacts: catalog.contacts, timeZone: catalog.settings.timezone)
        try DocumentDestination.write(ics, to: path, force: true, store: store)
    }
}

/// What the document commands share: reading the language, finding the delegation, writing.
enum DocumentCLI {
    static func languages(_ text: String) throws -> ReaderLanguages {
        do { return try ReaderLanguages(parsing: text) } catch { throw ValidationError(l10n.format("--lang: %s", error.description)) }
    }

    static func delegation(_ id: String, in store: RecordStore) throws -> Delegation {
        guard let delegation = store.catalog.delegation(id: id) else {
            throw CLIError(l10n.format("no delegation `%s`: see `visitdesk list delegations`", id))
        }
        return delegation
    }

    static func emit(_ body: DocumentBody, format: DocumentFormat, out: String?, force: Bool, store: RecordStore) throws {
        if format == .pdf {
            try DocumentDestination.check(out, force: force, store: store, binary: true)
            let pdf = try PDFEngine.find().pdf(fromHTML: HTMLWriter.write(body))
            try DocumentDestination.write(pdf, to: out, force: force, store: store, binary: true)
        } else {
            try DocumentDestination.write(Array(DocumentFormat.write(body, as: format).utf8), to: out, force: force, store: store)
        }
    }
}
