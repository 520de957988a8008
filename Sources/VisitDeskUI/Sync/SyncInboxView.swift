/// Draws the conflict inbox over the panes: per file its chosen side, then each key with both
/// values, so a coordinator decides with what is at stake in view.
enum SyncInboxView {
    static func draw(_ state: AppState, _ inbox: SyncInboxState, in body: Rect, grid: inout Grid) {
        let conflicts = state.inboxConflicts
        let l10n = state.l10n
        grid.clear(body, role: .overlay)
        grid.drawBox(body, title: l10n.format("Sync conflicts (%d)", conflicts.count), focused: true, note: l10n.text("S or Esc closes"))
        let inner = body.inner
        guard inner.height > 0 else { return }
        let keys = conflicts.contains(where: \.isAddedOnBothSides)
            ? l10n.text("m mine · t theirs · b keep both · e type · Enter settle · s sync")
            : l10n.text("m keep mine · t keep theirs · e type values · Enter settle · s sync now")
        grid.drawPadded(keys, x: inner.x, y: inner.y, width: inner.width, role: .keyHint)
        let first = inner.y + SyncInbox.headerRows - 1
        guard inner.height >= SyncInbox.headerRows else { return }
        if conflicts.isEmpty {
            grid.draw(l10n.text("No conflicts."), x: inner.x, y: first, width: inner.width, role: .normal)
            let status = state.syncStatus.map { l10n.format("Last sync: %s.", l10n.text($0)) } ?? l10n.text("No sync has run yet in this session.")
            if inner.height > SyncInbox.headerRows { grid.draw(status, x: inner.x, y: first + 1, width: inner.width, role: .muted) }
            return
        }
        GroupedList.draw(Self.lines(conflicts, choices: inbox.choices, values: inbox.values, l10n), cursor: inbox.cursor, in: inner, from: first, grid: &grid)
    }

    static func lines(
        _ conflicts: [SyncConflict], choices: [String: SyncChoice], values: [String: [String: String]] = [:], _ l10n: Localization = .of(.en)
    ) -> [GroupedLine] {
        var lines: [GroupedLine] = []
        // The three side labels padded to one width, in whichever language.
        let labels = [l10n.text("[keep mine]"), l10n.text("[keep theirs]"), l10n.text("[m or t]"), l10n.text("[keep both]"), l10n.text("[typed]")]
        let width = labels.map(DisplayWidth.of).max() ?? 0
        let padded = labels.map { $0 + String(repeating: " ", count: width - DisplayWidth.of($0)) }
        let (mine, theirs) = (l10n.text("mine"), l10n.text("theirs"))
        for (number, conflict) in conflicts.enumerated() {
            let side: String
            switch choices[conflict.path] {
            case _ where values[conflict.path] != nil: side = padded[4]
            case .mine?: side = padded[0]
            case .theirs?: side = padded[1]
            case .both?: side = padded[3]
            case nil: side = padded[2]
            }
            let who = conflict.kind == SyncConflict.changedOnDisk ? " — " + l10n.text("mine, theirs: the file on disk") : " — " + mine + (conflict.mineAuthor.map { " (\($0))" } ?? "") + ", " + theirs + (conflict.theirAuthor.map { " (\($0))" } ?? "")
            let kind = conflict.kind == "content" ? "" : " · " + (conflict.kind == SyncConflict.changedOnDisk ? l10n.text(conflict.kind) : conflict.kind)
            lines.append(GroupedLine(entry: number, isHead: true, text: "\(side) \(conflict.path)\(kind)\(who)"))
            if conflict.keys.isEmpty {
                let what = switch conflict.kind {
                case "modify/delete": l10n.text("changed on one side, deleted on the other")
                case SyncConflict.changedOnDisk: l10n.text("the file on disk changed while you edited it")
                default: l10n.text("both sides wrote this file")
                }
                lines.append(GroupedLine(entry: number, isHead: false, text: "    \(what)"))
            }
            for key in conflict.keys {
                let typed = values[conflict.path]?[key.field].map { " → " + $0 } ?? ""
                lines.append(GroupedLine(entry: number, isHead: false, text: "    \(key.field): \(mine) \(key.mine) · \(theirs) \(key.theirs)\(typed)"))
            }
        }
        return lines
    }
}
