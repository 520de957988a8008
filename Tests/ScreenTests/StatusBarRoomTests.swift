import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// A message in the status bar is what the user waits to read, but it must not push out what the
/// bar is for: the counts and the problem count keep their place and the message is cut with `…`.
@Suite struct StatusBarRoomTests {
    static let longMessage = "no theme named midnight (themes: default-dark, light, high-contrast, colour-blind-safe); using the built-in look"

    @Test(arguments: [(80, 24), (120, 40), (60, 20)])
    func aLongMessageIsCutAndTheCountsStay(width: Int, height: Int) {
        var state = Fixtures.state(width, height)
        state.message = Self.longMessage
        let grid = render(state)
        expectExactWidths(grid)
        let bar = grid.line(height - 1)
        #expect(bar.contains(" new · "), "the counts stay: \(bar)")
        #expect(bar.contains("problem"), "the problem count stays: \(bar)")
        #expect(bar.contains("no theme named"), "the message starts: \(bar)")
        #expect(bar.contains("…"), "the message is cut: \(bar)")
    }

    @Test func aShortMessageIsShownWhole() {
        var state = Fixtures.state(80, 24)
        state.message = "copied +46 70 123 45 67"
        let bar = render(state).line(23)
        #expect(bar.contains("copied +46 70 123 45 67"))
        #expect(bar.contains(" new · "))
    }

    /// The key hint is the first thing a full row gives up; in Chinese and Swedish it is wider, and
    /// it comes back as `? 按键` / `? tangenter` where the room left allows, never cut.
    @Test func theHelpKeyComesBackShortWhereTheWholeHintHasNoRoom() {
        var state = Fixtures.state(120, 40)
        state.language = .sv
        let swedish = render(state)
        expectExactWidths(swedish)
        #expect(swedish.line(39).contains(" │ ? tangenter "), "\(swedish.line(39))")
        #expect(!swedish.line(39).contains("q avsluta"), "the whole hint has no room")
        state.language = .en
        #expect(render(state).line(39).contains("? keys · q quit"), "in English the whole hint fits")
    }
}
