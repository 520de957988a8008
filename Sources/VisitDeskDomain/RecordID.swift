/// A record's id is its file stem: lowercase letters, digits and `-`.
public enum RecordID {
    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty else { return false }
        return id.unicodeScalars.allSatisfy { s in
            ("a"..."z").contains(s) || ("0"..."9").contains(s) || s == "-"
        }
    }

    /// Makes an id from free text (a name or a title): ASCII-folds, lowercases, joins words with `-`.
    /// The caller adds a numeric suffix when the id is taken.
    public static func slug(from text: String, fallback: String = "record") -> String {
        var out = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            let folded = asciiFold(scalar)
            for f in folded.unicodeScalars {
                if ("a"..."z").contains(f) || ("0"..."9").contains(f) {
                    if pendingDash && !out.isEmpty { out.append("-") }
                    pendingDash = false
                    out.unicodeScalars.append(f)
                } else {
                    pendingDash = true
                }
            }
        }
        if out.count > 48 { out = String(out.prefix(48)).trimmingDashes() }
        return out.isEmpty ? fallback : out
    }

    private static func asciiFold(_ s: Unicode.Scalar) -> String {
        switch s {
        case "å", "ä", "á", "à", "â", "ã", "ā", "ǎ": return "a"
        case "ö", "ø", "ó", "ò", "ô", "õ", "ō", "ǒ": return "o"
        case "é", "è", "ê", "ë", "ē", "ě": return "e"
        case "ü", "ú", "ù", "û", "ū", "ǔ", "ǖ", "ǘ", "ǚ", "ǜ": return "u"
        case "í", "ì", "î", "ï", "ī", "ǐ": return "i"
        case "ñ", "ń": return "n"
        case "ç": return "c"
        case "ß": return "ss"
        case "æ": return "ae"
        default: return String(s)
        }
    }
}

extension String {
    func trimmingDashes() -> String {
        var s = Substring(self)
        while s.hasPrefix("-") { s = s.dropFirst() }
        while s.hasSuffix("-") { s = s.dropLast() }
        return String(s)
    }
}
