import VisitDeskDomain

/// The boxes the contact features draw over the panes: the `@` lookup and the copy chooser.
enum ContactOverlays {
    /// Key hints for the status bar while one of the boxes is open.
    static func statusHint(_ state: AppState) -> String? {
        if state.modeKind == .chooser { return state.l10n.text("↑↓ or 1–9 choose · Enter copies · Esc cancels") }
        if state.modeKind == .lookup {
            return state.lookup?.replacing == nil ? state.l10n.text("↑↓ choose · Enter shows the card · Esc closes") : state.l10n.text("↑↓ choose · Enter picks · Esc: nothing deleted")
        }
        return nil
    }
}

/// The lookup: what was typed on top, then the people found, best first.
enum ContactLookupBox {
    static func box(in body: Rect) -> Rect {
        Overlays.centredBox(in: body, width: 100, height: max(8, body.height - 2))
    }

    /// Result rows on screen: the box's inside less the prompt and the column header.
    static func visibleRows(in body: Rect) -> Int { max(1, box(in: body).inner.height - 2) }

    static func draw(_ lookup: ContactLookup, state: AppState, in body: Rect, grid: inout Grid) {
        let box = box(in: body)
        grid.clear(box, role: .overlay)
        let l10n = state.l10n
        let found = lookup.results.count == 1 ? l10n.text("1 found") : l10n.format("%d found", lookup.results.count)
        let title = lookup.replacing.map { l10n.format("Who takes %s's place?", $0.name) } ?? l10n.text("Find a contact")
        grid.drawBox(box, title: title, focused: true, note: lookup.query.isEmpty ? l10n.text("Esc closes") : found + " · " + l10n.text("Esc closes"))
        let area = box.inner
        guard area.height > 0 else { return }
        grid.draw("@ " + lookup.query + "▏", x: area.x, y: area.y, width: area.width, role: .statusMessage)
        let listArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 1)
        var list = ListState()
        list.rows = lookup.results
        list.cursor = lookup.cursor
        list.top = lookup.top
        let empty = lookup.query.isEmpty
            ? l10n.text("Type a name in Latin or Chinese, pinyin, initials, an organisation, an email or phone digits.")
            : l10n.format("Nobody matches “%s”.", lookup.query)
        let specs: [ColumnWidth] = [.flexible(weight: 3), .fixed(10), .flexible(weight: 3), .flexible(weight: 2)]
        let header = zip(["name", "中文", "organisation", Localization.key("phone")], specs).map { Column(text: l10n.text($0), width: $1) }
        let contacts = state.catalog.contacts
        ListView.draw(list, in: listArea, focused: true, grid: &grid, header: header, emptyText: empty) { index in
            let c = contacts[index]
            let phone = c.phones.first.map { PhoneNumber($0, defaultCountry: c.country).international ?? $0 } ?? ""
            return [
                Column(text: c.name, width: specs[0]),
                Column(text: c.nameZh ?? "", width: specs[1]),
                Column(text: c.organisation ?? c.organisationZh ?? "", width: specs[2], role: .muted),
                Column(text: phone, width: specs[3]),
            ]
        }
    }
}

/// Which of a person's phones or emails to copy, numbered for a single key press.
enum CopyChooserBox {
    static func draw(_ chooser: CopyChooser, _ l10n: Localization, in body: Rect, grid: inout Grid) {
        let rows = chooser.options.enumerated().map { "\($0 + 1)  \($1.shown)" }
        let width = min(body.width, max(40, (rows.map(DisplayWidth.of).max() ?? 0) + 4))
        let box = Overlays.centredBox(in: body, width: width, height: rows.count + 2)
        grid.clear(box, role: .overlay)
        let title = l10n.format(chooser.kind == .phone ? "Copy %s's phone" : "Copy %s's email", chooser.contactName)
        grid.drawBox(box, title: title, focused: true, note: l10n.text("Enter copies · Esc"))
        let area = box.inner
        for (offset, row) in rows.prefix(area.height).enumerated() {
            let selected = offset == chooser.cursor
            grid.fill(x: area.x, y: area.y + offset, width: area.width, role: selected ? .selected : .overlay)
            grid.draw(row, x: area.x + 1, y: area.y + offset, width: area.width - 1, role: selected ? .selected : .overlay)
        }
    }
}
