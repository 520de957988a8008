import Foundation
import VisitDeskDomain

/// A contact read from another program's file, not yet in the store: the caller decides whether
/// to create it (`--dry-run` shows it), and never overwrites an existing id without `--update`.
public struct ImportedContact: Hashable, Sendable {
    /// The contact, with a proposed id: from the name (`RecordID.slug`), or the card's UID when
    /// the card came from VisitDesk itself. Unique within one import.
    public var contact: Contact
    /// 1-based line in the source file where the card or row starts, for messages.
    public var line: Int

    public init(contact: Contact, line: Int) {
        self.contact = contact
        self.line = line
    }
}

/// Gives each imported contact an id no other contact of the same import has
/// (`wang-fang`, `wang-fang-2`, …).
struct ImportIDs {
    private var taken: Set<String> = []

    mutating func claim(_ proposed: String) -> String {
        var id = proposed
        var n = 2
        while taken.contains(id) {
            id = "\(proposed)-\(n)"
            n += 1
        }
        taken.insert(id)
        return id
    }

    /// A UID as another program wrote it, fit to keep as text: trimmed, without control
    /// characters, at most 200 characters; nil when nothing is left.
    static func cleanUID(_ uid: String) -> String? {
        let clean = String(uid.unicodeScalars.filter { !$0.properties.generalCategory.isControlLike }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
        guard !clean.isEmpty, clean.count <= 200 else { return nil }
        return clean
    }

    /// An id from the Latin name (pinyin for a card that only had 张伟, so `zhang-wei`).
    static func slug(for contact: Contact) -> String {
        RecordID.slug(from: contact.name, fallback: "contact")
    }
}

/// Where a streaming read (`VCardImport.read`, `CSVContactImport.read`) delivers what it finds,
/// in file order, one person at a time: the caller decides, prints and forgets each before the
/// next is read.
public protocol ImportReceiver {
    /// How the file's bytes are read, when that is not plain UTF-8; before any contact.
    mutating func encodingNote(_ note: String)
    /// A card, row, line or property that could not be read, naming its line.
    mutating func problem(_ message: String)
    mutating func contact(_ item: ImportedContact)
}

/// What reading one import file gave: the contacts, and everything that could not be read.
public struct ImportRead: Sendable, ImportReceiver {
    public var contacts: [ImportedContact]
    /// One message per card, row, line or property that could not be read, each naming its
    /// line; shown to the user, and any of them makes the import exit with 1.
    public var problems: [String]
    /// How the file's bytes were read, when that was not plain UTF-8.
    public var encodingNote: String?

    public init(contacts: [ImportedContact], problems: [String], encodingNote: String? = nil) {
        self.contacts = contacts
        self.problems = problems
        self.encodingNote = encodingNote
    }

    public mutating func encodingNote(_ note: String) { encodingNote = note }
    public mutating func problem(_ message: String) { problems.append(message) }
    public mutating func contact(_ item: ImportedContact) { contacts.append(item) }
}

private extension Unicode.GeneralCategory {
    var isControlLike: Bool { self == .control || self == .format || self == .lineSeparator || self == .paragraphSeparator }
}
