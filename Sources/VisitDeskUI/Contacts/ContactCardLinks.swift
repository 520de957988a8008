import VisitDeskDomain

/// The delegations on a person's card, one line each: how this person is named (the label),
/// the title, status and date. The same lines in the pane's card and the full card.
enum ContactCardLinks {
    static func lines(for contactID: String, state: AppState) -> [LabeledLine] {
        state.index.visits.contactLinks.links(of: contactID).map { line($0, state.catalog.delegations) }
    }

    static func line(_ link: ContactLink, _ delegations: [Delegation]) -> LabeledLine {
        let d = delegations[link.delegation]
        var parts = [d.title, d.status.rawValue]
        if let when = ContactLinks.when(d) { parts.append(when.description) }
        let others = link.roles.dropFirst().map(\.rawValue)
        if !others.isEmpty { parts.append("also " + others.joined(separator: ", ")) }
        return LabeledLine(label: link.roles.first?.rawValue ?? "", value: parts.joined(separator: " · "), role: d.status.role)
    }
}
