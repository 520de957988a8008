import Foundation

/// ICU builds its Han-to-Latin transliterator from rules the first time a process asks for
/// pinyin: ~80 ms of CPU on this machine, after which a transform costs ~110 µs. The first frame
/// asks for it (the contact card shows the pinyin of a Chinese name), so the dashboard calls
/// `prepare()` on another core as it starts, while the store loads and the indexes are built.
public enum Transliteration {
    public static func prepare() {
        _ = SearchText.syllable("中")
    }

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
