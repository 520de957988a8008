import VisitDeskDomain

/// Reads contacts from .vcf files other programs wrote: vCard 2.1 (old phones, Outlook),
/// 3.0 (Apple, Google) and 4.0, several cards a file. Nothing is written here; the caller shows
/// or stores the result.
public enum VCardImport {
    /// The contacts found, and a message for every card that could not be used (with its line).
    public static func contacts(from text: String) -> ImportRead {
        contacts(from: Array(text.utf8))
    }

    /// From a file's bytes: each property decoded on its own (see `ImportDecoder`);
    /// `encoding` is `--encoding`.
    public static func contacts(from bytes: [UInt8], encoding: TextCharset? = nil) -> ImportRead {
        var read = ImportRead(contacts: [], problems: [])
        self.read(ImportInput(bytes: bytes), encoding: encoding, into: &read)
        return read
    }

    /// Reads the input a chunk at a time and hands each card's contact, and each problem, to
    /// `receiver` as soon as the card ends: memory holds one card, not the file.
    public static func read(_ input: ImportInput, encoding: TextCharset? = nil, into receiver: inout some ImportReceiver) {
        let stream = ImportStream(input, override: encoding)
        VCardLines.detect(stream)
        let decoder = stream.decoder
        var cards = VCardCards()
        var physical = PhysicalLines(for: stream.sample, dropCR: true)
        var joiner = VCardLines.Joiner()
        func take(_ line: VCardLines.Logical) {
            if line.cut {
                cards.problem("line \(line.number): a property longer than 64 MB: left out", into: &receiver)
                return
            }
            switch VCardLines.parse(line.bytes, line: line.number, decoder: decoder) {
            case .success(let property): cards.take(property, decoder: decoder, into: &receiver)
            case .failure(let problem): cards.problem(problem.message, into: &receiver)
            case nil: break
            }
        }
        while let chunk = stream.next() {
            physical.feed(chunk) { joiner.add($0, number: $1, take) }
        }
        physical.finish { joiner.add($0, number: $1, take) }
        joiner.finish(take)
        if let failure = stream.failure { cards.problem("\(failure.description): read up to there", into: &receiver) }
        cards.finish(decoder: decoder, into: &receiver)
    }
}

/// Cards put together property by property. Problems before the first card wait: a file with
/// no card at all (a binary file, a CSV given to `import vcf`) gets one message, not one per line.
struct VCardCards {
    private var ids = ImportIDs()
    private var card: [VCardProperty]?
    private var cardLine = 0
    private var sawCard = false
    private var noteGiven = false
    private var waiting: [String] = []
    private var waitingDropped = 0

    mutating func problem(_ message: String, into receiver: inout some ImportReceiver) {
        if sawCard {
            receiver.problem(message)
        } else if waiting.count < 1_000 {
            waiting.append(message)
        } else {
            waitingDropped += 1
        }
    }

    mutating func take(_ property: VCardProperty, decoder: ImportDecoder, into receiver: inout some ImportReceiver) {
        switch (property.name, property.value.uppercased()) {
        case ("BEGIN", "VCARD"):
            if !sawCard {
                sawCard = true
                if let note = decoder.note { receiver.encodingNote(note) }
                waiting.forEach { receiver.problem($0) }
                if waitingDropped > 0 { receiver.problem("… and \(waitingDropped) more lines before the first card that could not be read") }
                waiting = []
            }
            if card != nil {
                receiver.problem("line \(cardLine): card is not closed by END:VCARD before line \(property.line): read up to there")
                finishCard(into: &receiver)
            }
            card = []
            cardLine = property.line
        case ("END", "VCARD"):
            if card == nil {
                problem("line \(property.line): END:VCARD without BEGIN:VCARD: ignored", into: &receiver)
            }
            finishCard(into: &receiver)
        default:
            if card != nil {
                card?.append(property)
            } else if property.name != "BEGIN" && property.name != "END" {
                problem("line \(property.line): \(property.name) outside a card: ignored", into: &receiver)
            }
        }
    }

    mutating func finish(decoder: ImportDecoder, into receiver: inout some ImportReceiver) {
        if card != nil {
            receiver.problem("line \(cardLine): the file ends inside a card (no END:VCARD): read what was there")
            finishCard(into: &receiver)
        }
        if !sawCard {
            receiver.problem("no vCard found (a card starts with BEGIN:VCARD)")
        }
    }

    private mutating func finishCard(into receiver: inout some ImportReceiver) {
        guard let properties = card else { return }
        card = nil
        guard var contact = VCardCard.contact(from: properties) else {
            receiver.problem("line \(cardLine): card has no name (FN or N) and no email: not imported")
            return
        }
        contact.id = ids.claim(contact.id)
        receiver.contact(ImportedContact(contact: contact, line: cardLine))
    }
}

