import ArgumentParser
import Foundation
import VisitDeskDocuments
import VisitDeskDomain
import VisitDeskStore

struct Letter: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a letter to a delegation's lead from the store's templates/ (text or a ready-to-send .eml).",
        discussion: """
            Kinds: \(LetterKind.allCases.map(\.rawValue).joined(separator: ", ")). Templates are templates/KIND.LANG.mustache \
            (Mustache; the first line is `Subject: …`), created by `visitdesk init` or when first needed. \
            --send pipes the message to $VISITDESK_SENDMAIL (for example `msmtp -t`), else to /usr/sbin/sendmail -t -i.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, eml }

    @Argument(help: ArgumentHelp("confirmation, decline, on-hold, visitors-list or thank-you.", valueName: "KIND")) var kind: String
    @Argument(help: "The delegation's id.") var id: String
    @OptionGroup var options: StoreOptions
    @Option(help: "en, sv or zh.") var lang: String = "en"
    @Option(help: "text or eml.") var format: Format = .text
    @Option(help: "Write to this file instead of standard output.") var out: String?
    @Flag(help: "Replace --out if it exists.") var force = false
    @Flag(name: .customLong("attach-ics"), help: "Attach the visit's slots as an iCalendar file (eml and --send).") var attachICS = false
    @Flag(help: "Hand the message to the sendmail-compatible program instead of writing it.") var send = false

    func validate() throws {
        guard LetterKind(rawValue: kind) != nil else {
            throw ValidationError("unknown letter `\(kind)`: use one of \(LetterKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if send && out != nil { throw ValidationError("--send and --out: choose one") }
    }

    func run() throws {
        let readers = try DocumentCLI.languages(lang)
        guard readers.secondary == nil else { throw ValidationError("--lang: a letter is written in one language (en, sv or zh)") }
        let language = readers.primary
        let store = try options.openStore()
        let catalog = store.catalog
        let delegation = try DocumentCLI.delegation(id, in: store)
        let today = try options.todayDate(timeZone: catalog.settings.timezone)
        let template = try StoreTemplates.load(LetterKind(rawValue: kind)!, language, root: store.root)
        let context = LetterContext(delegation: delegation, settings: catalog.settings, language: language, today: today, contact: catalog.contact(id:))
        let letter: LetterTemplate.Letter
        do { letter = try template.render(context) } catch { throw CLIError(error.description) }

        guard format == .eml || send else {
            try DocumentDestination.write(Array("Subject: \(letter.subject)\n\n\(letter.body)".utf8), to: out, force: force, store: store)
            return
        }
        var attachments: [MailMessage.Attachment] = []
        if attachICS {
            let ics = ICalendarExport.calendarBytes(delegations: [delegation], contacts: catalog.contacts, timeZone: catalog.settings.timezone)
            attachments.append(.init(fileName: "\(delegation.id).ics", contentType: "text/calendar; charset=utf-8; method=PUBLISH", bytes: ics))
        }
        let sent = options.today.map { _ in options.pinnedMorning(today, zone: catalog.settings.timezone) } ?? Date()
        let message: MailMessage
        do {
            message = try LetterMail.message(letter, delegation: delegation, language: language, contact: catalog.contact(id:),
                                             date: MailDate.rfc5322(sent, zone: catalog.settings.timezone),
                                             messageID: "visitdesk.\(delegation.id).\(kind).\(UUID().uuidString.lowercased())@\(ProcessInfo.processInfo.hostName)",
                                             attachments: attachments)
        } catch { throw CLIError(String(describing: error)) }
        let bytes = Array(message.rfc5322().utf8)
        if send {
            try Sendmail.send(bytes, to: message)
        } else {
            try DocumentDestination.write(bytes, to: out, force: force, store: store)
        }
    }
}

enum MailDate {
    /// `Thu, 13 Jul 2017 09:00:00 +0200`.
    static func rfc5322(_ date: Date, zone: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: zone) ?? .current
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
