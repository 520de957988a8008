import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// Cards as other programs write them, typed in the shapes those programs really produce.
@Suite struct VCardImportTests {
    /// An old Nokia / Outlook 2003 export: vCard 2.1, bare TYPE values, quoted-printable UTF-8
    /// with a soft line break in the middle of a multi-byte letter.
    static let version21 = """
    BEGIN:VCARD
    VERSION:2.1
    N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96berg;=C3=85sa;;;
    FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=85sa =C3=96berg
    ORG;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Dalarna Science Park;Internationella f=C3=
    =B6rbindelser
    TEL;CELL;PREF:072-039 01 72
    TEL;WORK;VOICE:023-77 85 00
    EMAIL;INTERNET:asa.oberg@example.se
    NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:Tr=C3=A4ffas b=C3=A4st p=C3=A5 f=C3=B6rmiddagen.=0D=0A=
    Ring f=C3=B6rst.
    END:VCARD

    """.replacing("\n", with: "\r\n")

    /// Apple Contacts: vCard 3.0, grouped properties (item1.TEL with an X-ABLabel), TYPE in
    /// repeated parameters, a Chinese name with phonetic fields, a folded NOTE.
    static let apple30 = """
    BEGIN:VCARD
    VERSION:3.0
    PRODID:-//Apple Inc.//iPhone OS 17.4//EN
    N:张;伟;;;
    FN:张伟
    X-PHONETIC-FIRST-NAME:Wei
    X-PHONETIC-LAST-NAME:Zhang
    ORG:河北省商务厅;外资处
    TITLE:Section chief
    item1.TEL;type=CELL;type=VOICE;type=pref:+86 139 3110 2288
    item1.X-ABLabel:_$!<Mobile>!$_
    item2.TEL;type=WORK:0311-8765 4321
    EMAIL;type=INTERNET;type=WORK;type=pref:zhangwei@example.cn
    item3.ADR;type=WORK;type=pref:;;Weiming Road 1;Shijiazhuang;Hebei;050000;China
    NOTE:Met at the Hebei partnership meeting\\, spring. Interested in sludge tre
     atment and composting.
    UID:5B1F2C4E-9A77-4C8F-8C2D-3E1A0F0B7E11
    END:VCARD
    BEGIN:VCARD
    VERSION:3.0
    N:Björk;Mikael;;;
    FN:Mikael Björk
    ORG:Biogas Dalarna AB;
    TEL;type=CELL;type=VOICE:070-544 19 88
    CATEGORIES:Biogas,Exporter
    END:VCARD

    """.replacing("\n", with: "\r\n")

    /// A vCard 4.0 card (RFC 6350): quoted comma-separated TYPE, tel: URIs, LANG, two FNs.
    static let version40 = """
    BEGIN:VCARD
    VERSION:4.0
    KIND:individual
    FN:Chen Jing
    FN;LANGUAGE=zh:陈静
    N:Chen;Jing;;;
    ORG:Shanxi Department of Ecology and Environment
    TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:+86-186-3510-4477
    EMAIL;TYPE=work:chenjing@example.cn
    IMPP;PREF=1:weixin:chenjing_sx
    LANG;PREF=1:zh
    LANG;PREF=2:en
    END:VCARD
    """

    @Test func readsQuotedPrintableVersion21() throws {
        let result = VCardImport.contacts(from: Self.version21)
        #expect(result.problems == [])
        let asa = try #require(result.contacts.first?.contact)
        #expect(asa.name == "Åsa Öberg")
        #expect(asa.id == "asa-oberg")
        #expect(asa.organisation == "Dalarna Science Park, Internationella förbindelser")
        #expect(asa.phones == ["072-039 01 72", "023-77 85 00"])
        #expect(asa.emails == ["asa.oberg@example.se"])
        #expect(asa.notes == "Träffas bäst på förmiddagen.\nRing först.")
        #expect(result.contacts.first?.line == 1)
    }

