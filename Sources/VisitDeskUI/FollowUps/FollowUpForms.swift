import VisitDeskDomain

/// `f`: a follow-up (what, when due) for one delegation, through the same form machinery as the
/// triage forms, so a refused date is marked next to its field and nothing typed is lost.
enum FollowUpForms {
    /// The delegation `f` adds to: the follow-ups list's selected entry, else the record shown or
    /// selected (as any single-record command).
    static func open(_ given: Invocation, _ state: inout AppState) {
        let id = given.mode == .followUps ? FollowUpList.selected(state)?.delegationID : TriageCommands.selectedID(given, state)
        guard let id, let record = state.catalog.delegation(id: id) else {
            state.message = state.l10n.text("no delegation selected to add a follow-up to")
            return
        }
        state.push(.form(form(for: record, today: state.today)))
    }

    static func form(for record: Delegation, today: LocalDate) -> Form {
        Form(purpose: .followUp, title: "follow-up for \(record.id)", bases: [record], fields: [
            FormField("what", "What", required: true),
            FormField("due", "Due", .date, text: today.adding(days: 7).description),
        ])
    }

    /// What a submit appends; an empty due date is an undated follow-up.
    static func change(_ reader: inout FieldReader) -> (inout Delegation) -> Void {
        let what = reader.text("what"), due = reader.date("due")
        return { $0.followUps.append(FollowUp(due: due, what: what)) }
    }
}
