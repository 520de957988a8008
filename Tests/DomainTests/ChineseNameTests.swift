import Testing
@testable import VisitDeskDomain

/// Family names decide the pinyin: compound surnames, surname readings, the card's own N:, and a
/// person's own spelling in the file, which search finds.
@Suite struct ChineseNameTests {
    @Test func compoundSurnamesAreOneFamilyName() {
        #expect(ChineseName.split("欧阳修") == ("欧阳", "修"))
        #expect(ChineseName.split("诸葛亮") == ("诸葛", "亮"))
        #expect(ChineseName.split("司马光") == ("司马", "光"))
        #expect(ChineseName.split("上官婉儿") == ("上官", "婉儿"))
        #expect(ChineseName.split("王芳") == ("王", "芳"))
        #expect(ChineseName.split("欧阳") == ("欧", "阳"), "two characters alone are a family and a given name")
    }

    @Test func theFamilyNameFromNWins() {
        // 单于 is a compound surname to some and 单 + 于 to others: N: says which.
        #expect(ChineseName.split("单于明", family: "单") == ("单", "于明"))
        #expect(ChineseName.pinyin("单于明", family: "单").hasPrefix("Shàn "))
    }

    @Test func surnamesReadTheirOwnWay() {
        for (name, family) in [("曾丽", "Zēng"), ("单天芳", "Shàn"), ("解放", "Xiè"), ("仇英", "Qiú"), ("区达", "Ōu"),
                               ("朴槿", "Piáo"), ("查良", "Zhā"), ("盖勇", "Gě"), ("任平", "Rén"), ("欧阳修", "Ōuyáng")] {
            #expect(ChineseName.pinyin(name).split(separator: " ").first.map(String.init) == family, "\(name)")
        }
        #expect(ChineseName.pinyin("Wang Fang") == "")
    }

    @Test func searchFindsTheSurnameReadingAndTheFilesOwnPinyin() {
        let zeng = Contact(id: "zeng-li", name: "Zeng Li", nameZh: "曾丽")
        let keys = SearchKeys(contact: zeng)
        #expect(Matcher.score(query: "zeng", keys: keys) != nil)
        let own = Contact(id: "x", name: "", nameZh: "乐嘉", pinyin: "Lè Jiā")
        #expect(Matcher.score(query: "le jia", keys: SearchKeys(contact: own)) != nil)
        #expect(Matcher.score(query: "yue jia", keys: SearchKeys(contact: own)) != nil, "the surname reading 乐 Yuè too")
    }
}
