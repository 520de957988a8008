import VisitDeskDomain

/// `@` from any pane: a box where whatever is typed — Latin or Chinese name, pinyin with or
/// without tones, initials, organisation, email, phone digits — finds people, best first, and
/// Enter shows the card. Every key is text here except the ones that move, delete or leave.
enum ContactLookupKeys {
    static func open(_ state: inout AppState) {
        state.isTypingFilter = false
        state.contactView.lookup = ContactLookup()
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        guard var lookup = state.contactView.lookup else { return [] }
        let visible = ContactLookupBox.visibleRows(in: state.bodyRect)
        switch key {
        case .escape:
            state.contactView.lookup = nil
            return []
        case .enter:
            state.contactView.lookup = nil
            guard lookup.results.indices.contains(lookup.cursor) else { return [] }
            let position = lookup.results[lookup.cursor]
            state.revealContact(at: position)
            ContactKeys.openCard(state.catalog.contacts[position].id, &state)
            return []
        case .character(let c):
            retype(&lookup, lookup.query + String(c), state)
        case .backspace:
            retype(&lookup, String(lookup.query.dropLast()), state)
        case .control("u"):
            retype(&lookup, "", state)
        case .control("n"), .down:
            move(&lookup, to: lookup.cursor + 1, visible: visible)
        case .control("p"), .up:
            move(&lookup, to: lookup.cursor - 1, visible: visible)
        case .pageDown:
            move(&lookup, to: lookup.cursor + visible, visible: visible)
        case .pageUp:
            move(&lookup, to: lookup.cursor - visible, visible: visible)
        default:
            break
        }
        state.contactView.lookup = lookup
        return []
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
        if lookup.cursor < lookup.top { lookup.top = lookup.cursor }
        if lookup.cursor >= lookup.top + visible { lookup.top = lookup.cursor - visible + 1 }
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