/// Maps one card's properties onto a contact.
enum VCardCard {
    static func contact(from properties: [VCardProperty]) -> Contact? {
        var fullNames: [String] = []
        var nameParts: (family: String, given: String)?
        var phonetic = (family: "", given: "")
        var chineseName: String?
        var organisations: [String] = []
        var role: String?
        var uid: String?
        var fromVisitDesk = false
        var contact = Contact(id: "", name: "")
        let labels = VCardPhoneLabel.groupLabels(properties)

        for property in properties {
            let text = VCardText.unescape(property.value).replacing("\r\n", with: "\n")
            switch property.name {
            case "FN": fullNames.append(text)
            case "N":
                let parts = VCardText.components(property.value)
                nameParts = (parts.first ?? "", parts.count > 1 ? parts[1] : "")
            case "NICKNAME" where ChineseText.contains(text): chineseName = chineseName ?? text
            case "X-PHONETIC-LAST-NAME": phonetic.family = text
            case "X-PHONETIC-FIRST-NAME": phonetic.given = text
            case "ORG":
                let parts = VCardText.components(property.value).filter { !$0.isEmpty }
                if !parts.isEmpty { organisations.append(parts.joined(separator: ", ")) }
            case "TITLE": role = text
            case "ROLE": role = role ?? text
            case "TEL":
                let number = (text.lowercased().hasPrefix("tel:") ? String(text.dropFirst(4)) : text).trimmingCharacters(in: .whitespaces)
                if !number.isEmpty {
                    let label = VCardPhoneLabel.label(types: property.types, groupLabel: property.group.flatMap { labels[$0] })
                    contact.phones.append(PhoneLabel.join(label: label, number: number))
                }
            case "EMAIL":
                let address = text.lowercased().hasPrefix("mailto:") ? String(text.dropFirst(7)) : text
                if !address.isEmpty { contact.emails.append(address.trimmingCharacters(in: .whitespaces)) }
            case "X-WECHAT", "X-WEIXIN": if !text.isEmpty { contact.wechat = text }
            case "IMPP":
                let lower = text.lowercased()
                for scheme in ["weixin:", "wechat:", "x-wechat:", "x-weixin:"] where lower.hasPrefix(scheme) {
                    contact.wechat = String(text.dropFirst(scheme.count))
                }
            case "ADR":
                let parts = VCardText.components(property.value)
                if parts.count > 6, contact.country == nil { contact.country = CountryNames.code(for: parts[6]) }
            case "LANG": contact.languages.append(text.lowercased())
            case "X-VISITDESK-LANGUAGES": contact.languages += VCardText.list(property.value)
            case "X-VISITDESK-TOPICS": contact.topics += VCardText.list(property.value)
            case "X-VISITDESK-PINYIN": if !text.isEmpty { contact.pinyin = text }
            case "CATEGORIES": contact.tags += VCardText.list(property.value).map { RecordID.slug(from: $0, fallback: "tag") }
            case "NOTE": contact.notes = contact.notes.isEmpty ? text : contact.notes + "\n" + text
            case "UID": uid = text
            case "PRODID": fromVisitDesk = text.contains("VisitDesk")
            default: break
            }
        }

        // Names: the Latin one is required; Chinese characters go to name_zh wherever they were written.
        var latin = fullNames.first { !ChineseText.contains($0) && !$0.isEmpty }
        if let zh = fullNames.first(where: ChineseText.contains) { chineseName = chineseName ?? zh }
        if let parts = nameParts {
            let joined = PersonName.join(family: parts.family, given: parts.given)
            if ChineseText.contains(joined) { chineseName = chineseName ?? joined } else if latin == nil, !joined.isEmpty { latin = joined }
        }
        if latin == nil, !(phonetic.family + phonetic.given).isEmpty {
            latin = [phonetic.family, phonetic.given].filter { !$0.isEmpty }.joined(separator: " ")
        }
        let familyZh = nameParts.map(\.family).flatMap { ChineseText.contains($0) ? $0 : nil }
        if latin == nil, let zh = chineseName { latin = LatinName.from(chinese: zh, family: familyZh) }
        if latin == nil, let email = contact.emails.first { latin = String(email.prefix { $0 != "@" }) }
        guard let name = latin else { return nil }
        contact.name = name
        contact.nameZh = chineseName

        for org in organisations {
            if ChineseText.contains(org) { contact.organisationZh = contact.organisationZh ?? org }
            else { contact.organisation = contact.organisation ?? org }
        }
        contact.role = role
        if contact.country == nil, chineseName != nil, contact.phones.contains(where: { $0.hasPrefix("+86") }) {
            contact.country = "CN"
        }
        if fromVisitDesk, let uid, RecordID.isValid(uid) {
            contact.id = uid
        } else {
            contact.id = ImportIDs.slug(for: contact)
        }
        // Kept as text in the file, never used as a file name (the plan drops it where it is the id).
        contact.uid = uid.flatMap(ImportIDs.cleanUID)
        return contact
    }
}

/// vCard text values: `\,` `\;` `\n` `\\` escapes, `;`-separated components, `,`-separated lists.
enum VCardText {
    static func unescape(_ text: String) -> String {
        var out = ""
        var escaping = false
        for c in text {
            if escaping {
                switch c {
                case "n", "N": out.append("\n")
                default: out.append(c)
                }
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                out.append(c)
            }
        }
        if escaping { out.append("\\") }
        return out
    }

    /// Splits on separators that are not escaped, then unescapes each part.
    static func split(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaping = false
        for c in text {
            if escaping {
                current.append("\\")
                current.append(c)
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else if c == separator {
                parts.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current)
        return parts.map { unescape($0).trimmingCharacters(in: .whitespaces) }
    }

    static func components(_ text: String) -> [String] { split(text, on: ";") }

    static func list(_ text: String) -> [String] { split(text, on: ",").filter { !$0.isEmpty } }
}
