/// A named mapping from style roles to looks. Panes only name roles; swapping the theme value
/// re-colours everything without touching rendering.
public struct Theme: Sendable {
    public var name: String
    private var styles: [StyleRole: Style]

    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// Roles a theme leaves out look as they do in the fallback, so a short user theme that only
    /// changes a few colours still draws every pane legibly.
    public func style(for role: StyleRole) -> Style {
        styles[role] ?? Theme.fallbackStyles[role] ?? .plain
    }

    /// The themes shipped in Themes/, in the order `T` cycles through them.
    public static let shippedNames = ["default-dark", "light", "high-contrast", "colour-blind-safe"]

    /// Built in, so a missing or broken theme file never leaves the dashboard unreadable.
    public static let fallback = Theme(name: "fallback", styles: fallbackStyles)

    private static let fallbackStyles: [StyleRole: Style] = [
        .normal: .plain,
        .muted: Style(foreground: .ansi(8)),
        .border: Style(foreground: .ansi(8)),
        .borderFocused: Style(foreground: .ansi(6), bold: true),
        .title: Style(bold: true),
        .titleFocused: Style(foreground: .ansi(6), bold: true),
        .selected: Style(reverse: true),
        .selectedUnfocused: Style(underline: true),
        .marked: Style(foreground: .ansi(3), bold: true),
        .header: Style(bold: true, underline: true),
        .statusBar: Style(reverse: true),
        .statusMessage: Style(foreground: .ansi(3), reverse: true),
        .statusError: Style(foreground: .ansi(1), bold: true, reverse: true),
        .keyHint: Style(reverse: true),
        .statusNew: Style(foreground: .ansi(6), bold: true),
        .statusReviewing: Style(foreground: .ansi(4)),
        .statusOnHold: Style(foreground: .ansi(3)),
        .statusConfirmed: Style(foreground: .ansi(2), bold: true),
        .statusVisited: Style(foreground: .ansi(2)),
        .statusDeclined: Style(foreground: .ansi(8)),
        .statusCancelled: Style(foreground: .ansi(8), underline: true),
        .aged: Style(foreground: .ansi(1), bold: true),
        .conflict: Style(foreground: .ansi(1), reverse: true),
        .holiday: Style(foreground: .ansi(5)),
        .workday: Style(foreground: .ansi(6), underline: true),
        .weekend: Style(foreground: .ansi(8)),
        .today: Style(bold: true, underline: true),
        .visitDay: Style(foreground: .ansi(2), bold: true),
        .field: Style(foreground: .ansi(8)),
        .fieldFocused: Style(underline: true),
        .error: Style(foreground: .ansi(1), bold: true),
        .overlay: .plain,
    ]

    /// Builds a theme from a decoded file: `[roles.<role>]` tables with `fg`, `bg`, `bold`,
    /// `underline`, `reverse`. Anything unexpected is an error, never silently ignored, so a typo
    /// in a role name is reported rather than leaving that role in the fallback look.
    public static func parse(name: String, table: [String: ThemeValue]) throws -> Theme {
        guard case .table(let roles)? = table["roles"] else { throw ThemeParseError.rolesMissing }
        var styles: [StyleRole: Style] = [:]
        for (roleName, value) in roles.sorted(by: { $0.key < $1.key }) {
            guard let role = StyleRole(rawValue: roleName) else { throw ThemeParseError.unknownRole(roleName) }
            guard case .table(let fields) = value else {
                throw ThemeParseError.notATable(role: roleName, found: value.kindName)
            }
            styles[role] = try style(role: roleName, fields: fields)
        }
        return Theme(name: name, styles: styles)
    }

    private static func style(role: String, fields: [String: ThemeValue]) throws -> Style {
        var style = Style.plain
        for (key, value) in fields.sorted(by: { $0.key < $1.key }) {
            switch key {
            case "fg", "bg":
                guard let color = ColorName.parse(value) else {
                    throw ThemeParseError.badColor(role: role, key: key, found: describe(value))
                }
                if key == "fg" { style.foreground = color } else { style.background = color }
            case "bold", "underline", "reverse":
                guard case .bool(let flag) = value else {
                    throw ThemeParseError.badFlag(role: role, key: key, found: describe(value))
                }
                switch key {
                case "bold": style.bold = flag
                case "underline": style.underline = flag
                default: style.reverse = flag
                }
            default:
                throw ThemeParseError.unknownKey(role: role, key: key)
            }
        }
        return style
    }

    private static func describe(_ value: ThemeValue) -> String {
        switch value {
        case .string(let s): return "\"\(s)\""
        case .integer(let i): return String(i)
        case .bool(let b): return String(b)
        case .table: return "a table"
        }
    }
}
