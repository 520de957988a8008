import ArgumentParser
import Foundation
import VisitDeskDocuments
import VisitDeskDomain
import VisitDeskStore

/// What `letter` and `programme --format eml` share: attachments, the message's date and id, and
/// where the finished message goes (a file, standard output, or the sendmail program).
struct MailOptions: ParsableArguments {
    @Flag(name: .customLong("attach-ics"), help: ArgumentHelp(l10n.text("Attach the visit's slots as an iCalendar file."))) var attachICS = false
    @Flag(name: .customLong("attach-pdf"), help: ArgumentHelp(l10n.text("Attach the programme as PDF (made by WeasyPrint or headless Chromium)."))) var attachPDF = false
    @Flag(help: ArgumentHelp(l10n.text("Hand the message to $VISITDESK_SENDMAIL or sendmail -t instead of writing it."))) var send = false

    var wantsMail: Bool { send || attachICS || attachPDF }

    func attachments(_ delegation: Delegation, readers: ReaderLanguages, store: RecordStore) throws -> [MailMessage.Attachment] {
        let catalog = store.catalog
        var pdf: (fileName: String, html: String)?
        if attachPDF {
            let layout = ProgrammeLayout(delegation: delegation, settings: catalog.settings, readers: readers, contact: catalog.contact(id:))
            pdf = ("\(delegation.id)-programme-\(readers.description.replacingOccurrences(of: "+", with: "-")).pdf", HTMLWriter.write(layout.body()))
        }
        return try DocumentAttachments.make(calendarOf: attachICS ? delegation : nil, programmePDF: pdf, catalog: catalog)
    }

    /// The message's moment: now, or 09:00 of a pinned `--today` so output is reproducible.
    func instant(_ options: StoreOptions, store: RecordStore) throws -> Date {
        let zone = store.catalog.settings.timezone
        return try options.today.map { _ in options.pinnedMorning(try options.todayDate(timeZone: zone), zone: zone) } ?? Date()
    }

    /// `Wed, 25 Nov 2026 09:00:00 +0100` (RFC 5322).
    static func date(_ instant: Date, zone: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: zone) ?? .current
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: instant)
    }

    static func messageID(_ delegation: Delegation, _ what: String) -> String {
        "visitdesk.\(delegation.id).\(what).\(UUID().uuidString.lowercased())@\(ProcessInfo.processInfo.hostName)"
    }

    /// Checks the destination, makes the attachments, builds the message (the closure throws the
    /// document error that names a missing address), then sends it or writes it.
    func deliver(
        _ delegation: Delegation, readers: ReaderLanguages, what: String, options: StoreOptions, store: RecordStore,
        out: String?, force: Bool,
        build: (_ date: String, _ messageID: String, _ attachments: [MailMessage.Attachment]) throws(DocumentError) -> MailMessage
    ) throws {
        if !send { try DocumentDestination.check(out, force: force, store: store) }
        let date = Self.date(try instant(options, store: store), zone: store.catalog.settings.timezone)
        let attachments = try attachments(delegation, readers: readers, store: store)
        let message: MailMessage
        do { message = try build(date, Self.messageID(delegation, what), attachments) } catch { throw CLIError(error.description) }
        let bytes = Array(message.rfc5322().utf8)
        if send {
            FileHandle.standardError.write(Data("visitdesk: \(l10n.text(try Sendmail.send(bytes, to: message)))\n".utf8))
        } else {
            try DocumentDestination.write(bytes, to: out, force: force, store: store)
        }
    }
}
