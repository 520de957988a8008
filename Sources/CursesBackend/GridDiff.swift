import VisitDeskUI

/// The cells that must be sent to the terminal to turn `old` into `new`: only positions where
/// a glyph starts (a wide glyph is drawn once, from its left half). Without an old frame of the
/// same size, every glyph.
public func changedGlyphPositions(from old: Grid?, to new: Grid) -> [(x: Int, y: Int)] {
    let full = old.map { $0.width != new.width || $0.height != new.height } ?? true
    var positions: [(x: Int, y: Int)] = []
    for y in 0..<new.height {
        var lastAdded = -1
        for x in 0..<new.width {
            let cell = new[x, y]
            guard full || old![x, y] != cell else { continue }
            // A changed right half means its left half must be drawn again to cover it.
            let owner = cell.isContinuation && x > 0 ? x - 1 : x
            if new[owner, y].isContinuation || owner == lastAdded { continue }
            positions.append((owner, y))
            lastAdded = owner
        }
    }
    return positions
}
