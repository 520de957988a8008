import VisitDeskDomain

/// A Latin-script name for someone whose card only has Chinese characters: the store requires
/// one, and pinyin without tone marks is how such names are written in Latin script. The rule
/// lives in the domain (`Transliteration.latinName`) so the dashboard names people the same way.
public enum LatinName {
    /// `张伟` → `Zhang Wei` (family name first, each syllable group capitalised).
    public static func from(chinese text: String) -> String {
        Transliteration.latinName(chinese: text)
    }
}
