import VisitDeskDomain

/// Draws the follow-ups list over the panes: one row per open follow-up, overdue ones in the
/// error colour with how many days late, then this week's, later and undated ones.
enum FollowUpListView {
    static func draw(_ state: AppState, _ list: FollowUpListState, in body: Rect, grid: inout Grid) {
        let entries = FollowUpList.entries(state)
        grid.clear(body, role: .overlay)
        let overdue = entries.count { $0.urgency == .overdue }
        grid.drawBox(body, title: "Follow-ups (\(entries.count) open, \(overdue) overdue)", focused: true, note: "F or Esc closes")
        let inner = body.inner
        guard inner.height > 0 else { return }
        grid.drawPadded("Space/x done · f add · Enter the delegation · u undo", x: inner.x, y: inner.y, width: inner.width, role: .keyHint)
        guard inner.height > 2 else { return }
        if entries.isEmpty {
            grid.draw("No open follow-ups. f on a delegation adds one.", x: inner.x, y: inner.y + 2, width: inner.width, role: .muted)
            return
        }
        let specs: [ColumnWidth] = [.fixed(12), .fixed(10), .flexible(weight: 3), .flexible(weight: 2)]
        let header = ["when", "due", "what", "delegation"]
        grid.drawColumns(zip(header, specs).map { Column(text: $0, width: $1, role: .header) }, x: inner.x, y: inner.y + 1, width: inner.width)
        let cursor = min(list.cursor, entries.count - 1)
        let visible = FollowUpList.visibleRows(in: body)
        for offset in 0..<visible {
            let position = list.top + offset
            guard position < entries.count, inner.y + 2 + offset < inner.y + inner.height else { break }
            let entry = entries[position]
            let role: StyleRole = entry.urgency == .overdue ? .error : .normal
            let columns = [
                Column(text: when(entry, today: state.today), width: specs[0], role: role),
                Column(text: entry.followUp.due?.description ?? "", width: specs[1], role: role),
                Column(text: entry.followUp.what, width: specs[2]),
                Column(text: "\(entry.delegationTitle) (\(entry.delegationID) \(entry.number))", width: specs[3], role: .muted),
            ]
            grid.drawColumns(columns, x: inner.x, y: inner.y + 2 + offset, width: inner.width, rowRole: position == cursor ? .selected : nil)
        }
    }

    /// `3 days late`, `this week`, `later`, `no date`.
    static func when(_ entry: FollowUpAgenda.Entry, today: LocalDate) -> String {
        switch entry.urgency {
        case .overdue:
            let late = entry.followUp.due.map { $0.days(until: today) } ?? 0
            return late == 1 ? "1 day late" : "\(late) days late"
        case .thisWeek: return "this week"
        case .later: return "later"
        case .undated: return "no date"
        }
    }
}
