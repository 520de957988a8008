/// The bottom row: which store, what needs attention, both clocks, and either the last message
/// or the keys that matter now. Each part has its place: when the row is too narrow a long
/// message is cut with … first (it never pushes the counts out), then the least useful part goes.
enum StatusBar {
    private struct Segment {
        var text: String
        var role: StyleRole
        /// Lower goes first when the row is too narrow.
        var keep: Int
        /// The message or hint at the end: it takes what room is left and is cut to fit.
        var flexible = false
        /// A shorter text that takes the part's place before it is dropped (`? keys` for
        /// `? keys · q quit`): Chinese and Swedish hints are wider, and the help key matters most.
        var shorter: String? = nil
    }

    /// What a cut message keeps at least before fixed parts make room for it.
    private static let flexibleMinimum = 16
    /// The counts' rank: parts below it give way to a message, the rest only to a narrow row.
    private static let countsKeep = 3

    static func draw(_ state: AppState, in rect: Rect, grid: inout Grid) {
        guard rect.height > 0, rect.width > 0 else { return }
        grid.fill(x: rect.x, y: rect.y, width: rect.width, role: .statusBar)
        var left = segments(state, compact: rect.width < 80)
        let hint = left.last
        var clock = state.clock.map { Segment(text: $0.text(in: state.language), role: .statusBar, keep: 2) }
        let separator = " │ "
        func totalWidth(messageCut: Bool) -> Int {
            let lefts = left.reduce(0) { sum, segment in
                let width = DisplayWidth.of(segment.text)
                return sum + (segment.flexible && messageCut ? min(flexibleMinimum, width) : width)
            } + max(0, left.count - 1) * separator.count
            return 2 + lefts + (clock.map { DisplayWidth.of($0.text) + 2 } ?? 0)
        }
        /// Drops the least useful fixed part (below `keepBelow`); false when none is left to drop.
        func dropLeastUseful(keepBelow: Int) -> Bool {
            // Of two parts that rank the same, the later one goes first (the overdue count before the
            // store's name), and the clocks before either.
            let lowestLeft = left.indices.reversed().filter { !left[$0].flexible && left[$0].keep < keepBelow }.min { left[$0].keep < left[$1].keep }
            if let clockKeep = clock?.keep, clockKeep < keepBelow, clockKeep <= lowestLeft.map({ left[$0].keep }) ?? Int.max {
                clock = nil
            } else if let lowestLeft, left.count > 1 {
                left.remove(at: lowestLeft)
            } else {
                return false
            }
            return true
        }
        // The store's name and the clocks make room for a whole message; the counts do not:
        // the message is cut first, and only a very narrow row drops the rest.
        while totalWidth(messageCut: false) > rect.width, dropLeastUseful(keepBelow: countsKeep) {}
        while totalWidth(messageCut: true) > rect.width, dropLeastUseful(keepBelow: Int.max) {}
        // A hint that had to go comes back in its shorter form where the room left allows.
        if let hint = hint, let shorter = hint.shorter, !left.contains(where: { $0.text == hint.text }) {
            left.append(Segment(text: shorter, role: hint.role, keep: hint.keep))
            if totalWidth(messageCut: false) > rect.width { left.removeLast() }
        }
        var x = rect.x + 1
        let clockWidth = clock.map { DisplayWidth.of($0.text) + 2 } ?? 0
        let limit = rect.x + rect.width - clockWidth - 1
        for (offset, segment) in left.enumerated() where x < limit {
            if offset > 0 { x += grid.draw(separator, x: x, y: rect.y, width: limit - x, role: .statusBar) }
            x += grid.draw(segment.text, x: x, y: rect.y, width: limit - x, role: segment.role)
        }
        if let clock {
            grid.drawPadded(clock.text, x: rect.x + rect.width - clockWidth, y: rect.y, width: clockWidth - 1, role: .statusBar, alignment: .right)
        }
    }

