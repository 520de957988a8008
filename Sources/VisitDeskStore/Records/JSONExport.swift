import Foundation
import TOMLDocument

/// TOML values as JSON text, keeping the file's key order (JSONSerialization would not), so
/// `visitdesk list --format json` shows a record the way its file reads. Dates and times become
/// their TOML text ("2017-07-13T13:30:00"), which every JSON consumer can parse.
public enum JSONExport {
    public static func object(_ entries: [(key: String, value: String)]) -> String {
        "{" + entries.map { "\(quote($0.key)):\($0.value)" }.joined(separator: ",") + "}"
    }

    public static func value(_ value: TOMLValue) -> String {
        switch value {
        case .string(let text): return quote(text)
        case .integer(let number): return String(number)
        case .float(let number): return number.isFinite ? "\(number)" : quote("\(number)")
        case .boolean(let flag): return flag ? "true" : "false"
        case .offsetDateTime(let dateTime): return quote(dateTime.description)
        case .localDateTime(let dateTime): return quote(dateTime.description)
        case .localDate(let date): return quote(date.description)
        case .localTime(let time): return quote(time.description)
        case .array(let items): return "[" + items.map(self.value).joined(separator: ",") + "]"
        case .table(let table): return object(table.entries.map { ($0.key, self.value($0.value)) })
        }
    }

    public static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let s where s.value < 0x20 || s.value == 0x7F:
                out += String(format: "\\u%04x", s.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

extension RecordStore {
    /// The record's file as a JSON object: `id` first, then every key of the file (unknown ones too).
    public func json(of kind: RecordKind, id: String) -> String? {
        guard let bytes = bytes(of: kind, id: id),
              case .success(let document) = RecordParser.document(bytes, file: kind.relativePath(id: id))
        else { return nil }
        return JSONExport.object([("id", JSONExport.quote(id))] + document.root.entries.map { ($0.key, JSONExport.value($0.value)) })
    }
}
