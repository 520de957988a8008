import VisitDeskDomain

/// The whole card of one person and every delegation that names them (as lead, owner, host or
/// member), one of them highlighted for Enter to jump to: the card in the Contacts pane is cut
/// short on small screens, this never is.
enum ContactDetail {
    /// The card's lines and, for each delegation line, which line it is.
    static func page(_ contact: Contact, state: AppState) -> (lines: [LabeledLine], linkLines: [Int]) {
        var lines = ContactCard.lines(contact) + RecordHistoryRequests.lines(for: "contacts/\(contact.id).toml", state)
        lines.append(LabeledLine(label: "", value: ""))
        lines.append(LabeledLine(label: Localization.key("Delegations"), value: "", role: .header))
        let links = ContactCardLinks.lines(for: contact.id, state: state)
        if links.isEmpty { lines.append(LabeledLine(label: "", value: state.l10n.text("none names this contact"), role: .muted)) }
        let first = lines.count
        lines += links
        return (lines, Array(first..<lines.count))
    }

    static func lines(_ contact: Contact, state: AppState) -> [LabeledLine] { page(contact, state: state).lines }

    static func draw(_ state: AppState, id: String, top: Int, in body: Rect, grid: inout Grid) {
        guard let position = state.index.contactByID[id] else { return }
        let contact = state.catalog.contacts[position]
        var (lines, linkLines) = page(contact, state: state)
        let cursor = state.contactView.cardCursor
        if linkLines.indices.contains(cursor) { lines[linkLines[cursor]].role = .selected }
        ScrolledPage.draw(title: contact.name, lines: lines, top: top, in: body, l10n: state.l10n, grid: &grid)
    }
}

/// A framed, scrolled page of label/value lines with its position in the bottom border.
enum ScrolledPage {
    static let labelWidth = 12

    static func draw(title: String, lines: [LabeledLine], top: Int, in body: Rect, l10n: Localization = .of(.en), grid: inout Grid) {
        let visible = DetailView.visibleRows(in: body)
        let back = l10n.text("Esc back")
        let note = lines.count > visible ? l10n.format("%d–%d of %d", top + 1, min(lines.count, top + visible), lines.count) + " · " + back : back
        grid.clear(body)
        grid.drawBox(body, title: title, focused: true, note: note)
        TextPage.draw(Array(lines.dropFirst(top).prefix(visible)), in: body.inner, labelWidth: labelWidth, l10n: l10n, grid: &grid)
    }
}
