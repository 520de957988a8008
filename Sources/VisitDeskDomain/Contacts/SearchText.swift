import Foundation

/// The text forms search compares: folded Latin, Swedish-aware lower case, and toneless pinyin.
enum SearchText {
    /// Characters that end a word in a key or a query; `.` and `@` do not, so an email stays one word.
    static func isSeparator(_ c: Character) -> Bool {
        // An ASCII switch first: searching a string literal compares whole graphemes, and words()
        // runs over every character of every contact when a catalog loads (over half that time).
        if let ascii = c.asciiValue {
            switch ascii {
            case 0x09...0x0D, 0x20: return true
            case UInt8(ascii: "-"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "/"),
                 UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
                 UInt8(ascii: "}"), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "|"):
                return true
            default: return false
            }
        }
        return c.isWhitespace || wideSeparators.contains(c)
    }

    private static let wideSeparators: Set<Character> = ["·", "・", "、", "，", "（", "）"]

    /// Lower case without diacritics: `Åsa Öberg` → `asa oberg`, `zhāng` → `zhang`. Han characters
    /// pass through unchanged.
    static func folded(_ text: String) -> String {
        // Most fields (emails, ids, organisations, Swedish-less names) are ASCII, and Foundation's
        // folding costs microseconds a call: 20,000 contacts' keys took seconds without this path.
        if isASCII(text) { return text.lowercased() }
        let base = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: posix)
        guard base.unicodeScalars.contains(where: { $0.value > 0x7F }) else { return base }
        var out = ""
        out.reserveCapacity(base.utf8.count)
        for c in base {
            switch c {
            case "ø": out += "o"
            case "æ": out += "ae"
            case "ß": out += "ss"
            case "ł": out += "l"
            case "đ": out += "d"
            default: out.append(c)
            }
        }
        return out
    }

    /// Lower case that keeps å, ä and ö as the distinct letters Swedes read them as.
    static func swedish(_ text: String) -> String {
        isASCII(text) ? text.lowercased() : text.lowercased().precomposedStringWithCanonicalMapping
    }

    private static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The words of `text`, split at spaces and punctuation that separate words in names and titles.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: isSeparator).map(String.init)
    }

    static func containsHan(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.isIdeographic }
    }

    static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.contains { $0.properties.isIdeographic }
    }

    /// Toneless pinyin words of Chinese text (`张伟` → `zhang`, `wei`); empty for text without Han
    /// characters. Each character is read alone (`syllable`), so 20,000 names cost table lookups.
    static func pinyin(_ text: String) -> [String] {
        guard containsHan(text) else { return [] }
        var latin = ""
        latin.reserveCapacity(text.utf8.count * 2)
        for character in text {
            if isHan(character) {
                latin += " " + syllable(character) + " "
            } else {
                latin.append(character)
            }
        }
        return words(folded(latin)).filter { $0.unicodeScalars.allSatisfy(\.isASCII) }
    }

    /// The toned pinyin of one Han character (`张` → `zhāng`): from the built-in table
    /// (`HanReadings`), else from ICU's transform (~110 µs, and 80–100 ms the first time a process
    /// asks), remembered per character.
    static func syllable(_ character: Character) -> String {
        let scalars = character.unicodeScalars
        if scalars.count == 1, let reading = HanReadings.reading(of: scalars.first!) { return String(reading) }
        let key = String(character)
        if let known = pinyinCache.value(for: key) { return known }
        let latin = key.applyingTransform(.toLatin, reverse: false) ?? ""
        pinyinCache.store(latin, for: key)
        return latin
    }

    private static let posix = Locale(identifier: "en_US_POSIX")
    private static let pinyinCache = PinyinCache()
}

/// Pinyin already computed, shared by every key builder; bounded so a huge import cannot grow it forever.
private final class PinyinCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [String: String] = [:]

    func value(for text: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return entries[text]
    }

    func store(_ value: String, for text: String) {
        lock.lock()
        defer { lock.unlock() }
        if entries.count > 50_000 { entries.removeAll(keepingCapacity: true) }
        entries[text] = value
    }
}
