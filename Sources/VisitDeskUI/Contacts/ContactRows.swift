import VisitDeskDomain

extension AppState {
    /// The Contacts list as the coordinator asked for it: one side or both, sorted by name or
    /// organisation, and while something is typed after `/`, ranked by the lookup matcher with
    /// the best match first. A new query puts the cursor on that best match; a reload keeps it
    /// on the person it was on.
    ///
    /// `narrowing`: a character was typed after the filter. Ranking 20,000 people costs 5–10 ms,
    /// over the 2 ms a key may take; when the matcher says the longer query can only match people
    /// the shorter one matched, only those are ranked again — taken in the list's own order, so
    /// ties come out exactly as a full ranking puts them. Backspace goes back to a ranking
    /// already made for the shorter query (`TypedRankings`).
    mutating func refilterContacts(narrowing: Bool = false) {
        let finding = index.people.finding
        let side = contactView.side
        let order = contactView.order == .name ? index.people.order : finding.byOrganisation
        // Both sides: the index's own order, shared. Filtering 100,000 positions through an
        // array that doubles as it grows held 2.6 MB beside the old rows on every reload.
        let base = side == .all ? order : order.filter { side.admits(finding.sides[$0]) }
        let filter = contacts.filter
        let rows: [Int]
        if filter.isEmpty {
            rows = base
        } else if let known = contactView.typedRankings.rows(for: filter, base: base) {
            rows = known
        } else {
            var candidates = base
            if narrowing, Matcher.narrows(from: contactView.rankedFilter, to: filter) {
                var shown = [Bool](repeating: false, count: catalog.contacts.count)
                for row in contacts.rows where row < shown.count { shown[row] = true }
                candidates = base.filter { shown[$0] }
            }
            rows = finding.ranked(candidates, query: filter)
            contactView.typedRankings.remember(rows, for: filter, base: base)
        }
        let queryChanged = filter != contactView.rankedFilter
        contactView.rankedFilter = filter
        let ids = recordID(for: .contacts)
        modifyList(.contacts) { list, _ in
            list.rows = rows
            if queryChanged && !filter.isEmpty {
                list.select(row: 0, id: ids)
            } else {
                list.reselect(id: ids)
            }
        }
        keepCursorsVisible()
        // Runs on every reload: an open `@` lookup must not keep positions into the old catalog.
        if var open = lookup, open.rankedIn != catalog.contacts {
            ContactLookupKeys.rerank(&open, self)
            lookup = open
        }
    }

    /// Selects a contact in the Contacts pane, widening the side and dropping the filter when
    /// they would hide that person (the lookup found them, so the list must show them).
    mutating func revealContact(at position: Int) {
        guard position < catalog.contacts.count else { return }
        contactView.side = contactView.side.admits(index.people.finding.sides[position]) ? contactView.side : .all
        if !contacts.filter.isEmpty, !index.people.finding.ranked([position], query: contacts.filter).contains(position) {
            modifyList(.contacts) { list, _ in list.filter = "" }
        }
        contacts.selectedRecord = position
        contacts.selectedID = catalog.contacts[position].id
        refilterContacts()
    }
}
