/// What a letter template can name, as a tree: text, yes/no, a group of named values (the lead),
/// or a list of groups (members, slots). Kept apart from what Mustache renders so the template
/// can be checked against it — a name the tree lacks is a typo, and a name whose text is empty
/// would print as a silent blank.
public indirect enum TemplateValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case group([String: TemplateValue])
    /// `keys` are the names each item has, known even when the list is empty.
    case list([[String: TemplateValue]], keys: Set<String>)

    /// Whether the value would print as nothing (an empty text, an empty list, a group with no lead).
    var isEmpty: Bool {
        switch self {
        case .text(let text): return text.isEmpty
        case .flag(let value): return !value
        case .group(let values): return values.values.allSatisfy(\.isEmpty)
        case .list(let items, _): return items.isEmpty
        }
    }

    /// The names one level down: a group's keys, a list item's keys; nothing for text.
    var childNames: [String: TemplateValue] {
        switch self {
        case .group(let values): return values
        case .list(let items, let keys):
            var names = Dictionary(uniqueKeysWithValues: keys.map { ($0, TemplateValue.text("")) })
            for item in items { names.merge(item) { kept, _ in kept } }
            return names
        case .text, .flag: return [:]
        }
    }

    /// The value as Mustache reads it. Empty texts are left out so `{{#title_zh}}…{{/title_zh}}`
    /// hides a line when there is nothing to say.
    var mustacheObject: Any? {
        switch self {
        case .text(let text): return text.isEmpty ? nil : text
        case .flag(let value): return value
        case .group(let values): return TemplateValue.dictionary(values)
        case .list(let items, _): return items.map { TemplateValue.dictionary($0) }
        }
    }

    static func dictionary(_ values: [String: TemplateValue]) -> [String: Any] {
        values.compactMapValues(\.mustacheObject)
    }
}
