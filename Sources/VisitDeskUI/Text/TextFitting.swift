/// A run of glyphs that fits a column, with each glyph's width already measured.
public struct FittedText: Sendable {
    public var glyphs: [(character: Character, width: Int)]
    public var width: Int
    public var wasTruncated: Bool
}

/// Cutting text to a number of cells. Terminal columns, not characters, are what must line up:
/// a wide glyph is never split, and a cut is always shown with `…` so a truncated name is never
/// mistaken for a complete one.
public enum TextFitting {
    public static let ellipsis: Character = "…"

    public static func fit(_ text: some StringProtocol, width: Int) -> FittedText {
        guard width > 0 else { return FittedText(glyphs: [], width: 0, wasTruncated: !text.isEmpty) }
        var glyphs: [(character: Character, width: Int)] = []
        var used = 0
        // Where the text would be cut if it turns out too long: the last glyph that still
        // leaves one cell for the ellipsis.
        var cutCount = 0
        var cutUsed = 0
        for raw in text {
            let c = printable(raw)
            let w = DisplayWidth.of(c)
            if w == 0 { continue }
            if used + w <= width - 1 {
                cutCount = glyphs.count + 1
                cutUsed = used + w
            }
            if used + w > width {
                glyphs.removeSubrange(cutCount...)
                glyphs.append((ellipsis, 1))
                return FittedText(glyphs: glyphs, width: cutUsed + 1, wasTruncated: true)
            }
            glyphs.append((c, w))
            used += w
        }
        return FittedText(glyphs: glyphs, width: used, wasTruncated: false)
    }

    /// Tabs, newlines and other controls in hand-written notes would move the terminal's cursor;
    /// on a one-line field they become a space.
    static func printable(_ c: Character) -> Character {
        if c == "\t" || c.isNewline { return " " }
        return c
    }
}

public enum Alignment: Sendable {
    case left
    case right
    case center
}

extension Grid {
    /// Draws `text` from (x, y), cut to `width` cells with `…`. Returns the cells used.
    @discardableResult
    public mutating func draw(_ text: some StringProtocol, x: Int, y: Int, width: Int, role: StyleRole) -> Int {
        let fitted = TextFitting.fit(text, width: min(width, self.width - x))
        var column = x
        for glyph in fitted.glyphs {
            put(glyph.character, width: glyph.width, x: column, y: y, role: role)
            column += glyph.width
        }
        return fitted.width
    }

    /// Draws `text` so it fills exactly `width` cells: cut with `…` or padded with spaces in `role`.
    public mutating func drawPadded(_ text: some StringProtocol, x: Int, y: Int, width: Int, role: StyleRole, alignment: Alignment = .left) {
        guard width > 0 else { return }
        let fitted = TextFitting.fit(text, width: width)
        let spare = width - fitted.width
        let lead: Int
        switch alignment {
        case .left: lead = 0
        case .right: lead = spare
        case .center: lead = spare / 2
        }
        fill(x: x, y: y, width: width, role: role)
        var column = x + lead
        for glyph in fitted.glyphs {
            put(glyph.character, width: glyph.width, x: column, y: y, role: role)
            column += glyph.width
        }
    }

    /// Blanks `width` cells in `role` (a selection bar, a cleared row).
    public mutating func fill(x: Int, y: Int, width: Int, role: StyleRole) {
        let first = max(0, x)
        let end = min(self.width, x + width)
        guard y >= 0, y < height, first < end else { return }
        for column in first..<end {
            put(" ", width: 1, x: column, y: y, role: role)
        }
    }
}