    @Test func readsAppleCardsWithGroupsAndChineseNames() throws {
        let result = VCardImport.contacts(from: Self.apple30)
        #expect(result.problems == [])
        try #require(result.contacts.count == 2)
        let zhang = result.contacts[0].contact
        #expect(zhang.name == "Zhang Wei", "the phonetic fields give the Latin name")
        #expect(zhang.nameZh == "张伟")
        #expect(zhang.id == "zhang-wei", "a foreign UID is not an id")
        #expect(zhang.organisationZh == "河北省商务厅, 外资处")
        #expect(zhang.organisation == nil)
        #expect(zhang.country == "CN")
        #expect(zhang.phones == ["+86 139 3110 2288", "0311-8765 4321"])
        #expect(zhang.notes == "Met at the Hebei partnership meeting, spring. Interested in sludge treatment and composting.")
        let mikael = result.contacts[1].contact
        #expect(mikael.name == "Mikael Björk")
        #expect(mikael.organisation == "Biogas Dalarna AB")
        #expect(mikael.tags == ["biogas", "exporter"])
        #expect(result.contacts[1].line == 19)
    }

    @Test func readsVersion40() throws {
        let result = VCardImport.contacts(from: Self.version40)
        #expect(result.problems == [])
        let chen = try #require(result.contacts.first?.contact)
        #expect(chen.name == "Chen Jing")
        #expect(chen.nameZh == "陈静")
        #expect(chen.phones == ["+86-186-3510-4477"])
        #expect(chen.wechat == "chenjing_sx")
        #expect(chen.languages == ["zh", "en"])
    }

    @Test func aCardWithOnlyNOrOnlyChineseGetsALatinName() throws {
        let onlyN = "BEGIN:VCARD\nVERSION:3.0\nN:Sjöberg;Erik;;;\nEND:VCARD\n"
        #expect(VCardImport.contacts(from: onlyN).contacts.first?.contact.name == "Erik Sjöberg")
        let onlyHanzi = "BEGIN:VCARD\nVERSION:3.0\nFN:王芳\nEND:VCARD\n"
        let wang = try #require(VCardImport.contacts(from: onlyHanzi).contacts.first?.contact)
        #expect(wang.name == "Wang Fang")
        #expect(wang.nameZh == "王芳")
        #expect(wang.id == "wang-fang")
    }

    @Test func sameNamesGetDistinctIds() {
        let twice = "BEGIN:VCARD\nFN:Li Na\nEND:VCARD\nBEGIN:VCARD\nFN:Li Na\nEND:VCARD\nBEGIN:VCARD\nFN:Li Na\nEND:VCARD\n"
        #expect(VCardImport.contacts(from: twice).contacts.map(\.contact.id) == ["li-na", "li-na-2", "li-na-3"])
    }

    @Test func brokenInputIsReportedNotFatal() {
        let broken = """
        TEL:123
        BEGIN:VCARD
        VERSION:3.0
        TEL:070-000 00 00
        END:VCARD
        BEGIN:VCARD
        FN:Kept Anyway
        BEGIN:VCARD
        FN:Unfinished
        """
        let result = VCardImport.contacts(from: broken)
        #expect(result.contacts.map(\.contact.name) == ["Kept Anyway", "Unfinished"])
        #expect(result.problems.count == 4, "\(result.problems)")
        #expect(result.problems.contains { $0.hasPrefix("line 2:") && $0.contains("no name") })
        #expect(VCardImport.contacts(from: "").problems == ["no vCard found (a card starts with BEGIN:VCARD)"])
        #expect(VCardImport.contacts(from: "\u{0}\u{1}BEGIN:VCARD;;;:\n:::\nEND:VCARD").contacts.isEmpty)
    }

    @Test func latin1QuotedPrintableIsDecoded() {
        let card = "BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Nils Gr=F6n\nEND:VCARD\n"
        #expect(VCardImport.contacts(from: card).contacts.first?.contact.name == "Nils Grön")
    }
}
