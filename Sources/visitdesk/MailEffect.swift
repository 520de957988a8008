import Foundation
import VisitDeskDocuments
import VisitDeskUI

/// Runs the preview's confirmed send: stamps the message with the time and an id, and hands it
/// to the sendmail program; the status bar says where it went or why it did not.
enum MailEffect {
    /// nil: not a mail effect.
    static func perform(_ effect: Effect, zone: String) -> [Action]? {
        guard case .sendMail(var message) = effect else { return nil }
        message.date = MailOptions.date(Date(), zone: zone)
        message.messageID = "visitdesk.\(UUID().uuidString.lowercased())@\(ProcessInfo.processInfo.hostName)"
        do {
            return [.message(try Sendmail.send(Array(message.rfc5322().utf8), to: message))]
        } catch {
            return [.message("not sent: \(error)")]
        }
    }
}
