/// One terminal cell: a grapheme and how many columns it takes, or the right half of a wide one.
public struct Cell: Hashable, Sendable {
    /// The grapheme drawn here; a space for empty cells, "" for a continuation cell.
    public var character: Character?
    /// 1 for narrow glyphs, 2 for wide ones (CJK, fullwidth forms, emoji); 0 marks a continuation.
    public var width: Int
    public var role: StyleRole

    public static let blank = Cell(character: " ", width: 1, role: .normal)

    public init(character: Character?, width: Int, role: StyleRole) {
        self.character = character
        self.width = width
        self.role = role
    }

    public var isContinuation: Bool { width == 0 }
}

/// A rectangle of cells that every pane draws into. The screen is a pure function of the state:
/// render fills a Grid, the backend copies whatever changed to the terminal, tests read it as text.
public struct Grid: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: fill, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    public func contains(x: Int, y: Int) -> Bool {
        x >= 0 && y >= 0 && x < width && y < height
    }

    /// Puts one grapheme at (x, y). A wide grapheme that would cross the right edge becomes a blank
    /// so no half glyph is ever drawn; overwriting either half of a wide glyph blanks the other half.
    public mutating func put(_ character: Character, width glyphWidth: Int, x: Int, y: Int, role: StyleRole) {
        guard contains(x: x, y: y), glyphWidth > 0 else { return }
        let index = y * width + x
        if glyphWidth == 1, cells[index].width == 1 {
            // Narrow over narrow, the common case: no other half to clear.
            cells[index] = Cell(character: character, width: 1, role: role)
            return
        }
        if glyphWidth == 2 && x + 1 >= width {
            clearHalves(x: x, y: y)
            cells[y * width + x] = Cell(character: " ", width: 1, role: role)
            return
        }
        clearHalves(x: x, y: y)
        if glyphWidth == 2 { clearHalves(x: x + 1, y: y) }
        cells[y * width + x] = Cell(character: character, width: glyphWidth, role: role)
        if glyphWidth == 2 {
            cells[y * width + x + 1] = Cell(character: nil, width: 0, role: role)
        }
    }

    /// Changes only the style of a cell (selection bars, highlights) keeping its glyph.
    public mutating func setRole(_ role: StyleRole, x: Int, y: Int) {
        guard contains(x: x, y: y) else { return }
        cells[y * width + x].role = role
    }

    private mutating func clearHalves(x: Int, y: Int) {
        let index = y * width + x
        let cell = cells[index]
        if cell.isContinuation, x > 0 {
            cells[index - 1] = Cell(character: " ", width: 1, role: cells[index - 1].role)
        } else if cell.width == 2, x + 1 < width {
            cells[index + 1] = Cell(character: " ", width: 1, role: cells[index + 1].role)
        }
        cells[index] = Cell(character: " ", width: 1, role: cell.role)
    }

    /// Row `y` as plain text; each row of the result takes exactly `width` terminal columns.
    public func line(_ y: Int) -> String {
        var text = ""
        for x in 0..<width {
            let cell = self[x, y]
            if cell.isContinuation { continue }
            text.append(cell.character ?? " ")
        }
        return text
    }

    /// The whole grid as text, one line per row: what screen tests compare and `snapshot` prints.
    public var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }
}
