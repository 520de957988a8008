import Foundation
import VisitDeskDomain

/// A Latin-script name for someone whose card only has Chinese characters: the store requires
/// one, and pinyin without tone marks is how such names are written in Latin script.
public enum LatinName {
    /// `张伟` → `Zhang Wei`, `欧阳修` → `Ouyang Xiu`, `曾丽` → `Zeng Li` (family name first, its
    /// surname reading; the given name as one word). `family` is the family name from a card's `N:`.
    public static func from(chinese text: String, family: String? = nil) -> String {
        let toned = ChineseName.pinyin(text, family: family)
        guard !toned.isEmpty else { return text }
        let plain = toned.applyingTransform(.stripDiacritics, reverse: false) ?? toned
        return plain.split(whereSeparator: \.isWhitespace).map { word in
            word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }
}
