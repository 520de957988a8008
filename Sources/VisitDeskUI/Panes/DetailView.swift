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
    /// Labels stay English here (they are keys: `Name`, `File`) and are translated where drawn.
    static func lines(_ d: Delegation, state: AppState) -> [LabeledLine] {
        let l10n = state.l10n
        var lines: [LabeledLine] = []
        func addLabeled(_ label: String, _ value: String?, _ role: StyleRole = .normal) {
            if let value, !value.isEmpty { lines.append(LabeledLine(label: label, value: value, role: role)) }
        }
        func addSection(_ title: String) {
            lines.append(LabeledLine(label: "", value: ""))
            lines.append(LabeledLine(label: title, value: "", role: .header))
        }
        addLabeled("Title", d.title, .title)
        addLabeled("中文标题", d.titleZh)
        addLabeled("Status", StatusWords.full(d.status, l10n), d.status.role)
        addLabeled("Direction", d.direction.rawValue)
        addLabeled("Org", d.organisation)
        addLabeled("机构", d.organisationZh)
        addLabeled("Origin", d.origin)
        if let received = d.received {
            addLabeled("Received", "\(received) (\(d.age(on: state.today).map { receivedAge($0, l10n) } ?? ""))")
        }
        addLabeled("Size", d.size.map { l10n.format("%d people", $0) })
        addLabeled("Interests", d.interests.joined(separator: ", "))
        if d.earliest != nil || d.latest != nil {
            addLabeled("Wanted", "\(d.earliest?.description ?? "…") – \(d.latest?.description ?? "…")")
        }
        addLabeled("Lead", d.lead.map { contactLine($0, state) })
        addLabeled("Owner", d.owner.map { contactLine($0, state) })
        for member in d.members { addLabeled("Member", contactLine(member, state)) }
        addLabeled("Tags", d.tags.joined(separator: ", "))
        addLabeled("Reason", d.reason)
        // Earlier reasons, newest first under the current one: why it was held, declined, reopened.
        for line in d.history.reversed() { addLabeled("", line, .muted) }
        addLabeled("Outcome", d.outcome)
        addLabeled("File", "delegations/\(d.id).toml", .muted)
        lines += RecordHistoryRequests.lines(for: "delegations/\(d.id).toml", state)

        addSection("Slots")
        if d.slots.isEmpty { addLabeled("", l10n.text("none yet"), .muted) }
        let clocks = TwoClocks(settings: state.catalog.settings)
        for slot in d.sortedSlots {
            addLabeled(slot.start.date.description, ScheduleText.detailLine(slot, clocks: clocks, l10n: state.l10n) { contactName($0, state) })
            // What the coordinator was warned of and booked anyway (SlotWarnings).
            for warning in slot.warnings { addLabeled("", "! " + SlotWarnings.shown(saved: warning, l10n), .conflict) }
        }
        lines += ScheduleText.conflictLines(of: d, state)
        lines += HostSuggestions.lines(for: d, state: state)
        addSection("Follow-ups")
        if d.followUps.isEmpty { addLabeled("", l10n.text("none"), .muted) }
        for followUp in d.followUps {
            addLabeled(followUp.due?.description ?? "—", (followUp.done ? "[x] " : "[ ] ") + followUp.what, followUp.done ? .muted : .normal)
        }
        addSection("Notes")
        let notes = d.notes.split(whereSeparator: \.isNewline)
        if notes.isEmpty { addLabeled("", l10n.text("none"), .muted) }
        for line in notes { lines.append(LabeledLine(label: "", value: String(line))) }
        addSection("Contacts")
        let linked = d.referencedContactIDs
        if linked.isEmpty { addLabeled("", l10n.text("none linked"), .muted) }
        // A cold start draws before the contacts are read: nobody is missing yet.
        if !linked.isEmpty && state.startupCheck.contactsFollow {
            addLabeled("", l10n.text(StartupCheck.readingContacts), .muted)
            return lines
        }
        for id in linked {
            guard let position = state.index.contactByID[id] else {
                addLabeled(id, l10n.format("not in the store: create contacts/%s.toml", id), .error)
                continue
            }
            for line in ContactCard.lines(state.catalog.contacts[position]) where line.label != "File" {
                if line.label == "Name" {
                    addLabeled("", "\(line.value) (\(id))", .title)
                } else {
                    addLabeled("", "\(l10n.text(line.label)): \(line.value)")
                }
            }
        }
        return lines
    }

    /// `12 days ago`, `today`, or `in 3 days` for a date typed ahead (a hand edit, an import).
    private static func receivedAge(_ days: Int, _ l10n: Localization) -> String {
        days == 0 ? l10n.text("today") : days > 0 ? l10n.format("%d days ago", days) : l10n.format("in %d days", -days)
    }

    private static func contactName(_ id: String, _ state: AppState) -> String {
        state.index.contactByID[id].map { state.catalog.contacts[$0].name } ?? (state.startupCheck.contactsFollow ? "\(id) …" : state.l10n.format("%s (unknown)", id))
    }

    /// `Wang Fang 王芳 · +86 138 0013 8000`: the name and first phone, enough to call from here.
    private static func contactLine(_ id: String, _ state: AppState) -> String {
        guard let position = state.index.contactByID[id] else {
            return state.startupCheck.contactsFollow ? "\(id) …" : state.l10n.format("%s (not in the store)", id)
        }
        let c = state.catalog.contacts[position]
        return ([c.name + (c.nameZh.map { " " + $0 } ?? "")] + c.phones.prefix(1)).joined(separator: " · ")
    }

    static func visibleRows(in body: Rect) -> Int { max(1, body.height - 2) }

    static func draw(_ state: AppState, id: String, top: Int, in body: Rect, grid: inout Grid) {
        guard let position = state.index.delegationByID[id] else { return }
        let delegation = state.catalog.delegations[position]
        ScrolledPage.draw(title: delegation.title, lines: lines(delegation, state: state), top: top, in: body, l10n: state.l10n, grid: &grid)
    }
}

/// Label/value lines drawn one per row, for the detail view and the overlays.
enum TextPage {
    static func draw(_ lines: [LabeledLine], in area: Rect, labelWidth: Int, l10n: Localization = .of(.en), grid: inout Grid) {
        for (offset, line) in lines.prefix(area.height).enumerated() {
            let y = area.y + offset
            if line.role == .header {
                grid.draw(l10n.text(line.label), x: area.x, y: y, width: area.width, role: .header)
                continue
            }
            // One blank cell always separates a long label from its value.
            grid.drawPadded(l10n.text(line.label), x: area.x, y: y, width: min(max(0, labelWidth - 1), area.width), role: .field)
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
