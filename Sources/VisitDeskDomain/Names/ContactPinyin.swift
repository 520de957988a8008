import Foundation

extension Contact {
    /// How the person's Chinese name is said, for the card, the name list, letters and programmes:
    /// their own `pinyin` when the file has one (`Zēng Lì` where a character has another everyday
    /// reading), else the surname-aware reading (`ChineseName.pinyin`: `曾丽` → `Zēng Lì`, not
    /// ICU's `Céng Lì`). nil without a Chinese name.
    public var namePinyin: String? {
        if let own = pinyin?.trimmingCharacters(in: .whitespaces), !own.isEmpty { return own }
        guard let zh = nameZh else { return nil }
        let reading = ChineseName.pinyin(zh)
        return reading.isEmpty ? nil : reading
    }
}
