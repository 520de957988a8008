import VisitDeskDomain

/// Reads a form's fields into values, marking each field that cannot be read with why; then
/// turns them into the edits the runner writes. A form with errors stays open and writes nothing.
enum FormSubmit {
    static func submit(_ state: inout AppState) -> [Effect] {
        guard var form = state.form else { return [] }
        if form.purpose.isContact { return ContactFormSubmit.submit(&state) }
        if case .syncValues(let path) = form.purpose { return SyncValueForm.submit(path, &state) }
        // The form-wide error is the last write's failure or validation's verdict; both are decided
        // again below, so a write refused for a full disk can be retried with Enter as it stands.
        form.error = nil
        var reader = FieldReader(form: form, today: state.today, catalog: state.catalog, l10n: state.l10n)
        let edits = build(form, &reader, state)
        form = reader.form
        if !form.hasErrors, !edits.isEmpty {
            let contactIDs = Set(state.catalog.contacts.map(\.id))
            let problems = edits.flatMap { Validation.problems(of: $0.updated, file: "delegations/\($0.updated.id).toml", contactIDs: contactIDs) }
            if let first = problems.first { form.error = state.l10n.text(first.phrase) }
        }
        guard !form.hasErrors, !edits.isEmpty else {
            state.form = form
            return []
        }
        state.form = nil
        if let pane = form.marksPane { state.triage.marks[pane] = nil }
        // A slot saved despite its warnings keeps them (SlotWarnings); writing a record unchanged
        // would only add an empty step to undo.
        let booked = form.purpose == .accept || form.purpose.isSlot ? SlotWarnings.stamped(edits, state) : edits
        let changed = booked.filter { $0.shown != $0.updated }
        guard !changed.isEmpty else {
            state.message = state.l10n.text("nothing changed: nothing was written")
            return []
        }
        state.triage.submitted = form
        return [.save(SaveRequest(label: form.title, edits: changed))]
    }

    private static func build(_ form: Form, _ reader: inout FieldReader, _ state: AppState) -> [DelegationEdit] {
        let change: (inout Delegation) -> Void
        switch form.purpose {
        case .accept:
            guard let slots = AcceptSlots.all(&reader) else { return [] }
            change = { $0.status = .confirmed; $0.slots += slots }
        case .setStatus(let next):
            let reason = reader.text("reason")
            let line = Delegation.historyLine(on: state.today, next, reason)
            change = { $0.status = next; $0.reason = reason; $0.history.append(line) }
        case .visited:
            let outcome = reader.text("outcome")
            change = { $0.status = .visited; $0.outcome = outcome }
        case .owner:
            let owner = reader.contact("owner")
            change = { $0.owner = owner }
        case .interests:
            let interests = reader.tags("interests")
            change = { $0.interests = interests }
        case .followUp:
            change = FollowUpForms.change(&reader)
        case .newContact, .editContact, .syncValues:
            return []
        case .slot(let index):
            guard let fill = ProgrammeForms.change(&reader, index: index) else { return [] }
            change = fill
        case .newRequest, .edit:
            guard let fill = requestFields(&reader) else { return [] }
            change = fill
        }
        if form.purpose == .newRequest {
            var record = Delegation(id: newID(reader.text("title"), state), title: "", received: state.today)
            change(&record)
            return [DelegationEdit(shown: nil, updated: record)]
        }
        return form.bases.map { base in
            var updated = base
            change(&updated)
            return DelegationEdit(shown: base, updated: updated)
        }
    }

