import Foundation
import VisitDeskDomain

/// The delegation's people for the host's reception and name cards: the lead first in the
/// delegation's own order, or sorted as the host asks — by pinyin (the order of a Chinese
/// list), or by organisation.
public struct NameList {
    public enum Order: String, CaseIterable, Sendable { case delegation, pinyin, organisation }

    public struct Person: Sendable, Equatable {
        public var id: String
        public var name: String
        public var nameZh: String
        public var pinyin: String
        public var organisation: String
        public var organisationZh: String
        public var role: String
    }

    public let delegation: Delegation
    public let people: [Person]
    /// Ids the delegation names that are not contacts: listed as they are, so nobody is left off.
    public let missing: [String]

    public init(delegation: Delegation, order: Order, contact: (String) -> Contact?) {
        self.delegation = delegation
        var seen = Set<String>()
        let ids = ([delegation.lead].compactMap { $0 } + delegation.members).filter { seen.insert($0).inserted }
        var people: [Person] = []
        var missing: [String] = []
        for id in ids {
            guard let c = contact(id) else {
                missing.append(id)
                people.append(Person(id: id, name: id, nameZh: "", pinyin: "", organisation: "", organisationZh: "", role: ""))
                continue
            }
            people.append(Person(id: id, name: c.name, nameZh: c.nameZh ?? "", pinyin: c.namePinyin ?? "",
                                 organisation: c.organisation ?? "", organisationZh: c.organisationZh ?? "", role: c.role ?? ""))
        }
        self.missing = missing
        switch order {
        case .delegation: self.people = people
        case .pinyin: self.people = people.sorted { Self.key($0) < Self.key($1) }
        case .organisation:
            self.people = people.sorted { (Self.fold($0.organisation), Self.key($0)) < (Self.fold($1.organisation), Self.key($1)) }
        }
    }

    /// Toneless pinyin (`wang fang`), else the Latin name, folded: the order of a pinyin index.
    private static func key(_ person: Person) -> String { fold(person.pinyin.isEmpty ? person.name : person.pinyin) }

    private static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX"))
    }

    /// A table in the readers' languages; organisations in the script they read.
    public func body(readers: ReaderLanguages) -> DocumentBody {
        let names = PersonNames(readers: readers)
        let title = names.bilingual(latin: nonEmpty(delegation.title), chinese: nonEmpty(delegation.titleZh)) ?? delegation.id
        var blocks: [Block] = [.subtitle(readers.say(Terms.nameList))]
        if people.isEmpty {
            blocks.append(.paragraph(readers.say(Terms.nobody, separator: " ")))
        } else {
            let header = [Terms.name, Terms.chineseName, Terms.pinyin, Terms.organisation, Terms.role].map { readers.say($0, separator: " / ") }
            let rows = people.map { p in
                [p.name, p.nameZh, p.pinyin, names.organisation(latin: p.organisation, chinese: p.organisationZh) ?? "", p.role]
            }
            blocks.append(.table(header: header, rows: rows))
        }
        if !missing.isEmpty {
            blocks.append(.paragraph("\(missing.joined(separator: ", ")): \(readers.say(Terms.notInContacts, separator: " / "))"))
        }
        return DocumentBody(language: readers.primary, title: title, blocks: blocks)
    }

    /// RFC 4180 CSV with a UTF-8 byte-order mark, which Excel needs to read Chinese correctly
    /// (LibreOffice and Python's `utf-8-sig` accept it).
    public func csv() -> String {
        let header = ["name", "name_zh", "pinyin", "organisation", "organisation_zh", "role"]
        let rows = people.map { [$0.name, $0.nameZh, $0.pinyin, $0.organisation, $0.organisationZh, $0.role] }
        return "\u{FEFF}" + ([header] + rows).map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    private static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
