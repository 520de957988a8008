import Foundation

/// A name in Chinese characters taken apart the way its bearer reads it: the family name first —
/// one character, or two for the compound surnames (欧阳, 司马, 诸葛, …) — then the given name.
/// Some characters read differently as a surname than anywhere else (曾 is céng in 曾经 but Zēng
/// as a family name, 单 is dān but Shàn), and ICU's transliterator gives the common reading, so
/// the family name's pinyin comes from a table of those surnames first.
public enum ChineseName {
    /// Two-character family names, the common ones.
    static let compoundSurnames: Set<String> = [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒",
        "夏侯", "令狐", "端木", "西门", "南宫", "独孤", "轩辕", "钟离", "闻人", "澹台", "公羊", "太史",
        "申屠", "百里", "呼延", "万俟", "赫连", "拓跋", "第五", "司空", "东郭", "歐陽", "諸葛", "司馬",
    ]

    /// Family names whose reading differs from the character's everyday one.
    static let surnameReadings: [String: String] = [
        "曾": "Zēng", "单": "Shàn", "單": "Shàn", "解": "Xiè", "仇": "Qiú", "区": "Ōu", "區": "Ōu",
        "朴": "Piáo", "查": "Zhā", "盖": "Gě", "蓋": "Gě", "任": "Rén", "乐": "Yuè", "樂": "Yuè",
        "尉": "Wèi", "秘": "Bì", "繁": "Pó", "员": "Yùn", "召": "Shào", "翟": "Zhái", "种": "Chóng",
        "缪": "Miào", "长孙": "Zhǎngsūn", "尉迟": "Yùchí", "万俟": "Mòqí", "单于": "Chányú",
        "欧阳": "Ōuyáng", "令狐": "Lìnghú", "澹台": "Tántái",
    ]

    /// `(family, given)`; `family` is the family name a card's `N:` gave, when it did.
    public static func split(_ name: String, family: String? = nil) -> (family: String, given: String) {
        let compact = name.filter { !$0.isWhitespace && $0 != "·" && $0 != "•" }
        if let family, !family.isEmpty, compact.hasPrefix(family) {
            return (family, String(compact.dropFirst(family.count)))
        }
        guard compact.count > 1 else { return (compact, "") }
        let two = String(compact.prefix(2))
        if compact.count > 2, compoundSurnames.contains(two) { return (two, String(compact.dropFirst(2))) }
        return (String(compact.prefix(1)), String(compact.dropFirst()))
    }

    /// Pinyin with tone marks, family name first and capitalised: `曾丽` → `Zēng Lì`, `欧阳修` →
    /// `Ōuyáng Xiū`. Empty when the name has no Han characters.
    public static func pinyin(_ name: String, family: String? = nil) -> String {
        guard SearchText.containsHan(name) else { return "" }
        let parts = split(name, family: family)
        let familyReading = surnameReadings[parts.family] ?? syllables(parts.family).capitalizedFirst
        let given = syllables(parts.given).capitalizedFirst
        return [familyReading, given].filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The readings of each character run together (`Xiǎomíng`), non-Han text kept as written.
    private static func syllables(_ text: String) -> String {
        var out = ""
        for character in text {
            if SearchText.isHan(character) {
                out += SearchText.syllable(character).filter { !$0.isWhitespace }
            } else {
                out.append(character)
            }
        }
        return out
    }
}

private extension String {
    /// Only the first letter upper-cased (`xiǎomíng` → `Xiǎomíng`); `capitalized` would split at
    /// the apostrophe pinyin uses (`Xi'an`).
    var capitalizedFirst: String {
        guard let first else { return self }
        return first.uppercased() + dropFirst()
    }
}
