import VisitDeskDomain

/// A letter or a programme as a message to the delegation's lead, from and copied to its
/// coordinator (owner). Whoever lacks an address is named with the file and the line to add,
/// before anything is written.
public enum LetterMail {
    public static func message(
        _ letter: LetterTemplate.Letter, delegation: Delegation, language: DocumentLanguage,
        contact: (String) -> Contact?, date: String, messageID: String, attachments: [MailMessage.Attachment] = []
    ) throws(DocumentError) -> MailMessage {
        try message(subject: letter.subject, text: letter.body, html: html(letter, language: language), delegation: delegation,
                    contact: contact, date: date, messageID: messageID, attachments: attachments)
    }

    /// The programme itself as the mail: its text and its HTML as the two parts.
    public static func message(
        programme layout: ProgrammeLayout, contact: (String) -> Contact?, date: String, messageID: String,
        attachments: [MailMessage.Attachment] = []
    ) throws(DocumentError) -> MailMessage {
        let body = layout.body()
        return try message(subject: "\(layout.readers.say(Terms.programme)): \(layout.title)", text: TextWriter.write(body),
                           html: HTMLWriter.write(body), delegation: layout.delegation, contact: contact, date: date,
                           messageID: messageID, attachments: attachments)
    }

    static func message(
        subject: String, text: String, html: String, delegation: Delegation, contact: (String) -> Contact?,
        date: String, messageID: String, attachments: [MailMessage.Attachment]
    ) throws(DocumentError) -> MailMessage {
        let lead = try address(delegation.lead, role: "lead", field: "lead", of: delegation, contact: contact)
        let owner = try address(delegation.owner, role: "coordinator", field: "owner", of: delegation, contact: contact)
        return MailMessage(
            from: owner, to: [lead], cc: owner == lead ? [] : [owner], subject: subject, text: text,
            html: html, attachments: attachments, date: date, messageID: messageID)
    }

    private static func address(_ id: String?, role: String, field: String, of delegation: Delegation, contact: (String) -> Contact?) throws(DocumentError) -> MailMessage.Address {
        guard let id else {
            throw DocumentError("\(delegation.id) has no \(role): set `\(field) = \"<contact id>\"` in delegations/\(delegation.id).toml")
        }
        guard let person = contact(id) else {
            throw DocumentError("the \(role) of \(delegation.id), `\(id)`, is not in contacts: add contacts/\(id).toml with an email")
        }
        guard let email = person.emails.first(where: { $0.contains("@") }) else {
            throw DocumentError("\(person.name) (\(id)), the \(role) of \(delegation.id), has no email: add `emails = [\"…\"]` to contacts/\(id).toml")
        }
        // An address goes into a header as is: spaces, angle brackets or control characters would
        // break the header or smuggle another one in.
        guard email.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && !"<>,;\"".unicodeScalars.contains($0) }) else {
            throw DocumentError("\(person.name) (\(id)), the \(role) of \(delegation.id), has an email that cannot go in a mail header: fix `emails` in contacts/\(id).toml")
        }
        return MailMessage.Address(name: person.name, email: email)
    }

    /// The same letter as HTML: the text kept as written (the programme's indentation included),
    /// Chinese marked for the reader's font.
    static func html(_ letter: LetterTemplate.Letter, language: DocumentLanguage) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.htmlCode)">
        <head><meta charset="utf-8"><title>\(HTMLWriter.escape(letter.subject))</title></head>
        <body><div style="white-space: pre-wrap; font-family: sans-serif">\(HTMLWriter.text(letter.body, language))</div></body>
        </html>

        """
    }
}
