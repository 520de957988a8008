import Foundation

/// Latin names from Chinese ones. Readings come from `HanReadings`' table, so no caller waits
/// for ICU to build its Han-Latin transliterator (80–100 ms the first time a process asks).
public enum Transliteration {
    /// A Latin-script name for someone written only in Chinese characters: pinyin without tone
    /// marks, family name first, the given name as one word (`张伟` → `Zhang Wei`, `王小明` →
    /// `Wang Xiaoming`). The store's importers, `add contact` and the dashboard's contact form
    /// all name people this way, so one person gets one id whichever way they were added.
    /// `张伟` → `Zhang Wei`, `欧阳修` → `Ouyang Xiu`, `曾丽` → `Zeng Li`: family name first with its
    /// surname reading, the given name as one word. `family` is a card's `N:` family name.
    public static func latinName(chinese text: String, family: String? = nil) -> String {
        let toned = ChineseName.pinyin(text, family: family)
        guard !toned.isEmpty else { return text }
        let plain = toned.applyingTransform(.stripDiacritics, reverse: false) ?? toned
        return plain.split(whereSeparator: \.isWhitespace).map { word in
            word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }
}
