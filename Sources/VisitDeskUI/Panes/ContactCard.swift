import VisitDeskDomain

/// A contact as label/value lines: the card in the Contacts pane, the full card and the linked
/// contacts of the detail view show the same fields in the same order.
enum ContactCard {
    static let labelWidth = 10

    static func lines(_ c: Contact) -> [LabeledLine] {
        var lines: [LabeledLine] = []
        func addLabeled(_ label: String, _ value: String?, _ role: StyleRole = .normal) {
            if let value, !value.isEmpty { lines.append(LabeledLine(label: label, value: value, role: role)) }
        }
        addLabeled("Name", c.name, .title)
        addLabeled("中文名", c.nameZh)
        addLabeled("Pinyin", c.namePinyin)
        addLabeled("Org", c.organisation)
        addLabeled("机构", c.organisationZh)
        addLabeled("Role", c.role)
        addLabeled("Country", c.country)
        for phone in c.phones {
            let number = PhoneNumber(phone, defaultCountry: c.country)
            addLabeled("Phone", PhoneDisplay.line(number), number.isUnderstood ? .normal : .error)
        }
        for email in c.emails { addLabeled("Email", email) }
        addLabeled("WeChat", c.wechat)
        addLabeled("Languages", c.languages.joined(separator: ", "))
        addLabeled("Topics", c.topics.joined(separator: ", "))
        addLabeled("Tags", c.tags.joined(separator: ", "))
        for line in c.notes.split(whereSeparator: \.isNewline) { addLabeled("Notes", String(line)) }
        addLabeled("File", "contacts/\(c.id).toml", .muted)
        return lines
    }

    /// The fields, then the delegations naming this person as far as the area has room.
    static func draw(_ state: AppState, _ contact: Contact?, in area: Rect, grid: inout Grid) {
        guard let contact else {
            // While a cold start reads the contacts, the list above already says so.
            if state.startupCheck.contactsFollow { return }
            grid.draw(state.l10n.text("No contact selected."), x: area.x, y: area.y, width: area.width, role: .muted)
            return
        }
        var shown = lines(contact)
        let links = ContactCardLinks.lines(for: contact.id, state: state)
        if !links.isEmpty { shown += [LabeledLine(label: "", value: "")] + links }
        for (offset, line) in shown.prefix(area.height).enumerated() {
            let y = area.y + offset
            grid.drawPadded(state.l10n.text(line.label), x: area.x, y: y, width: labelWidth, role: .field)
            grid.draw(line.value, x: area.x + labelWidth, y: y, width: area.width - labelWidth, role: line.role)
        }
    }
}

/// A phone on a card: as written, and in international form when that says something more.
enum PhoneDisplay {
    /// Marks a number VisitDesk could not understand: shown as written, still found by its digits.
    static let notUnderstoodMark = "(?) not understood"

    static func line(_ number: PhoneNumber) -> String {
        guard let international = number.international else { return "\(number.written)  \(notUnderstoodMark)" }
        return international == number.written ? international : "\(number.written)  \(international)"
    }
}
