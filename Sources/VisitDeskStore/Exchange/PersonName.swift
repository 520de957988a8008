/// Splits a Latin-script name into the family and given parts vCard's N wants, and joins them
/// back for cards that only have N.
enum PersonName {
    /// Chinese names are written family name first (`Wang Fang`); Western ones last, with
    /// particles kept in the family name (`Sanne de Vries` → `de Vries`).
    static func split(_ name: String, familyFirst: Bool) -> (family: String, given: String) {
        let words = name.split(whereSeparator: \.isWhitespace).map(String.init)
        guard words.count > 1 else { return ("", words.first ?? "") }
        if familyFirst {
            return (words[0], words.dropFirst().joined(separator: " "))
        }
        var familyStart = words.count - 1
        while familyStart > 1, particles.contains(words[familyStart - 1].lowercased()) {
            familyStart -= 1
        }
        return (words[familyStart...].joined(separator: " "), words[..<familyStart].joined(separator: " "))
    }

    /// The name to show from N's parts: Chinese characters run together family first (`张伟`),
    /// Latin names read given name first.
    static func join(family: String, given: String) -> String {
        if ChineseText.contains(family + given) { return family + given }
        return [given, family].filter { !$0.isEmpty }.joined(separator: " ")
    }

    static let particles: Set<String> = ["de", "van", "von", "der", "den", "af", "la", "le", "du", "da", "di", "ter"]
}

/// Whether text is written in Chinese characters, which decides the field it lands in on import.
enum ChineseText {
    static func contains(_ text: String) -> Bool {
        text.unicodeScalars.contains { scalar in
            (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
                || (0x20000...0x2EBEF).contains(scalar.value) || (0xF900...0xFAFF).contains(scalar.value)
        }
    }
}
