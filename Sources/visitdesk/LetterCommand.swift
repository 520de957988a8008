import ArgumentParser
import Foundation
import VisitDeskDocuments
import VisitDeskDomain
import VisitDeskStore

struct Letter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "letter",
        abstract: l10n.text("Write a letter to a delegation's lead from the store's templates/ (text or a ready-to-send .eml)."),
        discussion: l10n.format("Kinds: %s. Templates are templates/KIND.LANG.mustache (Mustache; the first line is `Subject: …`), created by `visitdesk init` or when first needed. --send pipes the message to $VISITDESK_SENDMAIL (for example `msmtp -t`), else to /usr/sbin/sendmail -t -i.", LetterKind.allCases.map(\.rawValue).joined(separator: ", "))
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, eml }

    @Argument(help: ArgumentHelp(l10n.text("confirmation, decline, on-hold, visitors-list or thank-you."), valueName: "KIND")) var kind: String
    @Argument(help: ArgumentHelp(l10n.text("The delegation's id."))) var id: String
    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp(l10n.text("en, sv or zh."))) var lang: String = "en"
    @Option(help: ArgumentHelp(l10n.text("text or eml."))) var format: Format = .text
    @Option(help: ArgumentHelp(l10n.text("Write to this file instead of standard output."))) var out: String?
    @Flag(help: ArgumentHelp(l10n.text("Replace --out if it exists."))) var force = false
    @OptionGroup var mail: MailOptions

    func validate() throws {
        guard LetterKind(rawValue: kind) != nil else {
            throw ValidationError(l10n.format("unknown letter `%s`: use one of %s", kind, LetterKind.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        if mail.send && out != nil { throw ValidationError(l10n.text("--send and --out: choose one")) }
    }

    func run() throws {
        let readers = try DocumentCLI.languages(lang)
        guard readers.secondary == nil else { throw ValidationError(l10n.text("--lang: a letter is written in one language (en, sv or zh)")) }
        let language = readers.primary
        let store = try options.openStore()
        let catalog = store.catalog
        let delegation = try DocumentCLI.delegation(id, in: store)
        let today = try options.todayDate(timeZone: catalog.settings.timezone)
        let template = try StoreTemplates.load(LetterKind(rawValue: kind)!, language, root: store.root)
        let context = LetterContext(delegation: delegation, settings: catalog.settings, language: language, today: today, contact: catalog.contact(id:))
        let letter: LetterTemplate.Letter
        do { letter = try template.render(context) } catch { throw CLIError(error.description) }

        guard format == .eml || mail.wantsMail else {
            try DocumentDestination.write(Array("Subject: \(letter.subject)\n\n\(letter.body)".utf8), to: out, force: force, store: store)
            return
        }
        try mail.deliver(delegation, readers: readers, what: kind, options: options, store: store, out: out, force: force) { date, messageID, attachments throws(DocumentError) in
            try LetterMail.message(letter, delegation: delegation, language: language, contact: catalog.contact(id:),
                                   date: date, messageID: messageID, attachments: attachments)
        }
    }
}