    private static func requestFields(_ reader: inout FieldReader) -> ((inout Delegation) -> Void)? {
        let title = reader.text("title"), titleZh = reader.optional("title_zh")
        let organisation = reader.optional("organisation"), origin = reader.optional("origin")
        let size = reader.number("size"), interests = reader.tags("interests")
        let earliest = reader.date("earliest"), latest = reader.date("latest")
        let lead = reader.contact("lead"), owner = reader.contact("owner")
        let direction = reader.direction("direction"), notes = reader.text("notes")
        if let earliest, let latest, latest < earliest { reader.fail("latest", reader.l10n.format("before the earliest date (%s)", earliest.description)) }
        if let size, size <= 0 { reader.fail("size", reader.l10n.text("a number of people, 1 or more")) }
        return { d in
            d.title = title; d.titleZh = titleZh; d.organisation = organisation; d.origin = origin
            d.size = size; d.interests = interests; d.earliest = earliest; d.latest = latest
            d.lead = lead; d.owner = owner; d.direction = direction; d.notes = notes
        }
    }

    /// The title as an id (`hebei-commerce-group`), numbered when taken.
    private static func newID(_ title: String, _ state: AppState) -> String {
        let base = RecordID.slug(from: title, fallback: "request")
        var candidate = base
        var number = 2
        while state.index.delegationByID[candidate] != nil {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }
}

/// Reads typed values out of a form; each failure is written next to its field.
struct FieldReader {
    var form: Form
    let today: LocalDate
    let catalog: Catalog
    /// The language the errors beside the fields are written in.
    let l10n: Localization

    mutating func fail(_ name: String, _ message: String) { form.setError(name, message) }

    /// The trimmed text; an empty required field is an error.
    mutating func text(_ name: String) -> String {
        let value = form.text(name)
        if value.isEmpty, let index = form.index(of: name), form.fields[index].required { fail(name, l10n.text("required")) }
        return value
    }

    mutating func optional(_ name: String) -> String? {
        let value = text(name)
        return value.isEmpty ? nil : value
    }

    mutating func date(_ name: String) -> LocalDate? {
        guard let raw = optional(name) else { return nil }
        switch FieldParsing.date(raw, today: today) {
        case .success(let date): return date
        case .failure: fail(name, l10n.format("`%s` is not %s", raw.trimmingWhitespace, l10n.text(FieldParsing.dateHelp))); return nil
        }
    }

    mutating func time(_ name: String) -> LocalTime? {
        guard let raw = optional(name) else { return nil }
        switch FieldParsing.time(raw) {
        case .success(let time): return time
        case .failure: fail(name, l10n.format("`%s` is not %s", raw.trimmingWhitespace, l10n.text(FieldParsing.timeHelp))); return nil
        }
    }

    mutating func number(_ name: String) -> Int? {
        guard let raw = optional(name) else { return nil }
        guard let value = Int(raw) else { fail(name, l10n.format("`%s` is not a whole number", raw)); return nil }
        return value
    }

    /// `in`, `out` or the whole word; empty is inbound, the common case.
    mutating func direction(_ name: String) -> Direction {
        let raw = text(name).lowercased()
        if raw.isEmpty { return .inbound }
        if let found = Direction.allCases.first(where: { $0.rawValue.hasPrefix(raw) }) { return found }
        fail(name, l10n.text("inbound (a group visiting us) or outbound (our companies' trip)"))
        return .inbound
    }

    /// `Waste-water, recycling` → ["waste-water", "recycling"]: tags are lowercase with `-`.
    mutating func tags(_ name: String) -> [String] {
        let raw = text(name)
        let tags = raw.split(whereSeparator: { $0 == "," || $0 == "，" || $0 == "、" })
            .map { String($0).lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: "-") }
            .filter { !$0.isEmpty }
        var seen = Set<String>()
        return tags.filter { seen.insert($0).inserted }
    }

    /// The picked contact's id; typed text that names no contact (id or exact name) is an error.
    mutating func contact(_ name: String) -> String? {
        guard let index = form.index(of: name) else { return nil }
        if let id = form.fields[index].contactID { return id }
        guard let raw = optional(name) else { return nil }
        if catalog.contact(id: raw) != nil { return raw }
        let named = catalog.contacts.filter { $0.name.lowercased() == raw.lowercased() || $0.nameZh == raw }
        if named.count == 1 { return named[0].id }
        fail(name, l10n.format("no contact `%s`: type to search, Up/Down and Enter to pick", raw))
        return nil
    }
}
