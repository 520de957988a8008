import VisitDeskDomain

/// `D` in Contacts or on a card: deletes a person. Nobody may be left naming a file that is gone,
/// so a person still named as lead, owner, member or host is not deleted: the question lists the
/// records, and y lets the coordinator pick (with the `@` lookup) someone to put in their place.
/// The rewritten records and the removed file are one undo step.
enum ContactRemoval {
    /// At most this many records are listed in the question; the rest are counted.
    static let listed = 8

    static func open(_ given: Invocation, _ state: inout AppState) {
        guard let contact = ContactForms.selected(given, state) else {
            state.message = "no contact selected"
            return
        }
        let references = state.catalog.references(to: contact.id)
        let who = "\(contact.name) (\(contact.id))"
        guard !references.isEmpty else {
            state.push(.prompt(Question(text: "delete \(who)? y/n", purpose: .deleteContact(contact))))
            return
        }
        var details = ["named in \(count(references.count, "place")):"] + references.prefix(listed).map { "  " + $0.line }
        if references.count > listed { details.append("  … and \(references.count - listed) more") }
        state.push(.prompt(Question(text: "not deleted while named · y: choose who takes their place, n: keep", purpose: .replaceContact(contact),
                                    details: details)))
    }

    /// Opens the `@` lookup to pick the replacement; its Enter asks before anything is written.
    static func chooseReplacement(for contact: Contact, _ state: inout AppState) {
        var lookup = ContactLookup()
        lookup.replacing = contact
        state.isTypingFilter = false
        state.push(.lookup(lookup))
    }

    /// Enter in a replacement lookup: the last question, naming both people.
    static func picked(_ replacement: Contact, for contact: Contact, _ state: inout AppState) {
        guard replacement.id != contact.id else {
            state.message = "choose someone else: \(contact.name) is the one being deleted"
            return
        }
        state.lookup = nil
        let places = count(state.catalog.references(to: contact.id).count, "place")
        state.push(.prompt(Question(text: "put \(replacement.name) (\(replacement.id)) in \(places), delete \(contact.name)? y/n",
                                    purpose: .replaceAndDelete(contact, by: replacement.id))))
    }

    /// The save: every record naming the person rewritten (if a replacement is given), then the
    /// person's file removed. A record named since the question was asked stops it.
    static func delete(_ contact: Contact, replacingBy replacement: String?, _ state: inout AppState) -> [Effect] {
        let rewrites: [(shown: Delegation, updated: Delegation)]
        switch ContactIDChanges.deletion(of: contact, replacingWith: replacement, in: state.catalog) {
        case .allowed(let found): rewrites = found
        case .named:
            state.message = "not deleted: \(contact.id) is named by a record now; D again lists them"
            return []
        case .badReplacement(let why):
            state.message = "not deleted: \(why)"
            return []
        }
        // The person's card closes now, so the status bar says what was saved rather than that
        // the record vanished.
        state.modes.removeAll { mode in
            if case .view(.contact(let id, _)) = mode { return id == contact.id }
            return false
        }
        let label = replacement.map { "delete contact \(contact.id) (now \($0))" } ?? "delete contact \(contact.id)"
        return [.save(SaveRequest(label: label, edits: rewrites.map { DelegationEdit(shown: $0.shown, updated: $0.updated) },
                                  contactRemovals: [contact]))]
    }

    private static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}
