import Foundation
import Testing
@testable import VisitDeskDomain

/// The built-in reading table says what ICU says for a lone character, so pinyin read from it
/// (the contact card, search keys, Latin names) is the same as before the table — only sooner.
@Suite struct HanReadingsTests {
    @Test func theTableAgreesWithICUForCharactersAcrossTheBlock() {
        // Every 11th character of the block, plus the names the demo store and the tests use.
        var scalars = stride(from: HanReadings.firstScalar, through: HanReadings.lastScalar, by: 11).compactMap(Unicode.Scalar.init)
        scalars += "张伟王芳小明欧阳修曾丽李娜刘洋陈静杨帆赵磊黄敏周杰吴昊".unicodeScalars
        var checked = 0
        for scalar in scalars {
            let character = String(Character(scalar))
            let icu = character.applyingTransform(.toLatin, reverse: false) ?? character
            guard let reading = HanReadings.reading(of: scalar) else {
                #expect(icu == character || icu.contains(" ") || icu.isEmpty, "U+\(String(scalar.value, radix: 16)) has a reading in ICU: \(icu)")
                continue
            }
            #expect(String(reading) == icu, "U+\(String(scalar.value, radix: 16)) \(character)")
            checked += 1
        }
        #expect(checked > 1_800)
    }

    @Test func charactersOutsideTheBlockAreLeftToICU() {
        #expect(HanReadings.reading(of: "A") == nil)
        #expect(HanReadings.reading(of: "㐀") == nil, "Extension A is not in the table")
        #expect(SearchText.syllable("㐀") == ("㐀".applyingTransform(.toLatin, reverse: false) ?? ""))
    }

    @Test func namesReadTheSameThroughTheTable() {
        #expect(SearchText.syllable("张") == "zhāng")
        #expect(SearchText.pinyin("王小明") == ["wang", "xiao", "ming"])
        #expect(ChineseName.pinyin("欧阳修") == "Ōuyáng Xiū")
        #expect(Transliteration.latinName(chinese: "王小明") == "Wang Xiaoming")
    }

    @Test func theSyllableLineIsICUsForNames() {
        // What the card printed before the table, through ICU over the whole name.
        for name in ["张伟", "王芳", "王小明", "欧阳修", "李娜", "陈静怡", "刘洋"] {
            let icu = (name.applyingTransform(.toLatin, reverse: false) ?? "").split(separator: " ")
                .map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            #expect(HanReadings.syllableLine(name) == icu, "\(name)")
        }
        #expect(HanReadings.syllableLine("张伟") == "Zhāng Wěi")
        #expect(HanReadings.syllableLine("Wang Fang") == nil)
    }
}
