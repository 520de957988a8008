import Foundation
import TOMLDocument

/// Compares a parsed value with toml-test's tagged JSON by meaning: floats by value (nan equals
/// nan), date-times by their fields, so `1979-05-27 07:32:00Z` matches `1979-05-27T07:32:00Z`.
/// Returns a description of the first difference, or nil when they agree.
func difference(_ value: TOMLValue, _ json: Any, at path: String = "") -> String? {
    if let object = json as? [String: Any], object.count == 2,
        let type = object["type"] as? String, let text = object["value"] as? String {
        return scalarDifference(value, type: type, text: text, at: path)
    }
    if let array = json as? [Any] {
        guard case .array(let elements) = value else { return "\(path): expected an array, got \(value.typeName)" }
        guard elements.count == array.count else { return "\(path): expected \(array.count) elements, got \(elements.count)" }
        for (k, (element, expected)) in zip(elements, array).enumerated() {
            if let diff = difference(element, expected, at: "\(path)[\(k)]") { return diff }
        }
        return nil
    }
    if let object = json as? [String: Any] {
        guard case .table(let table) = value else { return "\(path): expected a table, got \(value.typeName)" }
        guard Set(table.keys) == Set(object.keys), table.count == object.count else {
            return "\(path): keys \(table.keys.sorted()) != expected \(object.keys.sorted())"
        }
        for (key, expected) in object {
            if let diff = difference(table[key]!, expected, at: "\(path).\(key)") { return diff }
        }
        return nil
    }
    return "\(path): unexpected JSON \(json)"
}

private func scalarDifference(_ value: TOMLValue, type: String, text: String, at path: String) -> String? {
    guard value.typeName == type else { return "\(path): expected \(type) \(text), got \(value)" }
    let same: Bool
    switch value {
    case .string(let s): same = s == text
    case .integer(let n): same = Int64(text) == n
    case .float(let x): same = expectedFloat(text).map { $0 == x || ($0.isNaN && x.isNaN) } ?? false
    case .boolean(let b): same = (text == "true") == b && (text == "true" || text == "false")
    default:
        // Date-times: parse the expected RFC 3339 text as a TOML value and compare fields.
        let expected = try? TOMLDocument(parsing: "v = \(text)").root["v"]
        same = expected == value
    }
    return same ? nil : "\(path): expected \(type) \(text), got \(value)"
}

private func expectedFloat(_ text: String) -> Double? {
    switch text {
    case "inf", "+inf": .infinity
    case "-inf": -.infinity
    case "nan", "+nan", "-nan": .nan
    default: Double(text)
    }
}
