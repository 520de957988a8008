import VisitDeskDomain

/// A contact as label/value lines: the card in the Contacts pane and the linked contacts of the
/// detail view show the same fields in the same order.
enum ContactCard {
    static let labelWidth = 10

    static func lines(_ c: Contact) -> [(label: String, value: String)] {
        var lines: [(String, String)] = []
        func add(_ label: String, _ value: String?) {
            if let value, !value.isEmpty { lines.append((label, value)) }
        }
        add("Name", c.name)
        add("中文名", c.nameZh)
        add("Org", c.organisation)
        add("机构", c.organisationZh)
        add("Role", c.role)
        add("Country", c.country)
        for phone in c.phones { add("Phone", phone) }
        for email in c.emails { add("Email", email) }
        add("WeChat", c.wechat)
        add("Languages", c.languages.joined(separator: ", "))
        add("Topics", c.topics.joined(separator: ", "))
        add("Tags", c.tags.joined(separator: ", "))
        for line in c.notes.split(whereSeparator: \.isNewline) { add("Notes", String(line)) }
        add("File", "contacts/\(c.id).toml")
        return lines
    }

    static func draw(_ contact: Contact?, in area: Rect, grid: inout Grid) {
        guard let contact else {
            grid.draw("No contact selected.", x: area.x, y: area.y, width: area.width, role: .muted)
            return
        }
        for (offset, line) in lines(contact).prefix(area.height).enumerated() {
            let y = area.y + offset
            grid.drawPadded(line.label, x: area.x, y: y, width: labelWidth, role: .field)
            grid.draw(line.value, x: area.x + labelWidth, y: y, width: area.width - labelWidth, role: line.label == "Name" ? .title : .normal)
        }
    }
}
