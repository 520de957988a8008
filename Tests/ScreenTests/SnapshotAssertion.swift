import Foundation
import Testing
import VisitDeskUI

/// Compares a rendered grid with `Snapshots/<name>.txt` beside this file, after checking that
/// every row is exactly the grid's width in cells. A mismatch shows the
/// differing lines; `VISITDESK_RECORD_SNAPSHOTS=1` (or a missing file) writes the snapshot instead,
/// and a missing file still fails so an unreviewed snapshot never passes silently.
func assertSnapshot(_ grid: Grid, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent("\(name).txt")
    expectExactWidths(grid, sourceLocation: sourceLocation)
    let actual = grid.text + "\n"
    let recording = ProcessInfo.processInfo.environment["VISITDESK_RECORD_SNAPSHOTS"] == "1"
    guard !recording, let expected = try? String(contentsOf: url, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        if !recording { Issue.record("recorded new snapshot \(name); review it and run again", sourceLocation: sourceLocation) }
        return
    }
    guard expected != actual else { return }
    Issue.record("snapshot \(name) differs:\n\(lineDiff(expected: expected, actual: actual))", sourceLocation: sourceLocation)
}

/// `-` expected / `+` actual for each differing line, with its 1-based row number.
func lineDiff(expected: String, actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var out: [String] = []
    for row in 0..<max(old.count, new.count) {
        let a = row < old.count ? String(old[row]) : "<none>"
        let b = row < new.count ? String(new[row]) : "<none>"
        if a != b { out.append("row \(row + 1):\n- \(a)\n+ \(b)") }
    }
    return out.joined(separator: "\n")
}

/// Every row must take exactly the grid's width in terminal cells, whatever text it holds.
func expectExactWidths(_ grid: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
    for y in 0..<grid.height {
        let line = grid.line(y)
        #expect(DisplayWidth.of(line) == grid.width, "row \(y + 1) is \(DisplayWidth.of(line)) cells: \(line)", sourceLocation: sourceLocation)
    }
}
