import Testing
@testable import VisitDeskUI

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("Åsa Öberg", 9), ("张伟", 4), ("河北省商务厅代表团", 18), ("（第二批）", 10), ("Zoe\u{308}", 3), ("🐼", 2),
        ("abc", 3), ("한국", 4), ("か\u{3099}", 2), ("\u{302A}", 0), ("❤\u{FE0F}", 1), ("🇸🇪", 2), ("", 0), ("a\u{200B}b", 2),
    ])
    func widthsMatchWhatTerminalsDraw(text: String, cells: Int) {
        #expect(DisplayWidth.of(text) == cells)
    }

    @Test func controlCharactersTakeNoCell() {
        #expect(DisplayWidth.of(Character("\u{7}")) == 0)
        #expect(DisplayWidth.of(Character("\u{1B}")) == 0)
    }
}

@Suite struct TextFittingTests {
    @Test func fittingTextIsUntouched() {
        let fitted = TextFitting.fit("张伟", width: 4)
        #expect(fitted.width == 4 && !fitted.wasTruncated)
    }

    @Test func truncationNeverSplitsAWideGlyph() {
        // 9 ideographs = 18 cells into 6: two ideographs (4 cells) and the ellipsis; a third would need 7.
        let fitted = TextFitting.fit("河北省商务厅代表团", width: 6)
        #expect(String(fitted.glyphs.map(\.character)) == "河北…")
        #expect(fitted.width == 5 && fitted.wasTruncated)
    }

    @Test func truncatedLatinUsesTheWholeWidth() {
        let fitted = TextFitting.fit("Åsa Öberg", width: 5)
        #expect(String(fitted.glyphs.map(\.character)) == "Åsa …")
        #expect(fitted.width == 5)
    }

    @Test func combiningMarksStayWithTheirLetter() {
        let fitted = TextFitting.fit("Zoe\u{308} Lind", width: 4)
        #expect(String(fitted.glyphs.map(\.character)) == "Zoe\u{308}…")
    }

    @Test func paddedTextFillsExactlyItsCellsInAGrid() {
        var grid = Grid(width: 12, height: 3)
        grid.drawPadded("（第二批）", x: 0, y: 0, width: 7, role: .normal)
        grid.drawPadded("张伟", x: 0, y: 1, width: 12, role: .normal, alignment: .right)
        grid.drawPadded("🐼🐼🐼", x: 1, y: 2, width: 5, role: .normal)
        #expect(grid.line(0) == "（第二…     ")
        #expect(grid.line(1) == "        张伟")
        #expect(grid.line(2) == " 🐼🐼…      ")
        for y in 0..<3 { #expect(DisplayWidth.of(grid.line(y)) == 12) }
    }

    @Test func newlinesInNotesBecomeSpaces() {
        var grid = Grid(width: 8, height: 1)
        grid.draw("a\nb\tc", x: 0, y: 0, width: 8, role: .normal)
        #expect(grid.line(0) == "a b c   ")
    }
}
