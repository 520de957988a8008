import Foundation
import VisitDeskDocuments
import VisitDeskDomain
import VisitDeskUI

/// Runs the preview's confirmed send: stamps the message with the time and an id, adds the
/// attachments asked for, and hands it to the sendmail program; the status bar says where it went
/// or why it did not. A background job (`StoreHooks.background`): an MTA may take its time.
enum MailEffect {
    /// The work for a mail effect; nil: not a mail effect.
    static func job(_ effect: Effect, catalog: Catalog) -> (@Sendable () -> [Action])? {
        guard case .sendMail(let message, let request) = effect else { return nil }
        return { [send(message, request, catalog: catalog)] }
    }

    static func send(_ message: MailMessage, _ request: MailAttachmentRequest, catalog: Catalog) -> Action {
        var message = message
        message.date = MailOptions.date(Date(), zone: catalog.settings.timezone)
        message.messageID = newMessageID()
        do {
            message.attachments = try attachments(request, catalog: catalog)
            return .say(try Sendmail.send(Array(message.rfc5322().utf8), to: message))
        } catch {
            return .say(Phrase("not sent: %s", CLIError.phrase(of: error)))
        }
    }

    static func attachments(_ request: MailAttachmentRequest, catalog: Catalog) throws -> [MailMessage.Attachment] {
        try DocumentAttachments.make(calendarOf: request.calendarOf.flatMap(catalog.delegation(id:)),
                                     programmePDF: request.programmePDF.map { ($0.fileName, $0.html) }, catalog: catalog)
    }

    static func newMessageID() -> String {
        "visitdesk.\(UUID().uuidString.lowercased())@\(ProcessInfo.processInfo.hostName)"
    }
}
