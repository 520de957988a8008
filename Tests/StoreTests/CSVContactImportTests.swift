import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// Contact lists as coordinators really get them: a Swedish Excel export, an English CRM
/// export, a list typed by the Chinese partner.
@Suite struct CSVContactImportTests {
    /// Swedish Excel: `;`-separated, BOM, Swedish headers, two phone columns, a cell with two numbers.
    static let swedishExcel = """
    \u{FEFF}Namn;Företag;Titel;Mobil;Telefon arbete;E-post;Land;Anteckningar
    Åsa Öberg;Dalarna Science Park;Head of international relations;+46 72 039 01 72;023-77 85 00;asa.oberg@example.se;Sverige;
    Erik Sjöberg;Dalälven Vatten AB;Processingenjör;070-455 12 03 / 072-111 22 33;;erik.sjoberg@example.se;SE;"Håller i avloppssafarin; max 15 pers."
    ;;;;;;;
    ;Utan namn AB;;;;;;
    """.replacing("\n", with: "\r\n")

    /// A list from the partner: Chinese headers, names only in characters.
    static let chineseList = """
    姓名,单位,职务,手机,邮箱,微信
    张伟,河北省商务厅,处长,+86 139 3110 2288,zhangwei@example.cn,zw_hebei
    王芳,河北省商务厅,副厅长,"+86 138 0013 8000; 0311-8765 4321",wang.fang@example.cn,wangfang_hb
    """

    @Test func readsASwedishExcelExportByItsHeader() throws {
        let result = CSVContactImport.contacts(from: Self.swedishExcel, mapping: nil)
        #expect(result.problems == ["line 5: no name: row skipped"])
        try #require(result.contacts.count == 2)
        let asa = result.contacts[0].contact
        #expect(asa.id == "asa-oberg")
        #expect(asa.name == "Åsa Öberg")
        #expect(asa.organisation == "Dalarna Science Park")
        #expect(asa.role == "Head of international relations")
        #expect(asa.phones == ["+46 72 039 01 72", "023-77 85 00"])
        #expect(asa.country == "SE")
        #expect(asa.notes == "")
        let erik = result.contacts[1].contact
        #expect(erik.phones == ["070-455 12 03", "072-111 22 33"])
        #expect(erik.notes == "Håller i avloppssafarin; max 15 pers.")
        #expect(result.contacts.map(\.line) == [2, 3])
    }

    @Test func chineseNamesGetPinyinNamesAndIds() throws {
        let result = CSVContactImport.contacts(from: Self.chineseList, mapping: nil)
        #expect(result.problems == [])
        try #require(result.contacts.count == 2)
        let zhang = result.contacts[0].contact
        #expect(zhang.name == "Zhang Wei")
        #expect(zhang.nameZh == "张伟")
        #expect(zhang.id == "zhang-wei")
        #expect(zhang.organisationZh == "河北省商务厅")
        #expect(zhang.organisation == nil)
        #expect(zhang.wechat == "zw_hebei")
        #expect(result.contacts[1].contact.phones == ["+86 138 0013 8000", "0311-8765 4321"])
    }

    @Test func anExplicitMappingWins() throws {
        let text = "Who,Where,Number,Extra\nLina Berg,Dalarna Science Park,072-039 01 71,x\nLina Berg,Falu kommun,023-830 00,y\n"
        let result = CSVContactImport.contacts(from: text, mapping: ["name": "Who", "organisation": "where", "phone": "Number"])
        #expect(result.problems == [])
        #expect(result.contacts.map(\.contact.id) == ["lina-berg", "lina-berg-2"])
        #expect(result.contacts.first?.contact.organisation == "Dalarna Science Park")
        #expect(result.contacts.first?.contact.phones == ["072-039 01 71"])
    }

    @Test func mappingMistakesAreExplained() {
        let text = "Who,Number\nLina,1\n"
        let wrongColumn = CSVContactImport.contacts(from: text, mapping: ["name": "Namn"])
        #expect(wrongColumn.contacts.isEmpty)
        #expect(wrongColumn.problems.first == "--map: the file has no column `Namn` for name (its columns: Who, Number)")
        let wrongField = CSVContactImport.contacts(from: text, mapping: ["name": "Who", "shoe": "Number"])
        #expect(wrongField.contacts.count == 1)
        #expect(wrongField.problems.first?.hasPrefix("--map: `shoe` is not a contact field") == true)
    }

    @Test func firstAndLastNameColumnsAreJoined() {
        let text = "First Name,Last Name,Email,Country\nSanne,de Vries,sanne@example.nl,Netherlands\nMikko,Virtanen,,Atlantis\n"
        let result = CSVContactImport.contacts(from: text, mapping: nil)
        #expect(result.contacts.map(\.contact.name) == ["Sanne de Vries", "Mikko Virtanen"])
        #expect(result.contacts.first?.contact.country == "NL")
        #expect(result.problems == ["line 3: country `Atlantis` not recognised: left out (write a code such as SE or CN)"])
    }

    @Test func filesWithoutNamesOrRowsSayWhatIsWrong() {
        #expect(CSVContactImport.contacts(from: "", mapping: nil).problems
            == ["the file is empty: a header row and one row per contact are expected"])
        let noName = CSVContactImport.contacts(from: "Foo,Bar\n1,2\n", mapping: nil)
        #expect(noName.contacts.isEmpty)
        #expect(noName.problems.first?.contains("no column holds the name") == true)
        #expect(CSVContactImport.contacts(from: "\"\"\"\n\u{0};;\"", mapping: nil).contacts.isEmpty)
    }
}
