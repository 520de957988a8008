/// The decoded shape of a theme file. The runtime converts the TOML document into this tree,
/// so the UI core can validate themes without depending on the TOML library.
public enum ThemeValue: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case bool(Bool)
    case table([String: ThemeValue])

    var kindName: String {
        switch self {
        case .string: return "a string"
        case .integer: return "an integer"
        case .bool: return "a boolean"
        case .table: return "a table"
        }
    }
}

/// Why a theme file was refused. Each message names the role and key and says what would be
/// accepted, because the person fixing it has the file open in an editor, not the source.
public enum ThemeParseError: Error, Equatable, CustomStringConvertible {
    case rolesMissing
    case unknownRole(String)
    case notATable(role: String, found: String)
    case unknownKey(role: String, key: String)
    case badColor(role: String, key: String, found: String)
    case badFlag(role: String, key: String, found: String)

    public var description: String {
        switch self {
        case .rolesMissing:
            return "the theme has no [roles] table: add tables like [roles.border] with fg/bg/bold/underline/reverse"
        case .unknownRole(let role):
            return "[roles.\(role)]: unknown style role; known roles: \(StyleRole.allCases.map(\.rawValue).joined(separator: ", "))"
        case .notATable(let role, let found):
            return "roles.\(role): expected a table with fg/bg/bold/underline/reverse, found \(found)"
        case .unknownKey(let role, let key):
            return "roles.\(role).\(key): unknown key; expected fg, bg, bold, underline or reverse"
        case .badColor(let role, let key, let found):
            return "roles.\(role).\(key): expected a colour name (red, bright-blue, default), a 256-colour index 0-255 or \"#rrggbb\", found \(found)"
        case .badFlag(let role, let key, let found):
            return "roles.\(role).\(key): expected true or false, found \(found)"
        }
    }
}
