import VisitDeskDomain

/// Accepting a request with a programme of several slots in one go (`a`, then `C-n` for another
/// slot): each `C-n` keeps the slot in the fields (shown above them) and fills them with the same
/// times on the next day; `C-s` writes every kept slot and the one in the fields as one save, so
/// one undo step and one commit. With kept slots, an emptied Date saves only the kept ones.
enum AcceptSlots {
    /// `C-n` in the accept form: the slot in the fields kept, the fields ready for the next day.
    static func another(_ state: inout AppState) {
        guard var form = state.form else { return }
        guard form.purpose == .accept else {
            state.message = state.l10n.text("C-n adds another slot only while accepting a request (a)")
            return
        }
        form.error = nil
        var reader = FieldReader(form: form, today: state.today, catalog: state.catalog, l10n: state.l10n)
        let slot = current(&reader)
        form = reader.form
        guard let slot, !form.hasErrors else {
            state.form = form
            return
        }
        form.pendingSlots.append(slot)
        form.refill("date", with: slot.start.date.adding(days: 1).description)
        for name in ["place", "host", "topic"] { form.refill(name, with: "") }
        if let date = form.index(of: "date") { form.focus = date }
        state.form = form
        state.message = state.l10n.format("slot %d kept: type the next one, C-s saves them all", form.pendingSlots.count)
    }

    /// The slots a submit writes: the kept ones and the one in the fields (nil when a field does
    /// not read; its error is beside it).
    static func all(_ reader: inout FieldReader) -> [Slot]? {
        let kept = reader.form.pendingSlots
        if !kept.isEmpty, reader.form.text("date").isEmpty { return kept }
        guard let slot = current(&reader) else { return nil }
        return kept + [slot]
    }

    /// The slot typed in the fields; an end before the start is an error on the end field.
    static func current(_ reader: inout FieldReader) -> Slot? {
        let date = reader.date("date"), start = reader.time("start"), end = reader.time("end")
        let place = reader.text("place"), host = reader.contact("host"), topic = reader.text("topic")
        guard let date, let start, let end else { return nil }
        let slot = Slot(start: LocalDateTime(date: date, time: start), end: LocalDateTime(date: date, time: end),
                        place: place, host: host, topic: topic)
        guard slot.start < slot.end else {
            reader.fail("end", reader.l10n.format("the visit must end after it starts (%s)", start.shortText))
            return nil
        }
        return slot
    }

    /// What a kept slot will be saved with (SlotWarnings), listed under it so the coordinator
    /// still sees why it was flagged after moving on; nothing for several marked records at once.
    static func warnings(of slot: Slot, in form: Form, _ state: AppState) -> [String] {
        guard form.bases.count == 1, var record = form.bases.first else { return [] }
        record.status = .confirmed
        return SlotWarnings.shown(for: slot, in: record, state)
    }

    /// A kept slot as the form lists it: "2 · 2026-07-14 09:00-12:00 · Falun · Erik Sjöberg".
    static func line(_ number: Int, _ slot: Slot, _ catalog: Catalog) -> String {
        let host = slot.host.map { TriageForms.contactName($0, catalog) } ?? ""
        return (["\(number)", TimeSpanText.text(from: slot.start, to: slot.end), slot.place, host, slot.topic])
            .filter { !$0.isEmpty }.joined(separator: " · ")
    }
}

extension Form {
    /// A field's text replaced (a picked contact and an error dropped with it).
    mutating func refill(_ name: String, with text: String) {
        guard let index = index(of: name) else { return }
        fields[index].input.replaceAll(with: text)
        fields[index].contactID = nil
        fields[index].error = nil
    }
}
