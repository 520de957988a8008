#if canImport(Glibc)
import Glibc
#endif
import Foundation
import Testing

/// A window dragged about, a tiling window manager reshuffling: dozens of size changes arrive
/// faster than frames. The dashboard must survive all of them and end up drawn for the last size,
/// every row, exactly as a fresh start at that size would draw it.
@Suite struct ResizeStormEndToEndTests {
    static let sizes = [(120, 40), (80, 24), (40, 12), (30, 10), (200, 60)]

    @Test(arguments: [(80, 24), (200, 60), (30, 10)])
    func fiftyQuickResizesEndDrawnForTheLastSize(final: (Int, Int)) throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let tmux = dashboard.tmux
        // An irregular but fixed order (quadratic in the step), so a failing storm replays exactly.
        for step in 0..<49 {
            let (width, height) = Self.sizes[(step * step + 3 * step + final.0) % Self.sizes.count]
            try tmux.resize(width: width, height: height)
        }
        try tmux.resize(width: final.0, height: final.1)

        let expected = try freshScreen(store: dashboard.store, width: final.0, height: final.1)
        var screen: [String] = []
        let deadline = Date().addingTimeInterval(3)
        repeat {
            screen = try rows(tmux.capture(keepTrailingSpaces: true), height: final.1)
            if screen == expected { break }
            usleep(50_000)
        } while Date() < deadline
        #expect(screen == expected, "after the storm the screen is what a fresh start at \(final.0)x\(final.1) draws:\n\(screen.joined(separator: "\n"))\nexpected:\n\(expected.joined(separator: "\n"))")
        #expect(try tmux.display("#{pane_dead}") == "0", "the dashboard still runs")
        try tmux.send("q")
        try tmux.waitFor(TmuxSession.prompt)
    }

    /// `visitdesk snapshot` of the same store at that size, minus the status bar (its clock runs).
    private func freshScreen(store: String, width: Int, height: Int) throws -> [String] {
        let result = try VisitDeskCLI.run(["snapshot", "--store", store, "--today", "2026-11-25", "--size", "\(width)x\(height)"])
        guard result.status == 0 else { throw TmuxError(description: "snapshot failed: \(result.stderr)") }
        return rows(result.stdout, height: height)
    }

    /// The screen's `height` rows without trailing spaces, minus the bottom (status) row unless
    /// the terminal is too small to have one.
    private func rows(_ text: String, height: Int) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(height).map { String($0.reversed().drop { $0 == " " }.reversed()) }
        while lines.count < height { lines.append("") }
        if !lines.contains(where: { $0.contains("Terminal too small") }) { lines.removeLast() }
        return lines
    }
}