    private static func segments(_ state: AppState, compact: Bool) -> [Segment] {
        let index = state.index
        let l10n = state.l10n
        let month = state.words.shortMonth(state.today.month)
        // The month gives way to the overdue follow-ups, which matter more that morning.
        let newCount = index.newRequestCount == 1 ? l10n.text("1 new") : l10n.format("%d new", index.newRequestCount)
        let counts = compact || index.visits.overdueFollowUps > 0
            ? newCount + " · " + l10n.plural(index.groupsThisMonth, "%d group", "%d groups")
            : newCount + " · " + l10n.format(index.groupsThisMonth == 1 ? "%d group in %s" : "%d groups in %s", index.groupsThisMonth, month)
        let problemCount = state.catalog.problems.count
        let problems = problemCount == 0 ? l10n.text("no problems") : l10n.plural(problemCount, "%d problem (!)", "%d problems (!)")
        // "no problems" says least of all: it goes first on a narrow row; problems to fix stay.
        let problemsKeep = problemCount == 0 ? 1 : 4
        return [
            Segment(text: state.catalog.settings.name, role: .statusBar, keep: 1),
            state.triage.storeIsReadOnly ? Segment(text: l10n.text("read-only store"), role: .statusError, keep: 8) : nil,
            state.startupCheck.isChecking ? Segment(text: l10n.text(StartupCheck.checking), role: .statusMessage, keep: 3) : nil,
            Segment(text: counts, role: .statusBar, keep: countsKeep),
            Segment(text: problems, role: index.errorCount > 0 ? .statusError : .statusBar, keep: problemsKeep),
            sync(state, l10n),
            overdueFollowUps(index.visits.overdueFollowUps, messageShown: state.message != nil, l10n),
            middle(state),
        ].compactMap { $0 }
    }

    /// The shared store's sync state, always there once a sync has run: it ranks with the counts
    /// (a message is cut before it goes), conflicts and a stopped sync above the problem count.
    /// Saves refused because their file changed on disk count as conflicts once their view is
    /// closed (they wait in `S`), in a store that is not shared too.
    private static func sync(_ state: AppState, _ l10n: Localization) -> Segment? {
        let refusals = state.writeRefusals.count { $0.path != state.conflict?.path }
        guard var indicator = state.syncIndicator ?? (refusals > 0 ? SyncIndicator(reach: .reached) : nil) else { return nil }
        indicator.conflicts += refusals
        let urgent = indicator.needsAttention
        return Segment(text: indicator.text(l10n), role: urgent ? .statusError : .statusBar, keep: urgent ? 5 : countsKeep)
    }

    /// "2 follow-ups overdue", only when some are. On a quiet row it outranks the store's name
    /// and, on a tie, the clocks: at 80 columns a coordinator sees what is late before the time
    /// in Beijing. A message (a save, a file that exists) is read whole first: then the count
    /// gives way, and is back with the next key.
    private static func overdueFollowUps(_ count: Int, messageShown: Bool, _ l10n: Localization) -> Segment? {
        guard count > 0 else { return nil }
        return Segment(text: l10n.plural(count, "%d follow-up overdue", "%d follow-ups overdue"), role: .statusError, keep: messageShown ? 1 : 2)
    }

    /// The filter being typed, else the last message, else the key hints.
    private static func middle(_ state: AppState) -> Segment {
        let l10n = state.l10n
        if state.isTypingFilter { return Segment(text: "/\(state.focusedFilter)▏ " + l10n.text("Enter keeps · Esc clears"), role: .statusMessage, keep: 9, flexible: true) }
        if let message = state.message {
            return Segment(text: message, role: message.hasPrefix("write failed") ? .statusError : .statusMessage, keep: 9, flexible: true)
        }
        if let hint = modeHint(state.modeKind, l10n) { return Segment(text: hint, role: .keyHint, keep: 0) }
        if let hint = ContactOverlays.statusHint(state) { return Segment(text: hint, role: .keyHint, keep: 5) }
        if state.overlay != nil { return Segment(text: l10n.text("↑↓ scroll · Esc back · q quit"), role: .keyHint, keep: 0) }
        let marked = state.marked.count
        if marked > 0 { return Segment(text: l10n.format("%d marked · Esc clears marks · ? keys", marked), role: .keyHint, keep: 5) }
        return Segment(text: l10n.text("? keys · q quit"), role: .keyHint, keep: 0, shorter: l10n.text("? keys"))
    }

    private static func modeHint(_ mode: ModeKind, _ l10n: Localization) -> String? {
        switch mode {
        case .help: return l10n.text("type to filter · ↑↓ scroll · Esc closes")
        case .palette: return l10n.text("type a command · Enter runs · Esc closes")
        case .prompt: return l10n.text("y discards · n or Esc keeps editing")
        default: return nil
        }
    }
}
