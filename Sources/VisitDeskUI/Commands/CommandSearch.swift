/// Text matching for help's filter and the palette: lowercase with Swedish (and other Latin)
/// accents folded, so `oppna`, `öppna` and `ÖPPNA` are the same word.
enum CommandSearch {
    static func fold(_ text: String) -> String {
        var out = ""
        out.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        Lowercase.forEachScalar(of: text) { scalar in
            switch scalar {
            case "å", "ä", "á", "à", "â": out.unicodeScalars.append("a")
            case "ö", "ø", "ó", "ò", "ô": out.unicodeScalars.append("o")
            case "é", "è", "ê", "ë": out.unicodeScalars.append("e")
            case "ü", "ú", "ù": out.unicodeScalars.append("u")
            case "í", "ì", "ï": out.unicodeScalars.append("i")
            default:
                // Combining accents (typed as e + U+0301) fold away with their letter.
                if !(0x300..<0x370).contains(scalar.value) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Every command's name, verb and help folded once, in table order, as UTF-8 bytes: the
    /// palette ranks every command on every keystroke, and comparing folded bytes is several
    /// times cheaper than comparing `Character`s (names are ASCII; a folded needle's bytes occur
    /// in a folded help text exactly where its characters do).
    struct Folded {
        let name: [UInt8]
        let verb: [UInt8]
        let help: [UInt8]
    }

    static let folded: [Folded] = CommandTable.all.map {
        Folded(name: Array(fold($0.name).utf8), verb: Array(fold(String($0.verb)).utf8), help: Array(fold($0.help).utf8))
    }

    /// Whether `needle` occurs in `haystack` (an empty needle always does).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == first {
                var matched = 1
                while matched < needle.count, haystack[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// Every command's help in `language`, folded once per language (nil for English, which
    /// `folded` already holds), so the palette finds `kopiera telefon` and `复制电话` too.
    static func foldedHelp(in language: Language) -> [[UInt8]]? {
        switch language {
        case .en: return nil
        case .sv: return foldedSwedish
        case .zh: return foldedChinese
        }
    }

    private static let foldedSwedish = CommandTable.all.map { Array(fold(Localization.of(.sv).text($0.help)).utf8) }
    private static let foldedChinese = CommandTable.all.map { Array(fold(Localization.of(.zh).text($0.help)).utf8) }

    /// How well `word` names the command (0: not at all): the verb or name exactly, a prefix of
    /// the verb, part of the name, then the name's letters in order (`racc` → `request.accept`).
    static func nameScore(_ word: String, _ command: Folded) -> Int {
        nameScore(Array(word.utf8), command)
    }

    static func nameScore(_ word: [UInt8], _ command: Folded) -> Int {
        guard !word.isEmpty else { return 0 }
        if command.verb == word || command.name == word { return 1000 }
        if command.verb.starts(with: word) { return 800 }
        if contains(command.name, word) { return 600 }
        var next = 0
        var gaps = 0
        for byte in command.name {
            if byte == word[next] { next += 1 } else if next > 0 { gaps += 1 }
            if next == word.count { return max(401, 500 - gaps) }
        }
        return 0
    }
}
