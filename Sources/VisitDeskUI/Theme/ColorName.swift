/// Colour names as theme files write them. The 16 ANSI names are the ones every terminal has,
/// so a theme written with names looks sane even on an 8-colour console.
enum ColorName {
    static let ansiNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// `default`, `red`, `bright-red`, `grey` (bright black), 0–255 or `#rrggbb`.
    static func parse(_ value: ThemeValue) -> TerminalColor? {
        switch value {
        case .integer(let index):
            return (0...255).contains(index) ? .indexed(index) : nil
        case .string(let raw):
            return parse(name: raw.lowercased())
        default:
            return nil
        }
    }

    private static func parse(name: String) -> TerminalColor? {
        if name == "default" { return .terminalDefault }
        if name == "grey" || name == "gray" { return .ansi(8) }
        if let index = ansiNames.firstIndex(of: name) { return .ansi(index) }
        if name.hasPrefix("bright-"), let index = ansiNames.firstIndex(of: String(name.dropFirst(7))) {
            return .ansi(index + 8)
        }
        if name.hasPrefix("#") { return hex(name.dropFirst()) }
        return nil
    }

    private static func hex(_ digits: Substring) -> TerminalColor? {
        guard digits.count == 6, let value = UInt32(digits, radix: 16) else { return nil }
        return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }
}
