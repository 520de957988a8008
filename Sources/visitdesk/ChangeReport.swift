import VisitDeskDomain

/// One line per field a merge touched, as `import` and `merge-contacts` print them:
/// `+` added, `~` changed (the incoming value taken), `=` kept ours. `theirs` names the other
/// side in the language (`file`, or the other contact's id).
enum ChangeReport {
    static func lines(_ changes: [ContactMerge.Change], theirs: String) -> [String] {
        changes.map { change in
            let incoming = TextTable.clean(change.incoming)
            let ours = TextTable.clean(change.ours ?? "")
            switch change.kind {
            case .added: return "    + \(change.field): \(incoming)"
            case .changed: return "    ~ \(change.field): \(ours) → \(incoming)"
            case .kept: return "    = \(change.field): " + l10n.format("kept %s (%s has %s)", ours, theirs, incoming)
            }
        }
    }
}
