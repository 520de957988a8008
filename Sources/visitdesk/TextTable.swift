import VisitDeskDomain
import VisitDeskUI

/// Rows as aligned columns in terminal cells (not characters), so Chinese titles line up
/// with Swedish ones in `visitdesk list` and `visitdesk holidays`.
enum TextTable {
    static func render(header: [String], rows: [[String]]) -> String {
        let all = [header] + rows
        var widths = Array(repeating: 0, count: header.count)
        for row in all {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(clean(cell))) }
        }
        return all.map { row in
            row.enumerated().map { index, cell in
                let text = clean(cell)
                let isLast = index == row.count - 1
                return isLast ? text : text + String(repeating: " ", count: widths[index] - DisplayWidth.of(text))
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }

    /// One line per row: line breaks and tabs in a field become spaces, and every other control
    /// character (escape sequences, bidi overrides) is shown, never sent to the terminal raw.
    static func clean(_ text: String) -> String {
        let oneLine = String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : Character($0) })
        return TerminalText.sanitised(oneLine)
    }

    /// Tab-separated values for scripts: tabs and newlines inside fields become spaces.
    static func tsv(_ rows: [[String]]) -> String {
        rows.map { $0.map(clean).joined(separator: "\t") }.joined(separator: "\n")
    }
}
