import VisitDeskUI

/// How a theme becomes ncurses colour pairs on one particular terminal. Pure: computed from the
/// theme and what the terminal can do, so 8-colour, 256-colour and NO_COLOR terminals are all
/// tested without one.
public struct ColorPlan: Equatable, Sendable {
    public struct Look: Equatable, Sendable {
        public var bold: Bool
        public var underline: Bool
        public var reverse: Bool
        /// 0 is the terminal's default pair.
        public var pair: Int
    }

    public struct Pair: Hashable, Sendable {
        /// ncurses colour numbers; -1 is the terminal's default colour.
        public var foreground: Int
        public var background: Int

        public init(foreground: Int, background: Int) {
            self.foreground = foreground
            self.background = background
        }
    }

    public struct Capabilities: Equatable, Sendable {
        /// COLORS after start_color; 0 when the terminal has none.
        public var colors: Int
        public var maxPairs: Int
        /// use_default_colors() succeeded, so -1 keeps the terminal's own background.
        public var defaultColors: Bool
        /// NO_COLOR was set (https://no-color.org): attributes only.
        public var noColor: Bool

        public init(colors: Int, maxPairs: Int, defaultColors: Bool, noColor: Bool) {
            self.colors = colors
            self.maxPairs = maxPairs
            self.defaultColors = defaultColors
            self.noColor = noColor
        }
    }

    /// Pair number n is `pairs[n - 1]`.
    public private(set) var pairs: [Pair] = []
    public private(set) var looks: [StyleRole: Look] = [:]

    public init(style: (StyleRole) -> Style, capabilities: Capabilities) {
        let useColor = !capabilities.noColor && capabilities.colors >= 8
        var pairNumbers: [Pair: Int] = [:]
        for role in StyleRole.allCases {
            let style = style(role)
            var look = Look(bold: style.bold, underline: style.underline, reverse: style.reverse, pair: 0)
            if !useColor { Self.addSignal(for: role, to: &look) }
            if useColor {
                let pair = Self.legible(Pair(
                    foreground: Self.colorNumber(style.foreground, isBackground: false, capabilities),
                    background: Self.colorNumber(style.background, isBackground: true, capabilities)
                ), onDefaultBackground: style.background == .terminalDefault, capabilities)
                if pair != Pair(foreground: -1, background: -1) {
                    if let known = pairNumbers[pair] {
                        look.pair = known
                    } else if pairs.count + 1 < capabilities.maxPairs {
                        pairs.append(pair)
                        pairNumbers[pair] = pairs.count
                        look.pair = pairs.count
                    }
                }
            }
            looks[role] = look
        }
    }

    /// Colour is never the only signal: without colour, a role whose look would be plain text
    /// gets the attribute that tells it apart (a holiday underlined, a conflict reversed).
    enum Signal: Sendable { case bold, underline, reverse }

    static let colourlessSignals: [StyleRole: Signal] = [
        .holiday: .underline, .conflict: .reverse, .marked: .bold, .aged: .bold, .error: .bold,
        .visitDay: .bold, .borderFocused: .bold, .titleFocused: .bold, .selected: .reverse,
        .selectedUnfocused: .underline, .today: .underline, .statusNew: .bold, .statusError: .reverse,
    ]

    private static func addSignal(for role: StyleRole, to look: inout Look) {
        guard !look.bold, !look.underline, !look.reverse, let signal = colourlessSignals[role] else { return }
        switch signal {
        case .underline: look.underline = true
        case .reverse: look.reverse = true
        case .bold: look.bold = true
        }
    }

    /// Few colours collapse a theme's greys into black or white, which may be the terminal's own
    /// background (unfocused borders black on black): on fewer than 16 colours such a foreground
    /// on the default background becomes the default foreground, and one equal to its own
    /// background becomes the opposite.
    private static func legible(_ pair: Pair, onDefaultBackground: Bool, _ capabilities: Capabilities) -> Pair {
        var pair = pair
        if capabilities.colors < 16, onDefaultBackground, pair.foreground == 0 || pair.foreground == 7 {
            pair.foreground = capabilities.defaultColors ? -1 : (pair.background == 0 ? 7 : 0)
        }
        if pair.foreground == pair.background, pair.foreground >= 0 {
            pair.foreground = pair.background == 0 ? 7 : 0
        }
        return pair
    }

    public func look(for role: StyleRole) -> Look {
        looks[role] ?? Look(bold: false, underline: false, reverse: false, pair: 0)
    }

    private static func colorNumber(_ color: TerminalColor, isBackground: Bool, _ capabilities: Capabilities) -> Int {
        // ncurses colour numbers stop at 255 for pairs built this way, so true colour is reduced too.
        let reduced = downsample(color, toColors: min(capabilities.colors, 256))
        switch reduced {
        case .terminalDefault:
            if capabilities.defaultColors { return -1 }
            return isBackground ? 0 : 7
        case .ansi(let index), .indexed(let index):
            return index < capabilities.colors ? max(0, index) : max(0, index) % 8
        case .rgb:
            return isBackground ? 0 : 7
        }
    }
}
