/// The shape of a phrase, to read its English sentence back into a `Phrase` that can be shown in
/// another language: a key (`%s is busy then: %s, %s`) and, for each placeholder in order, whether
/// it holds plain text or a phrase of one of the given shapes. Text kept in the store as English
/// (a slot's `warnings`, data shared between coordinators) is read this way where it is shown.
///
/// Reading never changes the words: a match renders to exactly the text read (`description`), and
/// text no shape fits is nil, for the caller to show as it is.
public struct PhrasePattern: Sendable {
    public enum Part: Sendable {
        /// Any text, shown as it is (a name, an id, a date).
        case text
        /// A phrase of one of these shapes, tried in order.
        case phrase([PhrasePattern])
    }

    public let key: String
    public let parts: [Part]
    /// The key's literal pieces: one more than `parts`, around the placeholders.
    private let pieces: [Substring]

    public init(_ key: String, _ parts: Part...) {
        self.key = key
        var pieces: [Substring] = []
        var start = key.startIndex
        var index = key.startIndex
        while index < key.endIndex {
            let next = key.index(after: index)
            if key[index] == "%", next < key.endIndex, key[next] == "s" || key[next] == "d" {
                pieces.append(key[start..<index])
                start = key.index(after: next)
                index = start
            } else {
                index = next
            }
        }
        pieces.append(key[start...])
        self.pieces = pieces
        // A key whose parts were not all described reads its placeholders as text.
        self.parts = parts + Array(repeating: .text, count: max(0, pieces.count - 1 - parts.count))
    }

    /// The phrase `text` is, by the first of `patterns` that fits; nil when none does.
    public static func read(_ text: String, as patterns: [PhrasePattern]) -> Phrase? {
        read(Substring(text), as: patterns)
    }

    static func read(_ text: Substring, as patterns: [PhrasePattern]) -> Phrase? {
        for pattern in patterns {
            if let phrase = pattern.match(text) { return phrase }
        }
        return nil
    }

    /// The phrase when `text` is this key with its placeholders filled, the shortest filling first.
    func match(_ text: Substring) -> Phrase? {
        guard text.hasPrefix(pieces[0]) else { return nil }
        guard let arguments = fill(text.dropFirst(pieces[0].count), from: 0) else { return nil }
        return Phrase(key: key, arguments: arguments)
    }

    private func fill(_ rest: Substring, from part: Int) -> [any CustomStringConvertible]? {
        if part == parts.count { return rest.isEmpty ? [] : nil }
        let after = pieces[part + 1]
        let isLast = part == parts.count - 1 && after.isEmpty
        var end = rest.startIndex
        while end < rest.endIndex {
            end = rest.index(after: end)
            let candidate = rest[..<end]
            let tail = rest[end...]
            if isLast ? !tail.isEmpty : !tail.hasPrefix(after) { continue }
            let argument: (any CustomStringConvertible)?
            switch parts[part] {
            case .text: argument = String(candidate)
            case .phrase(let shapes): argument = Self.read(candidate, as: shapes)
            }
            guard let argument, let more = fill(tail.dropFirst(after.count), from: part + 1) else { continue }
            return [argument] + more
        }
        return nil
    }
}
