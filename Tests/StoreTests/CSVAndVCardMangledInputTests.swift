import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// Importers meet files damaged by mail clients, editors and bad exports. Whatever the bytes,
/// they must return, and everything they return must be storable: a valid id and a name.
@Suite struct CSVAndVCardMangledInputTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let troublemakers: [String] = [";", ":", ",", "\"", "=", "\\", "\r", "\n", "\r\n", " ", "\t", "张", "Å", "\u{0}", "\u{FEFF}", "=C3", "é"]

    static func mangle(_ text: String, seed: UInt64) -> String {
        var generator = Generator(state: seed)
        var characters = Array(text)
        for _ in 0..<Int.random(in: 1...12, using: &generator) {
            let index = Int.random(in: 0...characters.count, using: &generator)
            switch Int.random(in: 0..<3, using: &generator) {
            case 0 where index < characters.count: characters.remove(at: index)
            case 1: characters.insert(contentsOf: troublemakers.randomElement(using: &generator)!, at: index)
            default:
                let cut = Int.random(in: 0...characters.count, using: &generator)
                characters = Array(characters[..<cut])
            }
        }
        return String(characters)
    }

    static func expectStorable(_ contacts: [ImportedContact], _ context: String) {
        for imported in contacts {
            #expect(RecordID.isValid(imported.contact.id), "\(context): id \(imported.contact.id)")
            #expect(!imported.contact.name.trimmingCharacters(in: .whitespaces).isEmpty, "\(context)")
            #expect(imported.line >= 1)
        }
        #expect(Set(contacts.map(\.contact.id)).count == contacts.count, "\(context): ids unique")
    }

    @Test func mangledVCardsNeverCrashAndGiveStorableContacts() {
        let samples = [VCardImportTests.version21, VCardImportTests.apple30, VCardImportTests.version40]
        for seed in 0..<300 as Range<UInt64> {
            let text = Self.mangle(samples[Int(seed) % samples.count], seed: seed)
            Self.expectStorable(VCardImport.contacts(from: text).contacts, "vCard seed \(seed)")
        }
    }

    @Test func mangledCSVNeverCrashesAndGivesStorableContacts() {
        let samples = [CSVContactImportTests.swedishExcel, CSVContactImportTests.chineseList]
        for seed in 0..<300 as Range<UInt64> {
            let text = Self.mangle(samples[Int(seed) % samples.count], seed: seed)
            Self.expectStorable(CSVContactImport.contacts(from: text, mapping: nil).contacts, "CSV seed \(seed)")
        }
    }
}
