import VisitDeskDomain

/// The whole card of one person, and every delegation that names them (as lead, owner, member
/// or host): the card in the Contacts pane is cut short on small screens, this never is.
enum ContactDetail {
    static func lines(_ contact: Contact, state: AppState) -> [LabeledLine] {
        var lines = ContactCard.lines(contact).map {
            LabeledLine(label: $0.label, value: $0.value, role: $0.label == "Name" ? .title : .normal)
        }
        lines.append(LabeledLine(label: "", value: ""))
        lines.append(LabeledLine(label: "Delegations", value: "", role: .header))
        let id = contact.id
        var named = 0
        for delegation in state.catalog.delegations where names(delegation, id) {
            lines.append(LabeledLine(label: delegation.status.shortLabel, value: delegation.title, role: delegation.status.role))
            named += 1
        }
        if named == 0 { lines.append(LabeledLine(label: "", value: "none names this contact", role: .muted)) }
        return lines
    }

    /// Without building arrays: this runs over every delegation on each frame the view is open.
    private static func names(_ d: Delegation, _ id: String) -> Bool {
        d.lead == id || d.owner == id || d.members.contains(id) || d.slots.contains { $0.host == id }
    }

    static func draw(_ state: AppState, id: String, top: Int, in body: Rect, grid: inout Grid) {
        guard let position = state.index.contactByID[id] else { return }
        let contact = state.catalog.contacts[position]
        ScrolledPage.draw(title: contact.name, lines: lines(contact, state: state), top: top, in: body, grid: &grid)
    }
}

/// A framed, scrolled page of label/value lines with its position in the bottom border.
enum ScrolledPage {
    static let labelWidth = 12

    static func draw(title: String, lines: [LabeledLine], top: Int, in body: Rect, grid: inout Grid) {
        let visible = DetailView.visibleRows(in: body)
        let note = lines.count > visible ? "\(top + 1)–\(min(lines.count, top + visible)) of \(lines.count) · Esc back" : "Esc back"
        grid.clear(body)
        grid.drawBox(body, title: title, focused: true, note: note)
        TextPage.draw(Array(lines.dropFirst(top).prefix(visible)), in: body.inner, labelWidth: labelWidth, grid: &grid)
    }
}
