/// The line syntax iCalendar (RFC 5545) and vCard (RFC 2425/6350) share: `NAME;PARAM=v:value`,
/// CRLF endings, long lines folded, text values escaped.
enum ContentLine {
    /// Octets allowed on one physical line, CRLF not counted (RFC 5545 §3.1).
    static let maxOctets = 75

    /// One logical line, folded and terminated by CRLF.
    static func line(_ name: String, _ value: String) -> String {
        fold(name + ":" + value)
    }

    static func line(_ name: String, _ parameters: [(String, String)], _ value: String) -> String {
        var head = name
        for (key, parameterValue) in parameters {
            head += ";\(key)=\(quotedParameter(parameterValue))"
        }
        return fold(head + ":" + value)
    }

    /// Splits after at most 75 octets, never inside a UTF-8 sequence; continuation lines start
    /// with one space, which counts towards their 75.
    static func fold(_ logical: String) -> String {
        var out = ""
        var used = 0
        for scalar in logical.unicodeScalars {
            let size = UTF8.width(scalar)
            if used + size > maxOctets {
                out += "\r\n "
                used = 1
            }
            out.unicodeScalars.append(scalar)
            used += size
        }
        return out + "\r\n"
    }

    /// TEXT escaping: backslash, semicolon, comma and line breaks (a CRLF becomes one `\n`).
    static func escapeText(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            default:
                // Other control characters are not allowed in a content line.
                if scalar.value < 0x20 && scalar != "\t" || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A list value (CATEGORIES): each item escaped, joined by unescaped commas.
    static func textList(_ items: [String]) -> String {
        items.map(escapeText).joined(separator: ",")
    }

    /// Parameter values with `:` or `;` must be quoted; a quote cannot occur at all. Commas are
    /// left bare because they separate list values (`TYPE=WORK,VOICE`).
    static func quotedParameter(_ value: String) -> String {
        let clean = value.filter { $0 != "\"" && !$0.isNewline }
        return clean.contains(where: { ":;".contains($0) }) ? "\"\(clean)\"" : clean
    }
}
