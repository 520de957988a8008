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
    public static func latinName(chinese text: String) -> String {
        let latin = text.applyingTransform(.toLatin, reverse: false) ?? text
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        let words = plain.split(whereSeparator: \.isWhitespace)
        guard words.count > 1 else { return plain.capitalized }
        return ([String(words[0])] + [words.dropFirst().joined()]).map { $0.capitalized }.joined(separator: " ")
    }
}
