import Foundation
import VisitDeskDomain

/// A person's name and organisation in the script the reader needs.
///
/// A Chinese reader gets `王芳`; a Latin-script reader gets `Wang Fang (王芳 Wáng Fāng)` — the
/// characters for the name card and the toned pinyin to say it; a pair gets both scripts once.
struct PersonNames {
    let readers: ReaderLanguages

    func name(_ contact: Contact) -> String {
        guard let zh = nonEmpty(contact.nameZh) else { return contact.name }
        let latin = contact.name == zh ? nil : contact.name
        switch (readers.readsChinese, readers.needsLatin) {
        case (true, false): return zh
        case (true, true): return latin.map { "\(zh) (\($0))" } ?? "\(zh) (\(contact.namePinyin ?? zh))"
        default:
            let pinyin = contact.namePinyin
            let inner = [zh, pinyin].compactMap { $0 }.joined(separator: " ")
            return latin.map { "\($0) (\(inner))" } ?? inner
        }
    }

    /// The organisation in the reader's script; a pair shows both when they differ.
    func organisation(latin: String?, chinese: String?) -> String? {
        bilingual(latin: nonEmpty(latin), chinese: nonEmpty(chinese))
    }

    /// A title or name written in both scripts, shown as the readers need it.
    func bilingual(latin: String?, chinese: String?) -> String? {
        guard let latin else { return chinese }
        guard let chinese, chinese != latin else { return latin }
        switch (readers.readsChinese, readers.needsLatin) {
        case (true, false): return chinese
        case (false, _): return latin
        case (true, true): return readers.primary == .zh ? "\(chinese) · \(latin)" : "\(latin) · \(chinese)"
        }
    }

    /// `Wang Fang (王芳 Wáng Fāng), Hebei Bureau of Commerce, +86 …, wang.fang@…`
    func card(_ contact: Contact) -> String {
        ([name(contact), contact.role, organisation(latin: contact.organisation, chinese: contact.organisationZh)]
            + [contact.phones.first, contact.emails.first])
            .compactMap(nonEmpty).joined(separator: ", ")
    }
}

func nonEmpty(_ text: String?) -> String? {
    guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
    return text
}
