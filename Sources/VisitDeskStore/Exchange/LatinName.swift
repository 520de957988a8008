import Foundation

/// A Latin-script name for someone whose card only has Chinese characters: the store requires
/// one, and pinyin without tone marks is how such names are written in Latin script.
public enum LatinName {
    /// `张伟` → `Zhang Wei` (family name first, each syllable group capitalised).
    public static func from(chinese text: String) -> String {
        let latin = text.applyingTransform(.toLatin, reverse: false) ?? text
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        let words = plain.split(whereSeparator: \.isWhitespace)
        guard words.count > 1 else { return plain.capitalized }
        // Two-syllable given names are written as one word: Wang Xiaoming, not Wang Xiao Ming.
        return ([String(words[0])] + [words.dropFirst().joined()]).map { $0.capitalized }.joined(separator: " ")
    }
}
