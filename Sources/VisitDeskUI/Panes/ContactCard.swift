import VisitDeskDomain

/// A contact as label/value lines: the card in the Contacts pane, the full card and the linked
/// contacts of the detail view show the same fields in the same order.
enum ContactCard {
    static let labelWidth = 10

    static func lines(_ c: Contact) -> [LabeledLine] {
        var lines: [LabeledLine] = []
        func add(_ label: String, _ value: String?, _ role: StyleRole = .normal) {
            if let value, !value.isEmpty { lines.append(LabeledLine(label: label, value: value, role: role)) }
        }
        add("Name", c.name, .title)
        add("中文名", c.nameZh)
        add("Pinyin", c.nameZh.flatMap(HanReadings.syllableLine))
        add("Org", c.organisation)
        add("机构", c.organisationZh)
        add("Role", c.role)
        add("Country", c.country)
        for phone in c.phones {
            let number = PhoneNumber(phone, defaultCountry: c.country)
            add("Phone", PhoneDisplay.line(number), number.isUnderstood ? .normal : .error)
        }
        for email in c.emails { add("Email", email) }
        add("WeChat", c.wechat)
        add("Languages", c.languages.joined(separator: ", "))
        add("Topics", c.topics.joined(separator: ", "))
        add("Tags", c.tags.joined(separator: ", "))
        for line in c.notes.split(whereSeparator: \.isNewline) { add("Notes", String(line)) }
        add("File", "contacts/\(c.id).toml", .muted)
        return lines
    }

    /// The fields, then the delegations naming this person as far as the area has room.
    static func draw(_ state: AppState, _ contact: Contact?, in area: Rect, grid: inout Grid) {
        guard let contact else {
            grid.draw("No contact selected.", x: area.x, y: area.y, width: area.width, role: .muted)
            return
        }
        var shown = lines(contact)
        let links = ContactCardLinks.lines(for: contact.id, state: state)
        if !links.isEmpty { shown += [LabeledLine(label: "", value: "")] + links }
        for (offset, line) in shown.prefix(area.height).enumerated() {
            let y = area.y + offset
            grid.drawPadded(line.label, x: area.x, y: y, width: labelWidth, role: .field)
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
