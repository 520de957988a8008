/// The written form of a phone number taken apart: digits, a leading `+`, an extension, and
/// whether anything is in it that no phone number contains.
struct PhoneText {
    let hasPlus: Bool
    /// Digits of the number itself, without a `(0)` after the country code or the extension.
    let mainDigits: String
    let extensionDigits: String?
    let allDigits: String
    /// Only digits, spaces and `- . / ( )` (and a leading `+`) before any extension.
    let isWellFormed: Bool
    /// The number part with `(0)` removed and wide characters made ASCII, for regrouping.
    private let mainText: [Character]

    init(_ written: String) {
        let chars = written.map(PhoneText.ascii)
        allDigits = String(chars.filter(\.isASCIIDigit))
        let (main, ext, extOK) = PhoneText.splitExtension(PhoneText.droppingLabel(chars))
        var body = main.drop { $0.isWhitespace }
        hasPlus = body.first == "+"
        if hasPlus { body = body.dropFirst() }
        let cleaned = hasPlus ? PhoneText.removingTrunkZeroMark(Array(body)) : Array(body)
        mainText = cleaned
        mainDigits = String(cleaned.filter(\.isASCIIDigit))
        extensionDigits = ext
        isWellFormed = extOK && cleaned.allSatisfy { $0.isASCIIDigit || $0.isWhitespace || "-./()".contains($0) }
    }

    /// The number's own digit groups after the first `count` digits, joined by single spaces:
    /// `+1 (212) 555-0123` → `212 555 0123` after the `1`.
    func groupsAfter(digitCount count: Int) -> String {
        var seen = 0
        var groups: [String] = [""]
        for c in mainText {
            if c.isASCIIDigit {
                seen += 1
                if seen > count { groups[groups.count - 1].append(c) }
            } else if !groups[groups.count - 1].isEmpty {
                groups.append("")
            }
        }
        return groups.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Full-width digits and signs (`１３８`, `＋`, `（`), as Chinese input methods type them.
    private static func ascii(_ c: Character) -> Character {
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return c }
        switch scalar.value {
        case 0xFF01...0xFF5E: return Character(Unicode.Scalar(scalar.value - 0xFEE0)!)
        case 0x3000, 0x00A0, 0x2009, 0x202F: return " "
        case 0x2010...0x2015, 0x2212: return "-"
        default: return c
        }
    }

    /// Drops a label pasted in front of the number (`Tel:`, `Mobil`, `Växel`, `手机：`): words
    /// before the first digit or `+`. Letters after the first digit still make the text not a number.
    private static func droppingLabel(_ chars: [Character]) -> [Character] {
        guard let start = chars.firstIndex(where: { $0.isASCIIDigit || $0 == "+" }) else { return chars }
        let label = chars[..<start]
        guard label.contains(where: \.isLetter),
              label.allSatisfy({ $0.isLetter || $0.isWhitespace || $0 == ":" || $0 == "." }) else { return chars }
        return Array(chars[start...])
    }

    /// Splits at `ext`, `x`, `#` or the Swedish `ankn` after the number has begun; the extension
    /// must be digits only.
    private static func splitExtension(_ chars: [Character]) -> (main: [Character], ext: String?, ok: Bool) {
        let numberStart = chars.firstIndex(where: \.isASCIIDigit) ?? chars.count
        for marker in ["ext.", "ext", "ankn.", "ankn", "#", "x"] {
            guard let cut = firstIndex(of: Array(marker), in: chars, from: numberStart) else { continue }
            let tail = chars[(cut + marker.count)...].filter { !$0.isWhitespace && $0 != "." && $0 != ":" }
            let ok = !tail.isEmpty && tail.count <= 6 && tail.allSatisfy(\.isASCIIDigit)
            return (Array(chars[..<cut]), ok ? String(tail) : nil, ok)
        }
        return (chars, nil, true)
    }

    /// Case-insensitive search for an ASCII marker, on characters so no index can go astray.
    private static func firstIndex(of marker: [Character], in chars: [Character], from first: Int) -> Int? {
        guard chars.count - first >= marker.count else { return nil }
        for start in first...(chars.count - marker.count)
        where marker.indices.allSatisfy({ chars[start + $0].lowercased() == String(marker[$0]) }) {
            return start
        }
        return nil
    }

    /// Drops the `(0)` written after a country code to show the trunk prefix that is not dialled.
    private static func removingTrunkZeroMark(_ chars: [Character]) -> [Character] {
        let compact = chars.enumerated().filter { !$0.element.isWhitespace }
        for i in 0..<max(0, compact.count - 2)
        where compact[i].element == "(" && compact[i + 1].element == "0" && compact[i + 2].element == ")" {
            var result = chars
            result.replaceSubrange(compact[i].offset...compact[i + 2].offset, with: [" "])
            return result
        }
        return chars
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
