/// Maps a theme colour to one the terminal can show: 8 or 16 ANSI colours, the 256-colour
/// palette, or true colour (any count above 256). Fewer than 8 colours (or `NO_COLOR`) leaves
/// only the terminal's defaults, so text stays readable on any background.
public func downsample(_ color: TerminalColor, toColors count: Int) -> TerminalColor {
    if count > 256 { return color }
    if count < 8 { return .terminalDefault }
    switch color {
    case .terminalDefault:
        return color
    case .ansi(let index):
        if count >= 16 || index < 8 { return color }
        return .ansi(XtermPalette.nearest(to: XtermPalette.rgb(of: index), among: 0..<8))
    case .indexed(let index):
        if index < 16 { return downsample(.ansi(index), toColors: count) }
        if count >= 256 { return color }
        return .ansi(XtermPalette.nearest(to: XtermPalette.rgb(of: index), among: 0..<(count >= 16 ? 16 : 8)))
    case .rgb(let r, let g, let b):
        let target = (Int(r), Int(g), Int(b))
        if count >= 256 { return .indexed(XtermPalette.nearest(to: target, among: 16..<256)) }
        return .ansi(XtermPalette.nearest(to: target, among: 0..<(count >= 16 ? 16 : 8)))
    }
}

/// xterm's default palette: what the 256 indexes look like, to find the nearest one.
enum XtermPalette {
    private static let ansi: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    static func rgb(of index: Int) -> (Int, Int, Int) {
        switch index {
        case ..<0: return ansi[0]
        case 0..<16: return ansi[index]
        case 16..<232:
            let i = index - 16
            return (cubeLevels[i / 36], cubeLevels[i / 6 % 6], cubeLevels[i % 6])
        case 232..<256:
            let level = 8 + 10 * (index - 232)
            return (level, level, level)
        default: return ansi[15]
        }
    }

    static func nearest(to target: (Int, Int, Int), among candidates: Range<Int>) -> Int {
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for index in candidates {
            let (r, g, b) = rgb(of: index)
            let distance = (r - target.0) * (r - target.0) + (g - target.1) * (g - target.1) + (b - target.2) * (b - target.2)
            if distance < bestDistance {
                bestDistance = distance
                best = index
            }
        }
        return best
    }
}
