import CursesBackend
import Testing
import VisitDeskUI

struct GridDiffTests {
    private func grid(_ text: String, width: Int = 8) -> Grid {
        var grid = Grid(width: width, height: 1)
        var x = 0
        for character in text {
            let wide = character.unicodeScalars.first!.value >= 0x1100
            grid.put(character, width: wide ? 2 : 1, x: x, y: 0, role: .normal)
            x += wide ? 2 : 1
        }
        return grid
    }

    private func positions(_ old: Grid?, _ new: Grid) -> [Int] {
        changedGlyphPositions(from: old, to: new).map(\.x)
    }

    @Test func identicalFramesSendNothing() {
        #expect(positions(grid("张伟 ab"), grid("张伟 ab")).isEmpty)
    }

    @Test func onlyTheChangedCellIsSent() {
        #expect(positions(grid("abcd"), grid("abXd")) == [2])
    }

    @Test func aWideGlyphIsSentOnceFromItsLeftHalf() {
        #expect(positions(grid("张伟"), grid("张王")) == [2])
    }

    @Test func replacingNarrowCellsByAWideGlyphSendsOnlyTheGlyph() {
        #expect(positions(grid("abcd"), grid("a张d")) == [1])
    }

    @Test func firstFrameSendsEveryGlyphButNoContinuation() {
        #expect(positions(nil, grid("张a", width: 4)) == [0, 2, 3])
    }

    @Test func aResizedFrameIsSentWhole() {
        #expect(positions(grid("ab", width: 2), grid("ab", width: 3)) == [0, 1, 2])
    }
}
