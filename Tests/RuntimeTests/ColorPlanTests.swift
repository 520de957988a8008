import CursesBackend
import Testing
import VisitDeskUI

struct ColorPlanTests {
    private let xterm256 = ColorPlan.Capabilities(colors: 256, maxPairs: 65_536, defaultColors: true, noColor: false)

    private func theme(_ styles: [StyleRole: Style]) -> (StyleRole) -> Style {
        { styles[$0] ?? .plain }
    }

    @Test func trueColourIsMappedToThePaletteOn256ColourTerminals() {
        let plan = ColorPlan(style: theme([.title: Style(foreground: .rgb(255, 0, 0), bold: true)]), capabilities: xterm256)
        let look = plan.look(for: .title)
        #expect(look.bold)
        #expect(look.pair == 1)
        #expect(plan.pairs == [ColorPlan.Pair(foreground: 196, background: -1)])
    }

    @Test func eightColourTerminalsGetOnlyTheFirstEightColours() {
        let eight = ColorPlan.Capabilities(colors: 8, maxPairs: 64, defaultColors: true, noColor: false)
        let plan = ColorPlan(
            style: theme([.conflict: Style(foreground: .indexed(196), background: .ansi(12))]), capabilities: eight
        )
        let pair = plan.pairs[plan.look(for: .conflict).pair - 1]
        #expect((0..<8).contains(pair.foreground) && (0..<8).contains(pair.background))
        #expect(pair.foreground == 1, "xterm 196 is red")
    }

    @Test func noColorKeepsAttributesAndDropsEveryPair() {
        let noColor = ColorPlan.Capabilities(colors: 256, maxPairs: 65_536, defaultColors: true, noColor: true)
        let plan = ColorPlan(
            style: theme([.selected: Style(foreground: .ansi(0), background: .ansi(6), reverse: true)]), capabilities: noColor
        )
        #expect(plan.pairs.isEmpty)
        #expect(plan.look(for: .selected).reverse)
        #expect(plan.look(for: .selected).pair == 0)
    }

    @Test func rolesWithTheSameColoursShareOnePair() {
        let green = Style(foreground: .ansi(2))
        let plan = ColorPlan(style: theme([.statusConfirmed: green, .today: green, .holiday: Style(foreground: .ansi(3))]), capabilities: xterm256)
        #expect(plan.pairs.count == 2)
        #expect(plan.look(for: .statusConfirmed).pair == plan.look(for: .today).pair)
        #expect(plan.look(for: .normal).pair == 0, "default on default needs no pair")
    }

    @Test func terminalDefaultWithoutDefaultColoursIsWhiteOnBlack() {
        let old = ColorPlan.Capabilities(colors: 8, maxPairs: 64, defaultColors: false, noColor: false)
        let plan = ColorPlan(style: theme([.title: Style(foreground: .ansi(4))]), capabilities: old)
        #expect(plan.pairs[plan.look(for: .title).pair - 1] == ColorPlan.Pair(foreground: 4, background: 0))
    }

    @Test func monochromeTerminalUsesAttributesOnly() {
        let mono = ColorPlan.Capabilities(colors: 0, maxPairs: 0, defaultColors: false, noColor: false)
        let plan = ColorPlan(style: theme([.title: Style(foreground: .ansi(4), underline: true)]), capabilities: mono)
        #expect(plan.pairs.isEmpty)
        #expect(plan.look(for: .title).underline)
    }
}

/// Colour is never the only signal, and no theme's grey vanishes into the background.
struct ColorSignalTests {
    @Test func withoutColourEveryColouredSignalKeepsAnAttribute() {
        let noColor = ColorPlan.Capabilities(colors: 256, maxPairs: 65_536, defaultColors: true, noColor: true)
        let colourOnly: (StyleRole) -> Style = { _ in Style(foreground: .ansi(5)) }
        let plan = ColorPlan(style: colourOnly, capabilities: noColor)
        for role in [StyleRole.holiday, .conflict, .marked, .selected, .today, .aged] {
            let look = plan.look(for: role)
            #expect(look.bold || look.underline || look.reverse, "\(role) is told apart without colour")
        }
        #expect(!plan.look(for: .normal).underline, "plain text stays plain")
    }

    @Test func eightColourGreysNeverMatchTheBackground() {
        let eight = ColorPlan.Capabilities(colors: 8, maxPairs: 64, defaultColors: true, noColor: false)
        let plan = ColorPlan(style: { $0 == .border ? Style(foreground: .indexed(240)) : Style(foreground: .indexed(248), background: .indexed(250)) },
                             capabilities: eight)
        let border = plan.look(for: .border).pair
        #expect(border == 0 || plan.pairs[border - 1].foreground == -1, "a dark grey border is not drawn black on a dark terminal")
        let other = plan.pairs[plan.look(for: .title).pair - 1]
        #expect(other.foreground != other.background)
    }
}
