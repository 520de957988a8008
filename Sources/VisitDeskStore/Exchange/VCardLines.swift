import Foundation

/// One property of a card as written: `item1.TEL;type=CELL;type=pref:+46 70 123 45 67`.
struct VCardProperty {
    /// Upper-cased, without the group prefix (`item1.`).
    var name: String
    /// Parameter names upper-cased; 2.1's bare `;CELL` becomes `TYPE=CELL`. Values keep their case.
    var parameters: [(name: String, value: String)]
    /// The value with folding and quoted-printable undone, still escaped.
    var value: String
    /// 1-based line where the property starts.
    var line: Int

    /// Every TYPE, split on commas and upper-cased, in any of the styles 2.1, 3.0 and 4.0 use.
    var types: Set<String> {
        Set(parameters.filter { $0.name == "TYPE" }.flatMap { $0.value.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces).uppercased() })
    }

    func parameter(_ name: String) -> String? {
        parameters.first { $0.name == name }?.value
    }
}

/// Turns the text of a .vcf file into properties: unfolds continuation lines (a leading space or
/// tab), joins quoted-printable soft line breaks (a trailing `=`), decodes quoted-printable in
/// the declared charset.
enum VCardLines {
    static func properties(in text: String) -> [VCardProperty] {
        let physical = physicalLines(text)
        var logical: [(text: String, line: Int)] = []
        var index = 0
        while index < physical.count {
            var current = String(physical[index])
            let startLine = index + 1
            index += 1
            let quotedPrintable = isQuotedPrintable(current)
            while index < physical.count {
                let next = physical[index]
                if let first = next.first, first == " " || first == "\t" {
                    current += next.dropFirst()
                } else if quotedPrintable && current.hasSuffix("=") {
                    // A soft line break: the next line continues the value, without a leading space.
                    current.removeLast()
                    current += next
                } else {
                    break
                }
                index += 1
            }
            if !current.trimmingCharacters(in: .whitespaces).isEmpty {
                logical.append((current, startLine))
            }
        }
        return logical.compactMap { parse($0.text, line: $0.line) }
    }

    /// Lines split on LF, CRLF or a lone CR, found on bytes (a 5 MB address book has 100,000 lines).
    static func physicalLines(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        let separator: UInt8 = utf8.contains(0x0A) ? 0x0A : 0x0D
        return utf8.split(separator: separator, omittingEmptySubsequences: false).map { line in
            var slice = line
            if separator == 0x0A, slice.last == 0x0D { slice = slice.dropLast() }
            return Substring(slice)
        }
    }

    private static func isQuotedPrintable(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":") else { return false }
        return line[..<colon].uppercased().contains("QUOTED-PRINTABLE")
    }

    /// Splits `group.NAME;params:value`, honouring quoted parameter values (which may hold `:`).
    static func parse(_ text: String, line: Int) -> VCardProperty? {
        var head: [String] = []
        var token = ""
        var inQuotes = false
        var valueStart: String.Index?
        for i in text.indices {
            let c = text[i]
            if c == "\"" { inQuotes.toggle(); continue }
            if !inQuotes && c == ";" { head.append(token); token = ""; continue }
            if !inQuotes && c == ":" { head.append(token); valueStart = text.index(after: i); break }
            token.append(c)
        }
        guard let valueStart, let rawName = head.first, !rawName.isEmpty else { return nil }
        let name = String(rawName.split(separator: ".").last ?? Substring(rawName)).uppercased()
        var parameters: [(String, String)] = []
        for raw in head.dropFirst() where !raw.isEmpty {
            if let eq = raw.firstIndex(of: "=") {
                parameters.append((raw[..<eq].uppercased(), String(raw[raw.index(after: eq)...])))
            } else {
                let bare = raw.uppercased()
                // vCard 2.1 writes parameter values without names: `TEL;CELL;PREF`, `NOTE;QUOTED-PRINTABLE`.
                if bare == "QUOTED-PRINTABLE" || bare == "BASE64" || bare == "8BIT" {
                    parameters.append(("ENCODING", bare))
                } else {
                    parameters.append(("TYPE", bare))
                }
            }
        }
        var value = String(text[valueStart...])
        let encoding = parameters.first { $0.0 == "ENCODING" }?.1.uppercased()
        if encoding == "QUOTED-PRINTABLE" {
            let charset = parameters.first { $0.0 == "CHARSET" }?.1
            value = QuotedPrintable.decode(value, charset: charset)
        }
        return VCardProperty(name: name, parameters: parameters, value: value, line: line)
    }
}

/// Quoted-printable as vCard 2.1 writers use it (`=C3=85sa` for Åsa).
enum QuotedPrintable {
    static func decode(_ text: String, charset: String?) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var i = 0
        while i < utf8.count {
            if utf8[i] == UInt8(ascii: "="), i + 2 < utf8.count,
               let high = hexValue(utf8[i + 1]), let low = hexValue(utf8[i + 2]) {
                bytes.append(high << 4 | low)
                i += 3
            } else {
                bytes.append(utf8[i])
                i += 1
            }
        }
        let latin1 = charset.map { ["ISO-8859-1", "LATIN1", "WINDOWS-1252", "CP1252"].contains($0.uppercased()) } ?? false
        if !latin1, let utf8Text = String(validating: bytes, as: UTF8.self) { return utf8Text }
        // Old phones wrote Latin-1 without saying so; every byte is a Latin-1 character.
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        default: return nil
        }
    }
}
