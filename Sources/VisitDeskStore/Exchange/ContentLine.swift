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
    /// with one space, which counts towards their 75. Works on bytes: the feed is rewritten after
    /// every change, and per-character string building was most of its cost.
    static func fold(_ logical: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(logical.utf8.count + logical.utf8.count / 60 * 3 + 2)
        var used = 0
        var pendingSequence = 0
        for byte in logical.utf8 {
            if pendingSequence == 0 {
                // A lead byte: how long is the character it starts?
                let size = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
                if used + size > maxOctets {
                    out.append(contentsOf: [0x0D, 0x0A, 0x20])
                    used = 1
                }
                pendingSequence = size
                used += size
            }
            out.append(byte)
            pendingSequence -= 1
        }
        out.append(contentsOf: [0x0D, 0x0A])
        return String(decoding: out, as: UTF8.self)
    }

    /// TEXT escaping: backslash, semicolon, comma and line breaks (a CRLF becomes one `\n`);
    /// other control characters are not allowed in a content line and are dropped.
    static func escapeText(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        var previousWasCR = false
        for byte in text.utf8 {
            defer { previousWasCR = byte == 0x0D }
            switch byte {
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])          // \
            case 0x3B: out.append(contentsOf: [0x5C, 0x3B])          // ;
            case 0x2C: out.append(contentsOf: [0x5C, 0x2C])          // ,
            case 0x0D: out.append(contentsOf: [0x5C, 0x6E])          // \r -> \n
            case 0x0A: if !previousWasCR { out.append(contentsOf: [0x5C, 0x6E]) }
            case 0x09: out.append(byte)
            case 0..<0x20, 0x7F: continue
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A list value (CATEGORIES): each item escaped, joined by unescaped commas.
    static func textList(_ items: [String]) -> String {
        items.map(escapeText).joined(separator: ",")
    }

    /// Parameter values with `:` or `;` must be quoted; a quote cannot occur at all. Commas are
    /// left bare because they separate list values (`TYPE=WORK,VOICE`).
    static func quotedParameter(_ value: String) -> String {
        let bytes = value.utf8
        // The common case (TYPE=CELL, TZID=Europe/Stockholm) needs no copy.
        if !bytes.contains(where: { $0 == 0x22 || $0 == 0x3A || $0 == 0x3B || $0 == 0x0A || $0 == 0x0D }) { return value }
        let clean = value.filter { $0 != "\"" && !$0.isNewline }
        return clean.contains(where: { $0 == ":" || $0 == ";" }) ? "\"\(clean)\"" : clean
    }
}
