import VisitDeskDomain

/// One line of a scrollable text view: an optional label column and a value.
struct LabeledLine: Equatable {
    var label: String
    var value: String
    var role: StyleRole = .normal
}

/// Every field of one delegation, its programme, follow-ups, notes and the people it names with
/// their phone numbers: what the coordinator needs on the phone with a host.
enum DetailView {
    static func lines(_ d: Delegation, state: AppState) -> [LabeledLine] {
        var lines: [LabeledLine] = []
        func add(_ label: String, _ value: String?, _ role: StyleRole = .normal) {
            if let value, !value.isEmpty { lines.append(LabeledLine(label: label, value: value, role: role)) }
        }
        func section(_ title: String) {
            lines.append(LabeledLine(label: "", value: ""))
            lines.append(LabeledLine(label: title, value: "", role: .header))
        }
        add("Title", d.title, .title)
        add("中文标题", d.titleZh)
        add("Status", d.status.rawValue, d.status.role)
        add("Direction", d.direction.rawValue)
        add("Org", d.organisation)
        add("机构", d.organisationZh)
        add("Origin", d.origin)
        if let received = d.received {
            add("Received", "\(received) (\(d.age(on: state.today).map { "\($0) days ago" } ?? ""))")
        }
        add("Size", d.size.map { "\($0) people" })
        add("Interests", d.interests.joined(separator: ", "))
        if d.earliest != nil || d.latest != nil {
            add("Wanted", "\(d.earliest?.description ?? "…") – \(d.latest?.description ?? "…")")
        }
        add("Lead", d.lead.map { contactLine($0, state) })
        add("Owner", d.owner.map { contactLine($0, state) })
        for member in d.members { add("Member", contactLine(member, state)) }
        add("Tags", d.tags.joined(separator: ", "))
        add("Reason", d.reason)
        // Earlier reasons, newest first under the current one: why it was held, declined, reopened.
        for line in d.history.reversed() { add("", line, .muted) }
        add("Outcome", d.outcome)
        add("File", "delegations/\(d.id).toml", .muted)

        section("Slots")
        if d.slots.isEmpty { add("", "none yet", .muted) }
        let clocks = TwoClocks(settings: state.catalog.settings)
        for slot in d.sortedSlots {
            add(slot.start.date.description, ScheduleText.detailLine(slot, clocks: clocks) { contactName($0, state) })
        }
        lines += ScheduleText.conflictLines(of: d, state)
        lines += HostSuggestions.lines(for: d, state: state)
        section("Follow-ups")
        if d.followUps.isEmpty { add("", "none", .muted) }
        for followUp in d.followUps {
            add(followUp.due?.description ?? "—", (followUp.done ? "[x] " : "[ ] ") + followUp.what, followUp.done ? .muted : .normal)
        }
        section("Notes")
        let notes = d.notes.split(whereSeparator: \.isNewline)
        if notes.isEmpty { add("", "none", .muted) }
        for line in notes { lines.append(LabeledLine(label: "", value: String(line))) }
        section("Contacts")
        let linked = d.referencedContactIDs
        if linked.isEmpty { add("", "none linked", .muted) }
        for id in linked {
            guard let position = state.index.contactByID[id] else {
                add(id, "not in the store: create contacts/\(id).toml", .error)
                continue
            }
            for line in ContactCard.lines(state.catalog.contacts[position]) where line.label != "File" {
                if line.label == "Name" {
                    add("", "\(line.value) (\(id))", .title)
                } else {
                    add("", "\(line.label): \(line.value)")
                }
            }
        }
        return lines
    }

    private static func contactName(_ id: String, _ state: AppState) -> String {
        state.index.contactByID[id].map { state.catalog.contacts[$0].name } ?? "\(id) (unknown)"
    }

    /// `Wang Fang 王芳 · +86 138 0013 8000`: the name and first phone, enough to call from here.
    private static func contactLine(_ id: String, _ state: AppState) -> String {
        guard let position = state.index.contactByID[id] else { return "\(id) (not in the store)" }
        let c = state.catalog.contacts[position]
        return ([c.name + (c.nameZh.map { " " + $0 } ?? "")] + c.phones.prefix(1)).joined(separator: " · ")
    }

    static func visibleRows(in body: Rect) -> Int { max(1, body.height - 2) }

    static func draw(_ state: AppState, id: String, top: Int, in body: Rect, grid: inout Grid) {
        guard let position = state.index.delegationByID[id] else { return }
        let delegation = state.catalog.delegations[position]
        ScrolledPage.draw(title: delegation.title, lines: lines(delegation, state: state), top: top, in: body, grid: &grid)
    }
}

/// Label/value lines drawn one per row, for the detail view and the overlays.
enum TextPage {
    static func draw(_ lines: [LabeledLine], in area: Rect, labelWidth: Int, grid: inout Grid) {
        for (offset, line) in lines.prefix(area.height).enumerated() {
            let y = area.y + offset
            if line.role == .header {
                grid.draw(line.label, x: area.x, y: y, width: area.width, role: .header)
                continue
            }
            // One blank cell always separates a long label from its value.
            grid.drawPadded(line.label, x: area.x, y: y, width: min(max(0, labelWidth - 1), area.width), role: .field)
            grid.draw(line.value, x: area.x + labelWidth, y: y, width: area.width - labelWidth, role: line.role)
        }
    }
}

extension Grid {
    /// Blanks a rectangle so an overlay does not show the panes through its gaps.
    mutating func clear(_ rect: Rect, role: StyleRole = .normal) {
        for y in rect.y..<rect.maxY { fill(x: rect.x, y: y, width: rect.width, role: role) }
    }
}
