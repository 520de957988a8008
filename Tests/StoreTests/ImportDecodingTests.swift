import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// Bytes in the charsets contact files arrive in, read per property and per line.
@Suite struct ImportDecodingTests {
    static func bytes(_ text: String, _ encoding: String.Encoding) -> [UInt8] { Array(text.data(using: encoding)!) }

    static func card(_ properties: [UInt8]) -> [UInt8] {
        Array("BEGIN:VCARD\r\nVERSION:2.1\r\n".utf8) + properties + Array("END:VCARD\r\n".utf8)
    }

    @Test func declaredCharsetsAreReadPerProperty() throws {
        let big5: [UInt8] = Array("FN;CHARSET=BIG5:".utf8) + [0xB3, 0xAF, 0xC0, 0x52] + [0x0D, 0x0A]     // 陳靜
        let sjis: [UInt8] = Array("ORG;CHARSET=Shift_JIS:".utf8) + [0x93, 0x8C, 0x8B, 0x9E] + [0x0D, 0x0A]  // 東京
        let latin9: [UInt8] = Array("NOTE;CHARSET=ISO-8859-15:".utf8) + [0x31, 0x30, 0x20, 0xA4] + [0x0D, 0x0A]  // 10 €
        let utf8 = Array("TITLE:Section chief — 处长\r\n".utf8)
        let read = VCardImport.contacts(from: Self.card(big5 + sjis + latin9 + utf8), )
        #expect(read.problems == [])
        let contact = try #require(read.contacts.first?.contact)
        #expect(contact.nameZh == "陳靜")
        #expect(contact.organisationZh == "東京")
        #expect(contact.notes == "10 €")
        #expect(contact.role == "Section chief — 处长")
    }

    @Test func oneBadPropertyIsLeftOutAndReportedTheRestKept() throws {
        let text = Array("FN:Zhou Jie\r\nNICKNAME:周杰\r\nORG:Bad ".utf8) + [0xFF]
            + Array("\r\nEMAIL:zj@example.cn\r\nTEL;CHARSET=KLINGON:".utf8) + [0xA4, 0x0D, 0x0A]
        let read = VCardImport.contacts(from: Self.card(text), )
        #expect(read.problems.count == 2)
        #expect(read.problems.first == "line 5: ORG is not valid UTF-8 text: left out (choose the file's encoding with --encoding)")
        #expect(read.problems.last?.hasPrefix("line 7: TEL declares CHARSET=KLINGON, which VisitDesk does not know: left out") == true)
        let contact = try #require(read.contacts.first?.contact)
        #expect(contact.nameZh == "周杰")
        #expect(contact.organisation == nil)
        #expect(contact.emails == ["zj@example.cn"])
    }

    @Test func undeclaredFilesAreDetectedAsGB18030OrWindows1252() {
        let gbk = Self.bytes("姓名,单位\r\n张伟,河北省商务厅\r\n", String.Encoding(rawValue: 0x8000_0632))
        let gbkRead = CSVContactImport.contacts(from: gbk, mapping: nil)
        #expect(gbkRead.contacts.first?.contact.nameZh == "张伟")
        #expect(gbkRead.encodingNote?.contains("GB18030 (detected") == true)

        // `Namn;Företag`, `Åsa Öberg;Dalälven` as Swedish Excel saves them.
        let swedish: [UInt8] = [0x4E, 0x61, 0x6D, 0x6E, 0x3B, 0x46, 0xF6, 0x72, 0x65, 0x74, 0x61, 0x67, 0x0D, 0x0A]
            + [0xC5, 0x73, 0x61, 0x20, 0xD6, 0x62, 0x65, 0x72, 0x67, 0x3B, 0x44, 0x61, 0x6C, 0xE4, 0x6C, 0x76, 0x65, 0x6E, 0x0D, 0x0A]
        let swedishRead = CSVContactImport.contacts(from: swedish, mapping: nil)
        #expect(swedishRead.contacts.first?.contact.name == "Åsa Öberg")
        #expect(swedishRead.contacts.first?.contact.organisation == "Dalälven")
        #expect(swedishRead.encodingNote?.contains("Windows-1252 (detected") == true)
    }

    @Test func utf16WithAByteOrderMarkAndTheOverride() {
        let utf16 = [0xFF, 0xFE] + Self.bytes("Name,Phone\r\n王芳,+86 138 0013 8000\r\n", .utf16LittleEndian)
        let read = CSVContactImport.contacts(from: utf16, mapping: nil)
        #expect(read.contacts.first?.contact.nameZh == "王芳")
        #expect(read.encodingNote == "UTF-16 text (byte-order mark): read as UTF-16LE")

        let latin1 = Self.bytes("Name\r\nNils Grön\r\n", .isoLatin1)
        let forced = CSVContactImport.contacts(from: latin1, encoding: .latin1, mapping: nil)
        #expect(forced.contacts.first?.contact.name == "Nils Grön")
        #expect(TextCharset(named: "gbk") == .gb18030 && TextCharset(named: "cp1252") == .windows1252 && TextCharset(named: "x") == nil)
    }

    @Test func aUTF8FileWithOneBadLineKeepsEveryOtherLineAsUTF8() {
        let bytes = Array("Name,Organisation\r\nÅsa Öberg,Dalälven\r\nWang Fang,".utf8) + [0xFF, 0xFE] + Array("\r\nZhang Wei,河北\r\n".utf8)
        let read = CSVContactImport.contacts(from: bytes, mapping: nil)
        #expect(read.contacts.map(\.contact.name) == ["Åsa Öberg", "Wang Fang", "Zhang Wei"])
        #expect(read.contacts.last?.contact.organisationZh == "河北")
        #expect(read.problems.count == 1 && read.problems[0].hasPrefix("line 3: not valid UTF-8 text"))
    }
}
