import VisitDeskDomain

/// Keys of the Contacts pane beyond moving through the list: which side, which order, copying,
/// and Enter for the full card (also straight from a `/` lookup).
enum ContactKeys {
    /// nil: not a contact key, so the list keys get it.
    static func handlePane(_ key: Key, _ state: inout AppState) -> [Effect]? {
        switch key {
        case .character("s"):
            state.contactView.side = state.contactView.side.next
            state.refilterContacts()
            state.message = "contacts: \(state.contactView.side.label)"
        case .character("o"):
            state.contactView.order = state.contactView.order.next
            state.refilterContacts()
            state.message = "contacts sorted \(state.contactView.order.label)"
        case .character("y"), .character("Y"):
            guard let contact = state.selectedContact else {
                state.message = "no contact selected"
                return []
            }
            return ContactCopy.start(key == .character("y") ? .phone : .email, for: contact, &state)
        case .enter:
            guard let contact = state.selectedContact else { return [] }
            openCard(contact.id, &state)
        default:
            return nil
        }
        return []
    }

    /// While `/` is typed in Contacts, Enter keeps the lookup and shows the best match's card.
    static func handleTyping(_ key: Key, _ state: inout AppState) -> Bool {
        guard key == .enter, let contact = state.selectedContact else { return false }
        state.isTypingFilter = false
        openCard(contact.id, &state)
        return true
    }

    static func openCard(_ id: String, _ state: inout AppState) {
        state.contactView.cardCursor = 0
        state.overlay = .contact(id: id, top: 0)
    }
}

/// Keys on the full card: Up and Down walk the delegations naming this person (scrolling as
/// they go), Enter opens the highlighted one (Esc there comes back), `y` and `Y` copy.
enum ContactCardKeys {
    /// nil: the key scrolls or closes the card as in any detail view.
    static func handle(_ key: Key, _ state: inout AppState) -> [Effect]? {
        if case .detail(let shown, _)? = state.overlay, key == .escape, let back = state.contactView.returnToCard {
            state.contactView.returnToCard = nil
            guard back.delegationID == shown else { return nil }
            state.overlay = .contact(id: back.contactID, top: back.top)
            return []
        }
        guard case .contact(let id, let top)? = state.overlay, let position = state.index.contactByID[id] else { return nil }
        let contact = state.catalog.contacts[position]
        let linkLines = ContactDetail.page(contact, state: state).linkLines
        let cursor = min(state.contactView.cardCursor, max(0, linkLines.count - 1))
        let visible = DetailView.visibleRows(in: state.bodyRect)
        switch key {
        case .character("y"):
            return ContactCopy.start(.phone, for: contact, &state)
        case .character("Y"):
            return ContactCopy.start(.email, for: contact, &state)
        case .enter:
            guard linkLines.indices.contains(cursor) else { return [] }
            let link = state.index.visits.contactLinks.links(of: id)[cursor]
            let delegationID = state.catalog.delegations[link.delegation].id
            state.contactView.returnToCard = CardReturn(contactID: id, top: top, delegationID: delegationID)
            state.overlay = .detail(id: delegationID, top: 0)
        case .down, .character("j"):
            guard !linkLines.isEmpty else { return nil }
            // The first Down from the top shows the first delegation rather than skipping past it.
            let next = linkLines[cursor] >= top + visible ? cursor : min(cursor + 1, linkLines.count - 1)
            state.contactView.cardCursor = next
            state.overlay = .contact(id: id, top: max(top, linkLines[next] - visible + 1))
        case .up, .character("k"):
            guard cursor > 0, !linkLines.isEmpty else { return nil }
            state.contactView.cardCursor = cursor - 1
            state.overlay = .contact(id: id, top: min(top, linkLines[cursor - 1]))
        default:
            return nil
        }
        return []
    }
}
