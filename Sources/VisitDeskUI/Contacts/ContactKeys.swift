import VisitDeskDomain

/// What the Contacts pane's commands do beyond moving through the list: which side, which order,
/// copying, and the full card.
enum ContactKeys {
    static func nextSide(_ state: inout AppState) {
        state.contactView.side = state.contactView.side.next
        state.refilterContacts()
        state.message = state.l10n.format("contacts: %s", state.l10n.text(state.contactView.side.label))
    }

    static func nextOrder(_ state: inout AppState) {
        state.contactView.order = state.contactView.order.next
        state.refilterContacts()
        state.message = state.l10n.format("contacts sorted %s", state.l10n.text(state.contactView.order.label))
    }

    /// `y` / `Y` on the selected contact, or on the card shown.
    static func copy(_ kind: CopyChooser.Kind, _ state: inout AppState) -> [Effect] {
        let shown: Contact?
        if case .view(.contact(let id, _))? = state.modes.last {
            shown = state.index.contactByID[id].map { state.catalog.contacts[$0] }
        } else {
            shown = state.selectedContact
        }
        guard let contact = shown else {
            state.message = state.l10n.text("no contact selected")
            return []
        }
        return ContactCopy.start(kind, for: contact, &state)
    }

    static func openCard(_ id: String, _ state: inout AppState) {
        state.contactView.cardCursor = 0
        state.push(.view(.contact(id: id, top: 0)))
    }
}

/// The card's own commands: Up and Down walk the delegations naming this person (scrolling as
/// they go), Enter opens the highlighted one on top of the card (Esc there comes back).
enum ContactCardKeys {
    private struct Card {
        var id: String
        var top: Int
        var linkLines: [Int]
        var cursor: Int
    }

    private static func card(_ state: AppState) -> Card? {
        guard case .view(.contact(let id, let top))? = state.modes.last, let position = state.index.contactByID[id] else { return nil }
        let linkLines = ContactDetail.page(state.catalog.contacts[position], state: state).linkLines
        return Card(id: id, top: top, linkLines: linkLines, cursor: min(state.contactView.cardCursor, max(0, linkLines.count - 1)))
    }

    static func open(_ state: inout AppState) {
        guard let card = card(state), card.linkLines.indices.contains(card.cursor) else { return }
        let link = state.index.visits.contactLinks.links(of: card.id)[card.cursor]
        state.push(.view(.detail(id: state.catalog.delegations[link.delegation].id, top: 0)))
    }

    /// With no delegation to highlight (or past the first), Up and Down scroll like any view.
    static func move(_ step: Int, _ state: inout AppState) {
        guard let card = card(state), !card.linkLines.isEmpty, step > 0 || card.cursor > 0 else {
            return ViewScrolling.scroll(step > 0 ? .down : .up, &state)
        }
        let visible = DetailView.visibleRows(in: state.bodyRect)
        if step > 0 {
            // The first Down from the top shows the first delegation rather than skipping past it.
            let next = card.linkLines[card.cursor] >= card.top + visible ? card.cursor : min(card.cursor + 1, card.linkLines.count - 1)
            state.contactView.cardCursor = next
            state.overlay = .contact(id: card.id, top: max(card.top, card.linkLines[next] - visible + 1))
        } else {
            state.contactView.cardCursor = card.cursor - 1
            state.overlay = .contact(id: card.id, top: min(card.top, card.linkLines[card.cursor - 1]))
        }
    }
}
