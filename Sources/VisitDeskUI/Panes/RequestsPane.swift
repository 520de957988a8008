import VisitDeskDomain

/// Requests waiting for a decision (new, reviewing, on hold), oldest first: the coordinator's
/// inbox. Ageing requests stand out so none is forgotten.
enum RequestsPane {
    static func visibleRows(in rect: Rect) -> Int { ListView.visibleRows(in: rect.inner) }

    static func draw(_ state: AppState, in rect: Rect, focused: Bool, grid: inout Grid) {
        let typing = focused && state.isTypingFilter
        grid.drawBox(rect, title: PaneID.requests.title(in: state.l10n) + RequestQuery.titleSuffix(state.requests.filter, state), focused: focused, note: TriageMarks.note(ListView.note(state.requests, typing: typing, state.l10n), state, pane: .requests))
        let area = rect.inner
        let wide = area.width >= 60
        let l10n = state.l10n
        let age = ageColumnWidth(l10n)
        let specs: [ColumnWidth] = wide
            ? [.fixed(6), .fixed(10), .fixed(age), .flexible(weight: 3), .fixed(4), .flexible(weight: 1)]
            : [.fixed(6), .fixed(age), .flexible(weight: 1), .fixed(4)]
        let titleWidth = Columns.widths(specs, total: area.width)[wide ? 3 : 2]
        let header = wide
            ? [Localization.key("status"), Localization.key("received"), Localization.key("age"), Localization.key("title"), Localization.key("size"), Localization.key("interests")]
            : ["status", "age", "title", "size"]
        let headerColumns = zip(header, specs).map { Column(text: l10n.text($0), width: $1, alignment: $0 == "size" || $0 == "age" ? .right : .left) }
        let delegations = state.catalog.delegations
        let ageing = state.catalog.settings.ageingDays
        ListView.draw(state.requests, in: area, focused: focused, grid: &grid, header: headerColumns,
                      emptyText: state.requests.filter.isEmpty ? l10n.text("No open requests.") : l10n.text("No request matches the filter."), isMarked: TriageMarks.isMarked(state, pane: .requests)) { index in
            let d = delegations[index]
            let age = d.age(on: state.today)
            let ageText = age.map { RequestsPane.ageText($0, l10n) } ?? "—"
            let aged = (age ?? 0) > ageing && d.status != .onHold
            let texts: [(String, StyleRole, Alignment)] = wide
                ? [(StatusWords.short(d.status, l10n), d.status.role, .left), (d.received?.description ?? "—", .normal, .left),
                   (ageText, aged ? .aged : .muted, .right), (Titles.bilingual(d.title, d.titleZh, width: titleWidth), .normal, .left),
                   (d.size.map(String.init) ?? "—", .normal, .right), (d.interests.joined(separator: ", "), .muted, .left)]
                : [(StatusWords.short(d.status, l10n), d.status.role, .left), (ageText, aged ? .aged : .muted, .right),
                   (Titles.bilingual(d.title, d.titleZh, width: titleWidth), .normal, .left), (d.size.map(String.init) ?? "—", .normal, .right)]
            return zip(texts, specs).map { Column(text: $0.0, width: $1, role: $0.1, alignment: $0.2) }
        }
    }

    /// Wide enough for the longest age the language writes (`999d`, `+99d`; `999天` is five
    /// cells), so no age is cut short in any language.
    static func ageColumnWidth(_ l10n: Localization) -> Int {
        [ageText(999, l10n), ageText(-99, l10n), l10n.text("age")].map(DisplayWidth.of).max() ?? 4
    }

    /// `26d` for a request that has waited 26 days; `+3d` for a received date typed ahead of today
    /// (a hand edit, an import), which is not an age: `-3d` read as a typo of the column itself.
    /// From 1,000 days on the age is in whole years (`36y`): the column holds three digits, and
    /// `134…` for a date typed as 1990 would read as 134 days.
    static func ageText(_ days: Int, _ l10n: Localization) -> String {
        if days >= 1000 { return l10n.format("%dy", days / 365) }
        return days >= 0 ? l10n.format("%dd", days) : l10n.format("+%dd", -days)
    }
}
