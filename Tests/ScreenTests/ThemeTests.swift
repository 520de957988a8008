import Testing
@testable import VisitDeskUI

@Suite struct ThemeTests {
    @Test func rolesMapToColoursAndAttributes() throws {
        let theme = try Theme.parse(name: "mine", table: [
            "name": .string("mine"),
            "roles": .table([
                "border": .table(["fg": .string("bright-blue"), "bg": .string("default")]),
                "status-new": .table(["fg": .integer(208), "bold": .bool(true)]),
                "selected": .table(["fg": .string("#112233"), "reverse": .bool(true), "underline": .bool(false)]),
            ]),
        ])
        #expect(theme.style(for: .border) == Style(foreground: .ansi(12), background: .terminalDefault))
        #expect(theme.style(for: .statusNew) == Style(foreground: .indexed(208), bold: true))
        #expect(theme.style(for: .selected) == Style(foreground: .rgb(0x11, 0x22, 0x33), reverse: true))
        // A role the file leaves out keeps the fallback look.
        #expect(theme.style(for: .aged) == Theme.fallback.style(for: .aged))
    }

    @Test func errorsNameTheRoleAndWhatIsExpected() {
        func parse(_ roles: [String: ThemeValue]) -> ThemeParseError? {
            do { _ = try Theme.parse(name: "t", table: ["roles": .table(roles)]); return nil } catch { return error as? ThemeParseError }
        }
        let badColor = parse(["title": .table(["fg": .string("purplish")])])
        #expect(badColor == .badColor(role: "title", key: "fg", found: "\"purplish\""))
        #expect(badColor?.description.contains("roles.title.fg") == true)
        #expect(badColor?.description.contains("#rrggbb") == true)
        #expect(parse(["titel": .table([:])]) == .unknownRole("titel"))
        #expect(parse(["title": .table(["fg": .integer(300)])]) == .badColor(role: "title", key: "fg", found: "300"))
        #expect(parse(["title": .table(["bold": .string("yes")])]) == .badFlag(role: "title", key: "bold", found: "\"yes\""))
        #expect(parse(["title": .table(["colour": .string("red")])]) == .unknownKey(role: "title", key: "colour"))
        #expect(parse(["title": .string("red")]) == .notATable(role: "title", found: "a string"))
        #expect(throws: ThemeParseError.rolesMissing) { try Theme.parse(name: "t", table: [:]) }
    }
}

@Suite struct DownsampleTests {
    @Test func trueColourPassesThroughOnlyWhereSupported() {
        #expect(downsample(.rgb(1, 2, 3), toColors: 1 << 24) == .rgb(1, 2, 3))
        #expect(downsample(.rgb(255, 0, 0), toColors: 256) == .indexed(196))
        #expect(downsample(.rgb(0x80, 0x80, 0x80), toColors: 256) == .indexed(244))
        #expect(downsample(.rgb(250, 10, 10), toColors: 16) == .ansi(9))
        #expect(downsample(.rgb(250, 10, 10), toColors: 8) == .ansi(1))
    }

    @Test func paletteColoursFoldToTheNearestBasicOne() {
        #expect(downsample(.indexed(21), toColors: 16) == .ansi(4))    // pure blue is nearer blue than bright blue
        #expect(downsample(.indexed(21), toColors: 256) == .indexed(21))
        #expect(downsample(.ansi(9), toColors: 8) == .ansi(1))         // bright red → red
        #expect(downsample(.ansi(9), toColors: 16) == .ansi(9))
        #expect(downsample(.indexed(3), toColors: 8) == .ansi(3))
    }

    @Test func monochromeKeepsTheTerminalsDefaults() {
        #expect(downsample(.ansi(2), toColors: 2) == .terminalDefault)
        #expect(downsample(.terminalDefault, toColors: 256) == .terminalDefault)
    }
}
