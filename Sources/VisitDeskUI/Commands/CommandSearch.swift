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

    /// Every command's name, verb and help folded once, in table order.
    struct Folded {
        let name: String
        let verb: String
        let help: String
    }

    static let folded: [Folded] = CommandTable.all.map {
        Folded(name: fold($0.name), verb: fold(String($0.verb)), help: fold($0.help))
    }

    /// Every command's help in `language`, folded once per language (nil for English, which
    /// `folded` already holds), so the palette finds `kopiera telefon` and `复制电话` too.
    static func foldedHelp(in language: Language) -> [String]? {
        switch language {
        case .en: return nil
        case .sv: return foldedSwedish
        case .zh: return foldedChinese
        }
    }

    private static let foldedSwedish = CommandTable.all.map { fold(Localization.of(.sv).text($0.help)) }
    private static let foldedChinese = CommandTable.all.map { fold(Localization.of(.zh).text($0.help)) }

    /// How well `word` names the command (0: not at all): the verb or name exactly, a prefix of
    /// the verb, part of the name, then the name's letters in order (`racc` → `request.accept`).
    static func nameScore(_ word: String, _ command: Folded) -> Int {
        guard !word.isEmpty else { return 0 }
        if command.verb == word || command.name == word { return 1000 }
        if command.verb.hasPrefix(word) { return 800 }
        if command.name.contains(word) { return 600 }
        var remaining = Substring(word)
        var gaps = 0
        for c in command.name {
            if c == remaining.first { remaining = remaining.dropFirst() } else if remaining.count < word.count { gaps += 1 }
            if remaining.isEmpty { return max(401, 500 - gaps) }
        }
        return 0
    }
}
