import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// Spreadsheets typed by people, not exported by a program: Swedish and Chinese headers, any of
/// the three separators, cells with line breaks.
@Suite struct CSVHeaderTests {
    @Test("Swedish headers, tab separated, a quoted cell over two lines")
    func swedishTabs() throws {
        let text = "Namn\tTelefon\tE-post\tFöretag\tTitel\tAnteckningar\n"
            + "Karin Dahl\t023-77 85 00\tkarin.dahl@example.se\tDalälven Vatten AB\tKommunikatör\t\"Ring före tio,\nhelst tisdagar\"\n"
        let read = CSVContactImport.contacts(from: text, mapping: nil)
        #expect(read.problems == [])
        let karin = try #require(read.contacts.first?.contact)
        #expect(karin.name == "Karin Dahl" && karin.phones == ["023-77 85 00"] && karin.emails == ["karin.dahl@example.se"])
        #expect(karin.organisation == "Dalälven Vatten AB" && karin.role == "Kommunikatör")
        #expect(karin.notes == "Ring före tio,\nhelst tisdagar")
    }

    @Test("Chinese headers, semicolon separated: 姓名 电话 单位 职务 邮箱 微信")
    func chineseSemicolons() throws {
        let text = "姓名;电话;单位;职务;邮箱;微信\r\n欧阳明;0311-8666 1234;河北省生态环境厅;处长;ouyang@example.cn;oym_hb\r\n"
        let read = CSVContactImport.contacts(from: text, mapping: nil)
        #expect(read.problems == [])
        let ouyang = try #require(read.contacts.first?.contact)
        #expect(ouyang.name == "Ouyang Ming" && ouyang.nameZh == "欧阳明")
        #expect(ouyang.organisationZh == "河北省生态环境厅")
        #expect(ouyang.role == "处长" && ouyang.phones == ["0311-8666 1234"] && ouyang.wechat == "oym_hb")
    }

    @Test("a family-name column in Chinese decides the split: 单 is Shàn")
    func chineseFamilyColumn() throws {
        let read = CSVContactImport.contacts(from: "姓,名,电话\n单,天芳,0633-123 4567\n", mapping: nil)
        #expect(read.contacts.first?.contact.name == "Shan Tianfang")
        #expect(read.contacts.first?.contact.nameZh == "单天芳")
    }
}
