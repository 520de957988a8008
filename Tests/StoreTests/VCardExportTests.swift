import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// What an address book gets from `visitdesk export vcf`.
@Suite struct VCardExportTests {
    static let wang = Contact(
        id: "wang-fang", name: "Wang Fang", nameZh: "王芳", country: "CN",
        organisation: "Hebei Bureau of Commerce", organisationZh: "河北省商务厅", role: "Deputy director",
        phones: ["+86 138 0013 8000", "0311-8765 4321"], emails: ["wang.fang@example.cn"], wechat: "wangfang_hb",
        languages: ["zh", "en"], tags: ["delegation-lead"], notes: "Prefers WeChat; office hours 9-17, Beijing time")
    static let asa = Contact(
        id: "asa-oberg", name: "Åsa Öberg", country: "SE", organisation: "Dalarna Science Park",
        phones: ["072-039 01 71", "023-77 85 00"], topics: ["waste-water"])
    static let sanne = Contact(id: "sanne-de-vries", name: "Sanne de Vries", country: "NL")

    static func lines(_ text: String) -> [String] {
        text.replacing("\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func aChineseContactKeepsBothScripts() {
        let lines = Self.lines(VCardExport.cards([Self.wang]))
        #expect(lines.first == "BEGIN:VCARD")
        #expect(lines[1] == "VERSION:3.0")
        #expect(lines.last == "END:VCARD")
        for expected in [
            "UID:wang-fang", "FN:Wang Fang", "N:Wang;Fang;;;", "NICKNAME;LANGUAGE=zh:王芳",
            "ORG:Hebei Bureau of Commerce", "ORG;LANGUAGE=zh:河北省商务厅", "TITLE:Deputy director",
            "TEL;TYPE=CELL:+86 138 0013 8000", "TEL;TYPE=WORK,VOICE:+86 311 8765 4321",
            "EMAIL;TYPE=INTERNET:wang.fang@example.cn", "X-WECHAT:wangfang_hb", "ADR;TYPE=WORK:;;;;;;China",
            "X-VISITDESK-LANGUAGES:zh,en", "CATEGORIES:delegation-lead",
            "NOTE:Prefers WeChat\\; office hours 9-17\\, Beijing time",
        ] {
            #expect(lines.contains(expected), "\(expected)")
        }
    }

    @Test func swedishNumbersBecomeInternationalAndNamesSplitWesternStyle() {
        let lines = Self.lines(VCardExport.cards([Self.asa, Self.sanne]))
        #expect(lines.contains("N:Öberg;Åsa;;;"))
        #expect(lines.contains("TEL;TYPE=CELL:+46 72 039 01 71"))
        #expect(lines.contains("TEL;TYPE=WORK,VOICE:+46 23 77 85 00"))
        #expect(lines.contains("N:de Vries;Sanne;;;"))
        #expect(lines.filter { $0 == "BEGIN:VCARD" }.count == 2)
    }

    @Test func aNumberNotUnderstoodIsWrittenAsItIs() {
        let odd = Contact(id: "odd", name: "Odd Number", phones: ["ask reception"])
        #expect(Self.lines(VCardExport.cards([odd])).contains("TEL;TYPE=WORK,VOICE:ask reception"))
    }

    @Test func linesAreFoldedAndEndInCRLF() {
        let long = Contact(id: "long", name: "Long Notes", notes: String(repeating: "达拉纳科学园 Dalarna ", count: 20))
        let text = VCardExport.cards([long])
        for physical in text.components(separatedBy: "\r\n") { #expect(physical.utf8.count <= 75) }
        #expect(!text.replacing("\r\n", with: "").contains("\n"))
        #expect(VCardExport.cardFiles([Self.wang, Self.asa]).map(\.name) == ["wang-fang.vcf", "asa-oberg.vcf"])
    }

    @Test func ourOwnExportImportsBackUnchanged() throws {
        let demo = DemoStore.catalog(today: LocalDate(year: 2026, month: 11, day: 25)).contacts
        let result = VCardImport.contacts(from: VCardExport.cards(demo))
        #expect(result.problems == [])
        try #require(result.contacts.count == demo.count)
        for (back, original) in zip(result.contacts.map(\.contact), demo) {
            var expected = original
            // Phones come back in the international form the export writes.
            expected.phones = SmallList(original.phones.map { PhoneNumber($0, defaultCountry: original.country).international ?? $0 })
            // The card's UID is the id, which recognises the person on import (and is not stored twice).
            expected.uid = original.id
            #expect(back == expected)
        }
    }
}
