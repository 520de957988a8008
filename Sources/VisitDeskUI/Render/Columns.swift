/// How wide a column of a list row is.
enum ColumnWidth {
    case fixed(Int)
    /// A share of what the fixed columns leave.
    case flexible(weight: Int)
}

/// One cell of a list row, before it is placed.
struct Column {
    var text: String
    var width: ColumnWidth
    var role: StyleRole = .normal
    var alignment: Alignment = .left
}

enum Columns {
    static let gap = 1

    /// Column widths that add up (with one-cell gaps) to exactly `total`.
    static func widths(_ specs: [ColumnWidth], total: Int) -> [Int] {
        let gaps = max(0, specs.count - 1) * gap
        var fixed = 0
        var weights = 0
        for spec in specs {
            switch spec {
            case .fixed(let w): fixed += w
            case .flexible(let weight): weights += weight
            }
        }
        var spare = max(0, total - gaps - fixed)
        var result: [Int] = []
        var weightsLeft = weights
        for spec in specs {
            switch spec {
            case .fixed(let w): result.append(w)
            case .flexible(let weight):
                let share = weightsLeft > 0 ? spare * weight / weightsLeft : 0
                result.append(share)
                spare -= share
                weightsLeft -= weight
            }
        }
        return result
    }
}

extension Grid {
    /// Draws a row of columns across `width` cells; `rowRole` (a selection bar) overrides each
    /// column's own role and also colours the gaps, so the bar is one unbroken band.
    mutating func drawColumns(_ columns: [Column], x: Int, y: Int, width: Int, rowRole: StyleRole? = nil) {
        let widths = Columns.widths(columns.map(\.width), total: width)
        fill(x: x, y: y, width: width, role: rowRole ?? .normal)
        var column = x
        for (spec, w) in zip(columns, widths) {
            let w = min(w, x + width - column)
            if w > 0 {
                drawPadded(spec.text, x: column, y: y, width: w, role: rowRole ?? spec.role, alignment: spec.alignment)
            }
            column += w + Columns.gap
        }
    }
}
