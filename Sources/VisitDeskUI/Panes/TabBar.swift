/// The row above the single pane of the reduced layout: every pane stays one key (1–4) away.
enum TabBar {
    static func draw(_ state: AppState, in rect: Rect, grid: inout Grid) {
        grid.fill(x: rect.x, y: rect.y, width: rect.width, role: .statusBar)
        let titles = PaneID.allCases.map { $0.title(in: state.l10n) }
        let labels = zip(PaneID.allCases, fitted(titles, width: rect.width)).map { " \($0.rawValue + 1) \($1) " }
        var x = rect.x
        for (pane, label) in zip(PaneID.allCases, labels) {
            x += grid.draw(label, x: x, y: rect.y, width: rect.x + rect.width - x,
                           role: pane == state.focus ? .titleFocused : .statusBar)
        }
    }

    /// The titles whole when they fit `width` with their keys, else the longest cut to the
    /// widest equal share that fits, each cut ending in `…` (`Förfr…`, `Reque…`): a cut title is
    /// never mistaken for a whole one, and a short one (`Groups`) stays whole.
    static func fitted(_ titles: [String], width: Int) -> [String] {
        let widths = titles.map { DisplayWidth.of($0) }
        let room = width - 4 * titles.count  // " 1 " before and " " after each title
        guard widths.reduce(0, +) > room else { return titles }
        var share = widths.max() ?? 0
        while share > 1, widths.map({ min($0, share) }).reduce(0, +) > room { share -= 1 }
        return zip(titles, widths).map { title, w in
            w <= share ? title : String(TextFitting.fit(title, width: share).glyphs.map(\.character))
        }
    }
}

/// Below 40x12 no pane can show a useful row; saying so beats a garbled screen.
enum TooSmallScreen {
    static func draw(in size: TerminalSize, _ l10n: Localization = .of(.en), grid: inout Grid) {
        guard size.width > 0, size.height > 0 else { return }
        let minimum = "\(TerminalSize.minimum.width)x\(TerminalSize.minimum.height)"
        let (first, second) = (l10n.text("Terminal too small"), l10n.format("(need %s)", minimum))
        let whole = first + " " + second
        let lines = DisplayWidth.of(whole) <= size.width ? [whole] : [first, second]
        let top = max(0, (size.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < size.height {
            grid.drawPadded(line, x: 0, y: top + offset, width: size.width, role: .error, alignment: .center)
        }
    }
}
