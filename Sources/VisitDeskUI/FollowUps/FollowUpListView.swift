import VisitDeskDomain

/// Draws the follow-ups list over the panes: one row per open follow-up, overdue ones in the
/// error colour with how many days late, then this week's, later and undated ones.
enum FollowUpListView {
    static func draw(_ state: AppState, _ list: FollowUpListState, in body: Rect, grid: inout Grid) {
        let entries = FollowUpList.entries(state)
        grid.clear(body, role: .overlay)
        let overdue = entries.count { $0.urgency == .overdue }
        let l10n = state.l10n
        grid.drawBox(body, title: l10n.format("Follow-ups (%d open, %d overdue)", entries.count, overdue), focused: true, note: l10n.text("F or Esc closes"))
        let inner = body.inner
        guard inner.height > 0 else { return }
        grid.drawPadded(l10n.text("Space/x done · f add · Enter the delegation · u undo"), x: inner.x, y: inner.y, width: inner.width, role: .keyHint)
        guard inner.height > 2 else { return }
        if entries.isEmpty {
            grid.draw(l10n.text("No open follow-ups. f on a delegation adds one."), x: inner.x, y: inner.y + 2, width: inner.width, role: .muted)
            return
        }
        let specs: [ColumnWidth] = [.fixed(12), .fixed(10), .flexible(weight: 3), .flexible(weight: 2)]
        let header = [Localization.key("when"), Localization.key("due"), Localization.key("what"), Localization.key("delegation")]
        grid.drawColumns(zip(header, specs).map { Column(text: l10n.text($0), width: $1, role: .header) }, x: inner.x, y: inner.y + 1, width: inner.width)
        let cursor = min(list.cursor, entries.count - 1)
        let visible = FollowUpList.visibleRows(in: body)
        for offset in 0..<visible {
            let position = list.top + offset
            guard position < entries.count, inner.y + 2 + offset < inner.y + inner.height else { break }
            let entry = entries[position]
            let role: StyleRole = entry.urgency == .overdue ? .error : .normal
            let columns = [
                Column(text: when(entry, today: state.today, l10n), width: specs[0], role: role),
                Column(text: entry.followUp.due?.description ?? "", width: specs[1], role: role),
                Column(text: entry.followUp.what, width: specs[2]),
                Column(text: "\(entry.delegationTitle) (\(entry.delegationID) \(entry.number))", width: specs[3], role: .muted),
            ]
            grid.drawColumns(columns, x: inner.x, y: inner.y + 2 + offset, width: inner.width, rowRole: position == cursor ? .selected : nil)
        }
    }

    /// `3 days late`, `this week`, `later`, `no date`.
    static func when(_ entry: FollowUpAgenda.Entry, today: LocalDate, _ l10n: Localization = .of(.en)) -> String {
        switch entry.urgency {
        case .overdue:
            let late = entry.followUp.due.map { $0.days(until: today) } ?? 0
            return l10n.plural(late, "%d day late", "%d days late")
        case .thisWeek: return l10n.text("this week")
        case .later: return l10n.text("later")
        case .undated: return l10n.text("no date")
        }
    }
}
