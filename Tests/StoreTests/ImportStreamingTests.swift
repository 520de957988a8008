import Foundation
import Testing
@testable import VisitDeskStore

/// Imports read a file a chunk at a time: what they find must not depend on where a chunk ends.
@Suite struct ImportStreamingTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/imports")

    static func read(_ bytes: [UInt8], csv: Bool, chunk: Int, encoding: TextCharset? = nil) -> ImportRead {
        var read = ImportRead(contacts: [], problems: [])
        let input = ImportInput(bytes: bytes, chunkSize: chunk)
        if csv {
            CSVContactImport.read(input, encoding: encoding, mapping: nil, into: &read)
        } else {
            VCardImport.read(input, encoding: encoding, into: &read)
        }
        return read
    }

    static func expectSame(_ a: ImportRead, _ b: ImportRead, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.contacts == b.contacts, "\(what)", sourceLocation: sourceLocation)
        #expect(a.problems == b.problems, "\(what)", sourceLocation: sourceLocation)
        #expect(a.encodingNote == b.encodingNote, "\(what)", sourceLocation: sourceLocation)
    }

    @Test("every import fixture reads the same with 7-byte, 64-byte and 1 MB chunks")
    func fixturesWhateverTheChunkSize() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.path)
            .filter { $0.hasSuffix(".csv") || $0.hasSuffix(".vcf") }.sorted()
        try #require(names.count >= 10)
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
            let csv = name.hasSuffix(".csv")
            let whole = Self.read(bytes, csv: csv, chunk: 1 << 20)
            #expect(!whole.contacts.isEmpty || !whole.problems.isEmpty, "\(name)")
            for chunk in [7, 64, 1, 2, 3] {
                Self.expectSame(Self.read(bytes, csv: csv, chunk: chunk), whole, "\(name) in \(chunk)-byte chunks")
            }
        }
    }

    @Test("a quoted CSV cell with line breaks is one cell wherever the chunks end, and the next row keeps its line")
    func quotedNewlinesAcrossChunks() {
        let text = "Name,Notes,Phone\r\nÅsa Berg,\"first line\r\nsecond \"\"quoted\"\"\r\nthird\",070-123 45 67\r\n王芳,plain,+86 138 0013 8000\r\n"
        let bytes = Array(text.utf8)
        for chunk in 1...bytes.count {
            let read = Self.read(bytes, csv: true, chunk: chunk)
            #expect(read.problems == [], "chunk \(chunk)")
            #expect(read.contacts.map(\.contact.notes) == ["first line\r\nsecond \"quoted\"\r\nthird", "plain"], "chunk \(chunk)")
            #expect(read.contacts.map(\.line) == [2, 5], "chunk \(chunk)")
        }
    }

    @Test("a folded line, a quoted-printable soft break and CR CR LF line ends survive every chunk boundary")
    func vCardFoldsAcrossChunks() {
        let card = "BEGIN:VCARD\r\r\nVERSION:2.1\r\r\nFN:Zhou\r\r\n  Jie\r\r\nN;CHARSET=UTF-8:周;杰\r\r\n"
            + "NOTE;ENCODING=QUOTED-PRINTABLE:=E5=91=A8 is=\r\r\n the family=\r\r\n name\r\r\nTEL;CELL:+86 138 0013 8000\r\r\nEND:VCARD\r\r\n"
        let bytes = Array(card.utf8)
        let whole = Self.read(bytes, csv: false, chunk: 1 << 20)
        let contact = whole.contacts.first?.contact
        #expect(contact?.name == "Zhou Jie")
        #expect(contact?.notes == "周 is the family name")
        for chunk in 1...bytes.count {
            Self.expectSame(Self.read(bytes, csv: false, chunk: chunk), whole, "chunk \(chunk)")
        }
    }

    @Test("UTF-16 with a surrogate pair split by a chunk reads whole")
    func utf16AcrossChunks() {
        let text = "Name,Notes\r\n王芳,𠀀 rare character\r\n"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        for chunk in [1, 2, 3, 5, 7, 64] {
            let read = Self.read(bytes, csv: true, chunk: chunk)
            #expect(read.contacts.first?.contact.notes == "𠀀 rare character", "chunk \(chunk)")
            #expect(read.encodingNote == "UTF-16 text (byte-order mark): read as UTF-16LE", "chunk \(chunk)")
        }
    }

    @Test("20,000 generated rows and cards are all read, each with its own line")
    func largeImportsAreComplete() {
        let rows = 20_000
        let csv = "Namn;E-post;Telefon\n" + (1...rows).map { "Person \($0);p\($0)@example.se;070-\($0)" }.joined(separator: "\n")
        let csvRead = Self.read(Array(csv.utf8), csv: true, chunk: 4096)
        #expect(csvRead.problems == [])
        #expect(csvRead.contacts.count == rows)
        #expect(csvRead.contacts.last?.contact.emails == ["p20000@example.se"])
        #expect(csvRead.contacts.last?.line == rows + 1)
        let vcf = (1...rows).map { "BEGIN:VCARD\nVERSION:3.0\nFN:Person \($0)\nEMAIL:p\($0)@example.se\nEND:VCARD\n" }.joined()
        let vcfRead = Self.read(Array(vcf.utf8), csv: false, chunk: 4096)
        #expect(vcfRead.problems == [])
        #expect(vcfRead.contacts.count == rows)
        #expect(vcfRead.contacts.last?.line == (rows - 1) * 5 + 1)
    }

    @Test("a damaged card late in a long file is reported with its own line, the cards around it read")
    func lateDamageKeepsItsLineNumber() {
        let good = (1...3_000).map { "BEGIN:VCARD\r\nFN:Åsa \($0)\r\nEMAIL:p\($0)@example.se\r\nEND:VCARD\r\n" }.joined()
        var bytes = Array(good.utf8)
        // Card 3,001 starts on line 12,001; its FN holds a byte that is no UTF-8 (line 12,002).
        bytes += Array("BEGIN:VCARD\r\nFN:Bad ".utf8) + [0xFF, 0xFE] + Array("\r\nEMAIL:bad@example.se\r\nEND:VCARD\r\n".utf8)
        bytes += Array("BEGIN:VCARD\r\nFN:After\r\nEND:VCARD\r\n".utf8)
        for chunk in [1_000, 65_536, 1 << 20] {
            let read = Self.read(bytes, csv: false, chunk: chunk)
            #expect(read.contacts.count == 3_002, "chunk \(chunk)")
            #expect(read.problems == ["line 12002: FN is not valid UTF-8 text: left out (choose the file's encoding with --encoding)"], "chunk \(chunk)")
            #expect(read.contacts.last?.line == 12_005)
            #expect(read.encodingNote?.hasPrefix("UTF-8 text with 1 damaged line") == true)
        }
    }
}
