import Testing
import VisitDeskDomain

/// The pinyin shown for a person's Chinese name: their own `pinyin` key when set, else the
/// surname-aware reading, never ICU's everyday reading of a surname character.
@Suite struct ContactPinyinTests {
    @Test func theSurnameRuleReadsZengNotCeng() {
        #expect(Contact(id: "zeng-li", name: "Zeng Li", nameZh: "曾丽").namePinyin == "Zēng Lì")
        #expect(HanReadings.syllableLine("曾丽") == "Céng Lì", "the everyday reading the card used to show")
        #expect(Contact(id: "ouyang-xiu", name: "Ouyang Xiu", nameZh: "欧阳修").namePinyin == "Ōuyáng Xiū")
        #expect(Contact(id: "shan-tao", name: "Shan Tao", nameZh: "单涛").namePinyin == "Shàn Tāo")
    }

    @Test func thePersonsOwnPinyinWins() {
        #expect(Contact(id: "zeng-li", name: "Zeng Li", nameZh: "曾丽", pinyin: "Zeng Li (she writes it so)").namePinyin == "Zeng Li (she writes it so)")
        #expect(Contact(id: "zeng-li", name: "Zeng Li", nameZh: "曾丽", pinyin: "  ").namePinyin == "Zēng Lì", "a blank key is no reading")
        #expect(Contact(id: "x", name: "X", pinyin: "Xú").namePinyin == "Xú", "kept even without characters")
    }

    @Test func noChineseNameNoReading() {
        #expect(Contact(id: "anna", name: "Anna Berg").namePinyin == nil)
        #expect(Contact(id: "anna", name: "Anna Berg", nameZh: "Anna").namePinyin == nil)
    }
}
