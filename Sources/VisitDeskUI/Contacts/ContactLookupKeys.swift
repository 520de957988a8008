import VisitDeskDomain

/// `@` from any pane: a box where whatever is typed — Latin or Chinese name, pinyin with or
/// without tones, initials, organisation, email, phone digits — finds people, best first, and
/// Enter shows the card. Every key is text here except the lookup commands (move, open, close).
enum ContactLookupKeys {
    static func open(_ state: inout AppState) {
        state.isTypingFilter = false
        state.push(.lookup(ContactLookup()))
    }

    static func openSelected(_ state: inout AppState) {
        guard let lookup = state.lookup else { return }
        if let contact = lookup.replacing {
            guard lookup.results.indices.contains(lookup.cursor) else { return }
            ContactRemoval.picked(state.catalog.contacts[lookup.results[lookup.cursor]], for: contact, &state)
            return
        }
        state.lookup = nil
        guard lookup.results.indices.contains(lookup.cursor) else { return }
        let position = lookup.results[lookup.cursor]
        state.revealContact(at: position)
        ContactKeys.openCard(state.catalog.contacts[position].id, &state)
    }

    /// Keys no lookup command has: text typed, pasted or deleted.
    static func type(_ key: Key, _ state: inout AppState) {
        guard var lookup = state.lookup else { return }
        switch key {
        case .character(let c): retype(&lookup, lookup.query + String(c), state)
        case .paste(let text): retype(&lookup, lookup.query + TextField.oneLine(text), state)
        case .backspace: retype(&lookup, String(lookup.query.dropLast()), state)
        case .control("u"): retype(&lookup, "", state)
        default: return
        }
        state.lookup = lookup
    }

    static func move(by step: Int, _ state: inout AppState) {
        guard var lookup = state.lookup else { return }
        move(&lookup, to: lookup.cursor + step, visible: ContactLookupBox.visibleRows(in: state.bodyRect))
        state.lookup = lookup
    }

    static func move(pages: Int, _ state: inout AppState) {
        let visible = ContactLookupBox.visibleRows(in: state.bodyRect)
        move(by: pages * visible, &state)
    }

    /// A new query ranks everyone again from the keys built with the catalog, and the best match
    /// becomes the one Enter opens.
    private static func retype(_ lookup: inout ContactLookup, _ query: String, _ state: AppState) {
        lookup.query = query
        lookup.results = results(for: query, state)
        lookup.rankedIn = state.catalog.contacts
        lookup.cursor = 0
        lookup.top = 0
    }

    /// After a reload the results are positions in the new catalog: the same query is ranked again
    /// and the cursor stays on the person it was on, if they are still found.
    static func rerank(_ lookup: inout ContactLookup, _ state: AppState) {
        let old = lookup.rankedIn
        let selected = lookup.results.indices.contains(lookup.cursor) && lookup.results[lookup.cursor] < old.count
            ? old[lookup.results[lookup.cursor]].id : nil
        lookup.results = results(for: lookup.query, state)
        lookup.rankedIn = state.catalog.contacts
        let contacts = state.catalog.contacts
        lookup.cursor = lookup.results.firstIndex { contacts[$0].id == selected } ?? 0
        lookup.top = min(lookup.top, lookup.cursor)
    }

    private static func results(for query: String, _ state: AppState) -> [Int] {
        let trimmed = query.trimmingSpaces
        return trimmed.isEmpty ? [] : state.index.people.finding.ranked(state.index.people.order, query: trimmed)
    }

    private static func move(_ lookup: inout ContactLookup, to target: Int, visible: Int) {
        guard !lookup.results.isEmpty else { return }
        lookup.cursor = min(max(0, target), lookup.results.count - 1)
        lookup.top = Movement.top(keeping: lookup.cursor, from: lookup.top, visible: visible)
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
