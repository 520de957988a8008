/// The row above the single pane of the reduced layout: every pane stays one key (1–4) away.
enum TabBar {
    static func draw(_ state: AppState, in rect: Rect, grid: inout Grid) {
        grid.fill(x: rect.x, y: rect.y, width: rect.width, role: .statusBar)
        let titles = PaneID.allCases.map { $0.title(in: state.l10n) }
        let full = zip(PaneID.allCases, titles).map { " \($0.rawValue + 1) \($1) " }
        // Three letters, or two Chinese characters (four cells): `Req`, `För`, `来访`.
        let short = zip(PaneID.allCases, titles).map { " \($0.rawValue + 1) \($1.prefix(DisplayWidth.of($1) > $1.count ? 2 : 3)) " }
        let labels = DisplayWidth.of(full.joined()) <= rect.width ? full : short
        var x = rect.x
        for (pane, label) in zip(PaneID.allCases, labels) {
            x += grid.draw(label, x: x, y: rect.y, width: rect.x + rect.width - x,
                           role: pane == state.focus ? .titleFocused : .statusBar)
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
