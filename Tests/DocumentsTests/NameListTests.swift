import Foundation
import Testing
import VisitDeskDocuments
import VisitDeskDomain
import VisitDeskStore

/// The list a host prints for the reception: every person once, in the order the host asked for,
/// readable by a spreadsheet.
@Suite("Name list")
struct NameListTests {
    static let catalog = DemoStore.catalog(today: LocalDate(year: 2026, month: 11, day: 25))

    func list(_ id: String, _ order: NameList.Order) throws -> NameList {
        NameList(delegation: try #require(Self.catalog.delegation(id: id)), order: order, contact: Self.catalog.contact(id:))
    }

    @Test("by pinyin the Hebei group reads Guo, Liu, Wang, Zhang; by organisation the water company's engineer comes last")
    func orders() throws {
        #expect(try list("hebei-commerce-waste-water", .pinyin).people.map(\.nameZh) == ["郭强", "刘洋", "王芳", "张伟"])
        #expect(try list("hebei-commerce-waste-water", .organisation).people.last?.nameZh == "刘洋")
        #expect(try list("hebei-commerce-waste-water", .delegation).people.first?.id == "wang-fang")
    }

    @Test("CSV read by Python's csv module (utf-8-sig): header, Chinese names and toned pinyin, quoted commas")
    func csvParses() throws {
        let csv = try list("shanghai-suzhou-trip", .delegation).csv()
        let script = "import sys, csv, io, json; print(json.dumps(list(csv.DictReader(io.StringIO(sys.stdin.buffer.read().decode('utf-8-sig'), newline='')))))"
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(try Python.run(script, input: Data(csv.utf8)).utf8)) as? [[String: String]])
        #expect(rows.first?["name"] == "Lin Xiao" && rows.first?["name_zh"] == "林晓" && rows.first?["pinyin"] == "Lín Xiǎo")
        #expect(rows.contains { $0["role"] == "Business developer, clean-tech" })
        #expect(rows.count == 6)
    }

    @Test("a member missing from contacts stays on the list by id and is named under it")
    func missingMember() throws {
        let delegation = Delegation(id: "d", title: "Group", lead: "wang-fang", members: ["ghost-person"])
        let list = NameList(delegation: delegation, order: .pinyin, contact: Self.catalog.contact(id:))
        #expect(list.people.map(\.id).sorted() == ["ghost-person", "wang-fang"])
        #expect(TextWriter.write(list.body(readers: ReaderLanguages(.en))).contains("ghost-person: not in contacts"))
    }

    /// 曾 is read Zēng as a surname: sorted by pinyin, 曾丽 comes after 王芳 (W), not before it
    /// as ICU's everyday Céng would put her; a `pinyin` key is printed as the person writes it.
    @Test func pinyinFollowsTheSurnameRuleAndThePersonsOwnKey() {
        let people = [Contact(id: "zeng-li", name: "Zeng Li", nameZh: "曾丽"), Contact(id: "wang-fang", name: "Wang Fang", nameZh: "王芳"),
                      Contact(id: "shan-tao", name: "Shan Tao", nameZh: "单涛", pinyin: "Shàn Tāo (own)")]
        let delegation = Delegation(id: "g", title: "G", lead: "zeng-li", members: ["wang-fang", "shan-tao"])
        let list = NameList(delegation: delegation, order: .pinyin) { id in people.first { $0.id == id } }
        #expect(list.people.map(\.pinyin) == ["Shàn Tāo (own)", "Wáng Fāng", "Zēng Lì"])
    }
}
