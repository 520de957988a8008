import VisitDeskDomain

/// Confirmed and visited groups, the next visit first: what needs preparing this week.
enum GroupsPane {
    static func visibleRows(in rect: Rect) -> Int { ListView.visibleRows(in: rect.inner) }

    static func draw(_ state: AppState, in rect: Rect, focused: Bool, grid: inout Grid) {
        let typing = focused && state.isTypingFilter
        grid.drawBox(rect, title: PaneID.groups.title(in: state.l10n) + RequestQuery.titleSuffix(state.groups.filter, state), focused: focused, note: TriageMarks.note(ListView.note(state.groups, typing: typing, state.l10n), state, pane: .groups))
        let area = rect.inner
        let wide = area.width >= 60
        let specs: [ColumnWidth] = wide
            ? [.fixed(16), .flexible(weight: 3), .fixed(4), .flexible(weight: 1)]
            : [.fixed(11), .flexible(weight: 1), .fixed(4)]
        let titleWidth = Columns.widths(specs, total: area.width)[1]
        let l10n = state.l10n
        let header = wide ? [Localization.key("next visit"), "title", "size", Localization.key("host")] : ["next visit", "title", "size"]
        let headerColumns = zip(header, specs).map { Column(text: l10n.text($0), width: $1, alignment: $0 == "size" ? .right : .left) }
        let catalog = state.catalog
        let index = state.index
        let dayStart = LocalDateTime(date: state.today, time: LocalTime(hour: 0, minute: 0))
        ListView.draw(state.groups, in: area, focused: focused, grid: &grid, header: headerColumns,
                      emptyText: state.groups.filter.isEmpty ? l10n.text("No confirmed groups.") : l10n.text("No group matches the filter."), isMarked: TriageMarks.isMarked(state, pane: .groups)) { position in
            let d = catalog.delegations[position]
            let slot = index.groupSlot(position, in: catalog.delegations)
            let when = slot.map { wide ? "\($0.start.date) \($0.start.time.shortText)" : shortDate($0.start) } ?? "—"
            let past = slot.map { $0.end <= dayStart } ?? true
            let host = slot?.host.flatMap { index.contactByID[$0] }.map { catalog.contacts[$0].name } ?? (state.startupCheck.contactsFollow ? slot?.host.map { _ in "…" } : slot?.host) ?? "—"
            var columns = [
                Column(text: when, width: specs[0], role: past ? .muted : d.status.role),
                ConflictMark.titleColumn(d, width: specs[1], titleWidth: titleWidth, index: index),
                Column(text: d.size.map(String.init) ?? "—", width: specs[2], alignment: .right),
            ]
            if wide { columns.append(Column(text: host, width: specs[3], role: .muted)) }
            return columns
        }
    }

    /// `07-13 13:30` for narrow panes: the year is rarely in doubt for the next visit.
    private static func shortDate(_ moment: LocalDateTime) -> String {
        String(moment.date.description.dropFirst(5)) + " " + moment.time.shortText
    }
}
