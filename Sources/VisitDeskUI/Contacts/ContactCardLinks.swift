import VisitDeskDomain

/// The delegations on a person's card, one line each: how this person is named (the label),
/// the title, status and date. The same lines in the pane's card and the full card.
enum ContactCardLinks {
    static func lines(for contactID: String, state: AppState) -> [LabeledLine] {
        state.index.visits.contactLinks.links(of: contactID).map { line($0, state.catalog.delegations, state.l10n) }
    }

    /// `lead` / `Hebei … · confirmed · 2026-11-26 · also host`; the role is the line's label,
    /// translated where drawn (Localization keys: `lead`, `owner`, `host`, `member`).
    static func line(_ link: ContactLink, _ delegations: [Delegation], _ l10n: Localization = .of(.en)) -> LabeledLine {
        let d = delegations[link.delegation]
        var parts = [d.title, StatusWords.full(d.status, l10n)]
        if let when = ContactLinks.when(d) { parts.append(when.description) }
        let others = link.roles.dropFirst().map { l10n.text($0.rawValue, context: "role") }
        if !others.isEmpty { parts.append(l10n.format("also %s", others.joined(separator: ", "))) }
        return LabeledLine(label: link.roles.first.map { l10n.text($0.rawValue, context: "role") } ?? "", value: parts.joined(separator: " · "), role: d.status.role)
    }
}
