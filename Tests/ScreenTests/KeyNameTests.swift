import Testing
@testable import VisitDeskUI

@Suite struct KeyNameTests {
    @Test func tmuxNamesAndCharacters() throws {
        let keys = try parseKeyNames("Tab BTab Enter Escape Up Down Left Right PgUp PgDn Home End Space BSpace C-r F5 / å 张 q")
        #expect(keys == [.tab, .backTab, .enter, .escape, .up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
                         .character(" "), .backspace, .control("r"), .function(5), .character("/"), .character("å"),
                         .character("张"), .character("q")])
    }

    @Test func extraSpacesAreIgnored() throws {
        #expect(try parseKeyNames("  Down   Down ") == [.down, .down])
        #expect(try parseKeyNames("") == [])
    }

    @Test func anUnknownNameIsReportedByName() {
        #expect(throws: KeyNameError(token: "Dwn")) { try parseKeyNames("Down Dwn Enter") }
        let error = KeyNameError(token: "Dwn")
        #expect(error.description.contains("`Dwn`"))
    }
}
