import TOMLDocument

/// Values a person typed in the conflict inbox for a file's conflicting keys, written into the
/// settled file with the ordinary surgical edits. Typed text is read as a TOML value (`16`,
/// `"Hebei"`, `["a", "b"]`); anything that is not one — or that would be more than one value —
/// is taken as plain text, so nothing typed can add keys of its own.
enum TypedValues {
    static func apply(_ typed: [String: String], to bytes: [UInt8], base: [UInt8]?, ours: [UInt8]?, theirs: [UInt8]?) -> [UInt8] {
        guard !typed.isEmpty, var document = try? TOMLDocument(parsing: bytes) else { return bytes }
        let text = { (bytes: [UInt8]?) in String(decoding: bytes ?? [], as: UTF8.self) }
        let conflicts = (try? TOMLMerge().merge(base: text(base), ours: text(ours), theirs: text(theirs)).conflicts) ?? []
        for conflict in conflicts {
            guard let literal = typed[conflict.field.description], let target = place(conflict.field, in: document) else { continue }
            try? document.setValue(value(literal), at: target)
        }
        return Array(document.text.utf8)
    }

    static func value(_ literal: String) -> TOMLValue {
        if let parsed = try? TOMLDocument(parsing: "v = \(literal)\n"), parsed.root.entries.count == 1,
            let value = parsed.value(at: TOMLPath([.key("v")])) {
            return value
        }
        return .string(literal)
    }

    /// Where the key is, or would go under its parent when the kept side removed it.
    private static func place(_ field: FieldPath, in document: TOMLDocument) -> TOMLPath? {
        if let found = document.locate(field, rules: .store) { return found }
        guard case .key(let key)? = field.steps.last else { return nil }
        return document.locate(FieldPath(Array(field.steps.dropLast())), rules: .store)?.appending(.key(key))
    }
}
