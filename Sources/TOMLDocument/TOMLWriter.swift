/// Writes new values in the style the store's files use: basic strings with Unicode as is
/// (people read `"张伟"`, not `"\u5F20\u4F0F"`), multi-line strings for text with newlines,
/// single-line arrays and inline tables.
enum TOMLWriter {
    static func key(_ key: String) -> String {
        if !key.isEmpty, key.utf8.allSatisfy(isBareKeyByte) { return key }
        return basicString(key)
    }

    static func keyPath(_ keys: [String]) -> String {
        keys.map(key).joined(separator: ".")
    }

    /// `lineEnding` is used inside multi-line strings so a CRLF file stays CRLF throughout.
    static func value(_ value: TOMLValue, lineEnding: String = "\n") -> String {
        switch value {
        case .string(let s):
            s.contains("\n") ? multilineString(s, lineEnding: lineEnding) : basicString(s)
        case .integer(let n): String(n)
        case .float(let x): float(x)
        case .boolean(let b): b ? "true" : "false"
        case .offsetDateTime(let v): v.description
        case .localDateTime(let v): v.description
        case .localDate(let v): v.description
        case .localTime(let v): v.description
        case .array(let elements):
            "[" + elements.map { self.value($0, lineEnding: lineEnding) }.joined(separator: ", ") + "]"
        case .table(let table): inlineTable(table, lineEnding: lineEnding)
        }
    }

    static func inlineTable(_ table: TOMLTable, lineEnding: String) -> String {
        guard !table.isEmpty else { return "{}" }
        let members = table.entries.map { key($0.key) + " = " + value($0.value, lineEnding: lineEnding) }
        return "{ " + members.joined(separator: ", ") + " }"
    }

    static func float(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        // Swift's shortest round-trip form (1.0, 0.1, 1e+20, 5e-324) is already valid TOML.
        return x.description
    }

    static func basicString(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: appendEscapingControls(scalar, to: &out)
            }
        }
        return out + "\""
    }

    /// The opening newline is trimmed by parsers, so the text starts on the line after `"""`.
    static func multilineString(_ s: String, lineEnding: String) -> String {
        var out = "\"\"\"" + lineEnding
        let scalars = Array(s.unicodeScalars)
        for (k, scalar) in scalars.enumerated() {
            switch scalar {
            case "\n": out += lineEnding
            case "\\": out += "\\\\"
            case "\"":
                // Escaping a quote that starts a run (or ends the text) rules out `"""` inside.
                let next = k + 1 < scalars.count ? scalars[k + 1] : nil
                out += (next == nil || next == "\"") ? "\\\"" : "\""
            default: appendEscapingControls(scalar, to: &out)
            }
        }
        return out + "\"\"\""
    }

    private static func appendEscapingControls(_ scalar: Unicode.Scalar, to out: inout String) {
        switch scalar {
        case "\t": out += "\t"
        case "\r": out += "\\r"
        case "\u{08}": out += "\\b"
        case "\u{0C}": out += "\\f"
        case "\u{00}"..."\u{1F}", "\u{7F}":
            let hex = String(scalar.value, radix: 16, uppercase: true)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
    }
}
