/// A key name that `parseKeyNames` does not know; the message names the token so a typo in a
/// `--keys` argument or a `[keys]` line is found at once.
public struct KeyNameError: Error, Equatable, CustomStringConvertible {
    public var token: String

    public init(token: String) { self.token = token }

    public var description: String {
        "unknown key name `\(token)`: use tmux names (Tab BTab Enter Escape Up Down Left Right PgUp PgDn Home End Space BSpace DC F1-F12 C-x M-x) or a single character"
    }
}

/// Parses tmux key names separated by spaces (`Tab Down Enter / 张 C-r`), the language of
/// `visitdesk snapshot --keys` and of the end-to-end tests, so both drive the same keys.
public func parseKeyNames(_ text: String) throws -> [Key] {
    try text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map { try key(named: String($0)) }
}

private let namedKeys: [String: Key] = [
    "Tab": .tab, "BTab": .backTab, "Enter": .enter, "Escape": .escape, "Esc": .escape,
    "Up": .up, "Down": .down, "Left": .left, "Right": .right,
    "PgUp": .pageUp, "PPage": .pageUp, "PageUp": .pageUp,
    "PgDn": .pageDown, "NPage": .pageDown, "PageDown": .pageDown,
    "Home": .home, "End": .end, "Space": .character(" "),
    "BSpace": .backspace, "DC": .delete, "Delete": .delete,
]

/// One key by its tmux name (`C-r`, `M-b`, `PgDn`) or as the single character it types.
public func key(named token: String) throws -> Key {
    if let named = namedKeys[token] { return named }
    if token.count == 1, let c = token.first { return .character(c) }
    if token.hasPrefix("C-"), token.count == 3, let letter = token.last, letter.isLetter, letter.isASCII {
        return .control(Character(letter.lowercased()))
    }
    if token.hasPrefix("M-"), token.count == 3, let c = token.last, !c.isWhitespace {
        return .alt(c)
    }
    if token.hasPrefix("F"), let number = Int(token.dropFirst()), (1...24).contains(number) {
        return .function(number)
    }
    throw KeyNameError(token: token)
}

extension Key {
    /// The key's tmux name, as help, the palette and `visitdesk config keys` show it and as a
    /// `[keys]` line writes it: `q`, `C-r`, `M-b`, `Space`, `PgDn`.
    public var name: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "C-\(c)"
        case .alt(let c): return "M-\(c)"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "BTab"
        case .backspace: return "BSpace"
        case .delete: return "DC"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .function(let n): return "F\(n)"
        case .unknownSequence: return "(unknown sequence)"
        case .paste: return "(paste)"
        }
    }
}
