import VisitDeskDomain

/// People on both sides, sorted as a Swedish reader expects, with the selected person's card:
/// the phone number is never more than a few keys away.
enum ContactsPane {
    /// Side by side when the card can have a useful width; otherwise the list above the card.
    static func areas(in rect: Rect) -> (list: Rect, card: Rect, sideBySide: Bool) {
        let area = rect.inner
        if area.width >= 70 {
            let (list, rest) = area.splitLeft(area.width * 2 / 5)
            return (list, Rect(x: rest.x + 2, y: rest.y, width: rest.width - 2, height: rest.height), true)
        }
        let listHeight = max(min(3, area.height), min(area.height / 3 + 1, area.height - 9))
        let (list, rest) = area.splitTop(listHeight)
        return (list, Rect(x: rest.x, y: rest.y + 1, width: rest.width, height: rest.height - 1), false)
    }

    static func visibleRows(in rect: Rect) -> Int { ListView.visibleRows(in: areas(in: rect).list) }

    static func draw(_ state: AppState, in rect: Rect, focused: Bool, grid: inout Grid) {
        let typing = focused && state.isTypingFilter
        let view = state.contactView
        let l10n = state.l10n
        let shaping = [view.side == .all ? nil : l10n.text(view.side.label), view.order == .name ? nil : l10n.text(view.order.label)].compactMap { $0 }
        let note = (shaping + [ListView.note(state.contacts, typing: typing, l10n)].compactMap { $0 }).joined(separator: " · ")
        grid.drawBox(rect, title: PaneID.contacts.title(in: state.l10n), focused: focused, note: note)
        let (listArea, cardArea, sideBySide) = areas(in: rect)
        let specs: [ColumnWidth] = listArea.width >= 50
            ? [.flexible(weight: 1), .fixed(10), .flexible(weight: 1)]
            : [.flexible(weight: 1), .fixed(10)]
        let header = [Localization.key("name"), "中文", Localization.key("organisation")].prefix(specs.count).enumerated().map { Column(text: l10n.text($1), width: specs[$0]) }
        let contacts = state.catalog.contacts
        ListView.draw(state.contacts, in: listArea, focused: focused, grid: &grid, header: header,
                      emptyText: emptyText(state)) { index in
            let c = contacts[index]
            return [
                Column(text: c.name, width: specs[0]),
                Column(text: c.nameZh ?? "", width: specs[1]),
                Column(text: c.organisation ?? c.organisationZh ?? "", width: specs.count > 2 ? specs[2] : .fixed(0), role: .muted),
            ].prefix(specs.count).map { $0 }
        }
        if sideBySide {
            for y in listArea.y..<listArea.maxY {
                grid.put("│", width: 1, x: cardArea.x - 1, y: y, role: focused ? .borderFocused : .border)
            }
        } else if cardArea.y - 1 < rect.maxY - 1 {
            grid.drawSeparator(in: rect, y: cardArea.y - 1, focused: focused)
        }
        ContactCard.draw(state, state.selectedContact, in: cardArea, grid: &grid)
    }

    private static func emptyText(_ state: AppState) -> String {
        let l10n = state.l10n
        if state.startupCheck.contactsFollow { return l10n.text(StartupCheck.readingContacts) }
        if !state.contacts.filter.isEmpty { return l10n.text("No contact matches the filter.") }
        return state.contactView.side == .all ? l10n.text("No contacts.") : l10n.format("No contacts on the %s (s shows all).", l10n.text(state.contactView.side.label))
    }
}
