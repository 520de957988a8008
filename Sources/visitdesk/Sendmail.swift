import Foundation
import VisitDeskDomain
import VisitDeskDocuments

/// Hands a finished message to the system's mail submission program: `$VISITDESK_SENDMAIL` (a
/// command line run by `/bin/sh`, e.g. `msmtp -t` or `ssh host sendmail -t`), else a local
/// `sendmail -t -i` (Postfix, Exim, msmtp-mta and nullmailer all provide one). Without either,
/// the message names a `mailto:` link and `--format eml` as the ways left.
enum Sendmail {
    /// Returns what to report: which program took the message for whom. Writes nothing itself,
    /// so the dashboard can call it with the screen in curses mode.
    @discardableResult
    static func send(_ bytes: [UInt8], to message: MailMessage) throws -> Phrase {
        let environment = ProcessInfo.processInfo.environment
        let command: [String]
        if let configured = environment["VISITDESK_SENDMAIL"], !configured.isEmpty {
            command = ["/bin/sh", "-c", configured]
        } else if let found = ["/usr/sbin/sendmail", "/usr/lib/sendmail"].first(where: FileManager.default.isExecutableFile(atPath:)) {
            command = [found, "-t", "-i"]
        } else {
            throw CLIError(Phrase("no sendmail-compatible program: set VISITDESK_SENDMAIL (for example `msmtp -t`), or install a local MTA; meanwhile write the message with --format eml --out FILE and open it in the mail client, or use %s", mailto(message)))
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        // Under the dashboard, a chatty MTA must not write over the screen.
        process.standardOutput = FileHandle.nullDevice
        do { try process.run() } catch { throw CLIError(Phrase("cannot run %s: %s", command.joined(separator: " "), error.localizedDescription)) }
        input.fileHandleForWriting.write(Data(bytes))
        try? input.fileHandleForWriting.close()
        let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CLIError(Phrase("%s refused the message (exit %s): %s", command.joined(separator: " "), process.terminationStatus, said.trimmingCharacters(in: .whitespacesAndNewlines)))
        }
        return Phrase("handed the message to %s for %s", command.joined(separator: " "), (message.to + message.cc).map(\.email).joined(separator: ", "))
    }

    /// A `mailto:` link with recipient, copy and subject (RFC 6068); the body would not fit a URL.
    static func mailto(_ message: MailMessage) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        let subject = message.subject.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        let cc = message.cc.map(\.email).joined(separator: ",")
        return "mailto:\(message.to.map(\.email).joined(separator: ","))?" + (cc.isEmpty ? "" : "cc=\(cc)&") + "subject=\(subject)"
    }
}
