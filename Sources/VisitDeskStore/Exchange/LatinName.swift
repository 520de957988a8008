import Foundation
import VisitDeskDomain

/// A Latin-script name for someone whose card only has Chinese characters: the store requires
/// one, and pinyin without tone marks is how such names are written in Latin script. The rule
/// lives in the domain (`Transliteration.latinName`) so the dashboard names people the same way.
public enum LatinName {
    /// The domain's rule (`Transliteration.latinName`), so imports, the CLI and the dashboard
    /// name people the same way.
    public static func from(chinese text: String, family: String? = nil) -> String {
        Transliteration.latinName(chinese: text, family: family)
    }
}
