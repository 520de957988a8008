import VisitDeskDomain

/// Contacts as vCard 3.0 (RFC 2426): UTF-8, CRLF, folded lines — the version every address book
/// (Apple, Google, Outlook, Thunderbird, Android, khard) reads.
///
/// Choices where vCard 3.0 has no place for our fields:
/// - FN and N hold the Latin name; the Chinese name goes in NICKNAME, which every reader shows and
///   searches (3.0 allows a single FN, and X-PHONETIC-* would mean the reverse: the Latin
///   reading of a Chinese name).
/// - ORG is written twice: the Latin name first (what readers show), then `ORG;LANGUAGE=zh`.
/// - TEL holds the international form (`+46 72 039 01 71`) when the number is understood, so
///   it dials from a phone abroad — the coordinator on an outbound trip calling a host at home;
///   a number not understood is written as it is. TYPE is CELL for mobiles, else WORK,VOICE,
///   unless the number's label says fax, pager or home (`fax: +46 8 …`, see `PhoneLabel`).
/// - The country goes in the work address's country field; languages and hosting topics, which
///   no reader shows, in X-VISITDESK-LANGUAGES and X-VISITDESK-TOPICS so an import gets them back;
///   a person's own pinyin likewise in X-VISITDESK-PINYIN.
public enum VCardExport {
    public static let productID = "-//VisitDesk//EN"

    /// Every contact as one card, in the order given.
    public static func cards(_ contacts: [Contact]) -> String {
        contacts.map(card).joined()
    }

    /// One file per card, named `<id>.vcf`: the vdir layout khard and vdirsyncer use.
    public static func cardFiles(_ contacts: [Contact]) -> [(name: String, contents: String)] {
        contacts.map { ("\($0.id).vcf", card($0)) }
    }

    public static func card(_ contact: Contact) -> String {
        let text = ContentLine.escapeText
        var out = ContentLine.line("BEGIN", "VCARD") + ContentLine.line("VERSION", "3.0")
        out += ContentLine.line("PRODID", productID)
        // The UID another address book gave the person goes back to it, so their copy updates.
        out += ContentLine.line("UID", text(contact.uid ?? contact.id))
        out += ContentLine.line("FN", text(contact.name))
        let name = PersonName.split(contact.name, familyFirst: contact.side == .chinese)
        out += ContentLine.line("N", [name.family, name.given, "", "", ""].map(text).joined(separator: ";"))
        if let zh = contact.nameZh, !zh.isEmpty {
            out += ContentLine.line("NICKNAME", [("LANGUAGE", "zh")], text(zh))
        }
        if let org = contact.organisation, !org.isEmpty {
            out += ContentLine.line("ORG", text(org))
        }
        if let org = contact.organisationZh, !org.isEmpty {
            out += ContentLine.line("ORG", [("LANGUAGE", "zh")], text(org))
        }
        if let role = contact.role, !role.isEmpty {
            out += ContentLine.line("TITLE", text(role))
        }
        for written in contact.phones {
            let (label, number) = PhoneLabel.split(written)
            let phone = PhoneNumber(number, defaultCountry: contact.country)
            let type = PhoneLabel.vCardType(label: label, mobile: isMobile(phone))
            out += ContentLine.line("TEL", [("TYPE", type)], text(phone.international ?? number))
        }
        for email in contact.emails {
            out += ContentLine.line("EMAIL", [("TYPE", "INTERNET")], text(email))
        }
        if let wechat = contact.wechat, !wechat.isEmpty {
            out += ContentLine.line("X-WECHAT", text(wechat))
        }
        if let country = contact.country, !country.isEmpty {
            out += ContentLine.line("ADR", [("TYPE", "WORK")], ";;;;;;" + text(CountryNames.name(forCode: country)))
        }
        if !contact.languages.isEmpty {
            out += ContentLine.line("X-VISITDESK-LANGUAGES", ContentLine.textList(contact.languages))
        }
        if !contact.topics.isEmpty {
            out += ContentLine.line("X-VISITDESK-TOPICS", ContentLine.textList(contact.topics))
        }
        if let pinyin = contact.pinyin, !pinyin.isEmpty {
            out += ContentLine.line("X-VISITDESK-PINYIN", text(pinyin))
        }
        if !contact.tags.isEmpty {
            out += ContentLine.line("CATEGORIES", ContentLine.textList(contact.tags))
        }
        if !contact.notes.isEmpty {
            out += ContentLine.line("NOTE", text(contact.notes))
        }
        return out + ContentLine.line("END", "VCARD")
    }

    /// Swedish mobiles are `+46 7x…`, Chinese ones `+86 1[3-9]…` with 11 digits.
    static func isMobile(_ phone: PhoneNumber) -> Bool {
        guard let e164 = phone.e164 else { return false }
        if e164.hasPrefix("+467") { return true }
        if e164.hasPrefix("+861"), e164.count == 14, let third = e164.dropFirst(4).first, ("3"..."9").contains(third) {
            return true
        }
        return false
    }
}
