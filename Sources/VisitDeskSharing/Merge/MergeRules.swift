import TOMLDocument

/// What the store's keys mean to a merge: which lists are sets (an order nobody chose, so two
/// people adding a tag both keep theirs) and how an entry of an array of tables is recognised
/// when the entries before it were added, removed or reordered.
public struct MergeRules: Sendable {
    /// Keys whose arrays merge as sets, wherever they appear.
    public var setKeys: Set<String>
    /// The key that names an entry of an array of tables (`slots` by `start`, `follow_ups` by `what`).
    public var identityKeys: [String: String]

    public init(setKeys: Set<String>, identityKeys: [String: String]) {
        self.setKeys = setKeys
        self.identityKeys = identityKeys
    }

    /// The store format v1: tags, interests, members, a contact's topics and languages are sets;
    /// slots are known by their start, follow-ups by what they ask for.
    public static let store = MergeRules(
        setKeys: ["tags", "interests", "members", "topics", "languages", "history"],
        identityKeys: ["slots": "start", "follow_ups": "what"]
    )

    /// The names of the entries of one array of tables, in order. An entry without its identity key
    /// (or an array the rules do not know) is named by position; a repeated name gets `#2`, `#3`.
    func identities(of entries: [TOMLTable], arrayKey: String) -> [String] {
        var seen: [String: Int] = [:]
        return entries.enumerated().map { position, entry in
            let base: String
            if let key = identityKeys[arrayKey], let value = entry[key] {
                base = TOMLLiteral.text(value)
            } else {
                base = "#\(position)"
            }
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            return count == 1 ? base : "\(base)#\(count)"
        }
    }
}

/// A value as TOML writes it: used for identities, messages and comparisons that must treat
/// `nan` as equal to itself.
public enum TOMLLiteral {
    public static func text(_ value: TOMLValue) -> String {
        var scratch = TOMLDocument()
        if (try? scratch.setValue(value, at: ["v"])) != nil {
            let line = scratch.text.hasSuffix("\n") ? String(scratch.text.dropLast()) : scratch.text
            return String(line.dropFirst(4))
        }
        return "\(value)"
    }
}
