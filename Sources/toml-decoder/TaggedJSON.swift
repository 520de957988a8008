import TOMLDocument

/// toml-test's tagged JSON: tables become objects, arrays arrays, and every scalar an object
/// `{"type": …, "value": …}` whose value is a string, so no precision is lost in JSON numbers.
enum TaggedJSON {
    static func encode(_ value: TOMLValue, into out: inout String) {
        switch value {
        case .table(let table):
            out += "{"
            for (k, entry) in table.entries.enumerated() {
                if k > 0 { out += "," }
                string(entry.key, into: &out)
                out += ":"
                encode(entry.value, into: &out)
            }
            out += "}"
        case .array(let elements):
            out += "["
            for (k, element) in elements.enumerated() {
                if k > 0 { out += "," }
                encode(element, into: &out)
            }
            out += "]"
        default:
            out += "{\"type\":"
            string(value.typeName, into: &out)
            out += ",\"value\":"
            string(scalarText(value), into: &out)
            out += "}"
        }
    }

    private static func scalarText(_ value: TOMLValue) -> String {
        switch value {
        case .string(let s): s
        case .integer(let n): String(n)
        case .float(let x): x.isNaN ? "nan" : x.isInfinite ? (x < 0 ? "-inf" : "inf") : String(x)
        case .boolean(let b): b ? "true" : "false"
        case .offsetDateTime(let v): v.description
        case .localDateTime(let v): v.description
        case .localDate(let v): v.description
        case .localTime(let v): v.description
        case .array, .table: ""
        }
    }

    static func string(_ s: String, into out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{00}"..."\u{1F}", "\u{7F}":
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }
}
