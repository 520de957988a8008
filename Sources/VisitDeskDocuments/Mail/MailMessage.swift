import Foundation

/// An RFC 5322 message with MIME parts (RFC 2045–2047): a text and an HTML version of the same
/// letter, and attachments such as the visit's `.ics`. Every header that holds non-ASCII text is
/// an encoded word, every body part is UTF-8 in base64, lines end in CRLF — what Thunderbird,
/// Outlook, mutt and `sendmail -t` all accept.
public struct MailMessage: Sendable, Hashable {
    public struct Address: Sendable, Hashable {
        public var name: String
        public var email: String
        public init(name: String, email: String) {
            self.name = name
            self.email = email
        }
    }

    public struct Attachment: Sendable, Hashable {
        public var fileName: String
        /// Full media type with parameters, e.g. `text/calendar; charset=utf-8; method=PUBLISH`.
        public var contentType: String
        public var bytes: [UInt8]
        public init(fileName: String, contentType: String, bytes: [UInt8]) {
            self.fileName = fileName
            self.contentType = contentType
            self.bytes = bytes
        }
    }

    public var from: Address
    public var to: [Address]
    public var cc: [Address]
    public var subject: String
    public var text: String
    public var html: String
    public var attachments: [Attachment]
    /// RFC 5322 date (`Thu, 13 Jul 2017 09:00:00 +0200`), given by the caller: this module reads no clock.
    public var date: String
    /// Without angle brackets: `visitdesk.…@host`.
    public var messageID: String

    public init(from: Address, to: [Address], cc: [Address] = [], subject: String, text: String, html: String,
                attachments: [Attachment] = [], date: String, messageID: String) {
        self.from = from
        self.to = to
        self.cc = cc
        self.subject = subject
        self.text = text
        self.html = html
        self.attachments = attachments
        self.date = date
        self.messageID = messageID
    }

    /// The message as bytes for a `.eml` file or `sendmail -t`.
    public func rfc5322() -> String {
        let mixed = "=_visitdesk_mixed_" + boundarySeed
        let alternative = "=_visitdesk_alt_" + boundarySeed
        var headers = [
            "From: " + MailHeader.address(from),
            "To: " + to.map(MailHeader.address).joined(separator: ",\r\n "),
        ]
        if !cc.isEmpty { headers.append("Cc: " + cc.map(MailHeader.address).joined(separator: ",\r\n ")) }
        headers += [
            "Subject: " + MailHeader.encoded(subject, after: "Subject: ".count),
            "Date: " + date,
            "Message-ID: <\(messageID)>",
            "MIME-Version: 1.0",
            "X-Mailer: VisitDesk",
        ]
        var alternativePart = "Content-Type: multipart/alternative; boundary=\"\(alternative)\"\r\n\r\n"
        alternativePart += "--\(alternative)\r\n" + Self.part("text/plain; charset=utf-8", Array(crlf(text).utf8))
        alternativePart += "--\(alternative)\r\n" + Self.part("text/html; charset=utf-8", Array(crlf(html).utf8))
        alternativePart += "--\(alternative)--\r\n"
        guard !attachments.isEmpty else {
            return headers.joined(separator: "\r\n") + "\r\n" + alternativePart
        }
        var message = headers.joined(separator: "\r\n") + "\r\nContent-Type: multipart/mixed; boundary=\"\(mixed)\"\r\n\r\n"
        message += "This is a message in MIME format.\r\n"
        message += "--\(mixed)\r\n" + alternativePart
        for attachment in attachments {
            let name = MailHeader.parameter(attachment.fileName)
            message += "--\(mixed)\r\n" + Self.part("\(attachment.contentType); name=\(name)", attachment.bytes, disposition: "attachment; filename=\(name)")
        }
        return message + "--\(mixed)--\r\n"
    }

    /// Boundaries must not occur in the parts; base64 text never contains `=_`, so any seed works.
    private var boundarySeed: String { String(messageID.utf8.reduce(UInt64(5381)) { ($0 &* 33) ^ UInt64($1) }, radix: 36) }

    private static func part(_ contentType: String, _ bytes: [UInt8], disposition: String? = nil) -> String {
        var part = "Content-Type: \(contentType)\r\nContent-Transfer-Encoding: base64\r\n"
        if let disposition { part += "Content-Disposition: \(disposition)\r\n" }
        let encoded = Data(bytes).base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return part + "\r\n" + encoded + "\r\n"
    }

    private func crlf(_ text: String) -> String {
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
    }
}

/// Header values: encoded words for non-ASCII text (RFC 2047), quoted names, folded lines.
enum MailHeader {
    /// `=?UTF-8?B?…?=` words of at most 75 characters each, split between characters (never inside
    /// one, which some readers show as garbage), folded onto continuation lines.
    static func encoded(_ text: String, after used: Int = 0) -> String {
        let clean = text.filter { !$0.isNewline }
        guard !clean.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) || clean.count + used > 76 else { return clean }
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in clean {
            let bytes = Array(String(character).utf8)
            // 12 characters of `=?UTF-8?B?` and `?=`; base64 makes 4 of every 3 bytes: 45 bytes → 60.
            if chunk.count + bytes.count > 45 {
                words.append(word(chunk))
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append(word(chunk)) }
        return words.joined(separator: "\r\n ")
    }

    private static func word(_ bytes: [UInt8]) -> String { "=?UTF-8?B?\(Data(bytes).base64EncodedString())?=" }

    static func address(_ address: MailMessage.Address) -> String {
        let name = address.name.filter { !$0.isNewline }
        guard !name.isEmpty else { return "<\(address.email)>" }
        if name.unicodeScalars.allSatisfy({ $0.isASCII }) {
            let special = name.contains { "()<>[]:;@\\,.\"".contains($0) }
            return (special ? "\"\(name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\"" : name) + " <\(address.email)>"
        }
        return encoded(name) + " <\(address.email)>"
    }

    /// A file name parameter: quoted ASCII, or an encoded word for anything else.
    static func parameter(_ value: String) -> String {
        value.unicodeScalars.allSatisfy({ $0.isASCII && $0 != "\"" }) ? "\"\(value)\"" : "\"\(encoded(value))\""
    }
}
