import VisitDeskDomain

/// The slot form of the programme editor: date, start, end, an end date for a slot over several
/// days (a hotel stay, a trip leg), place, host, topic. Impossible times, an end before the start
/// and a slot over 31 days are refused next to their field; nothing typed is lost.
enum ProgrammeForms {
    static let longestDays = 31

    static func form(_ record: Delegation, editing index: Int?, from slot: Slot?, today: LocalDate, catalog: Catalog) -> Form {
        let base: Slot
        if index != nil, let slot {
            base = slot
        } else {
            let day = slot?.end.date ?? record.earliest.map { max($0, today) } ?? today
            let start = slot?.end.time ?? LocalTime(hour: 9, minute: 0)
            let end = LocalTime(hour: min(23, start.hour + 2), minute: start.minute)
            base = Slot(start: LocalDateTime(date: day, time: start), end: LocalDateTime(date: day, time: end))
        }
        let sameDay = base.end.date == base.start.date
        let verb = index == nil ? "add slot to" : "edit slot of"
        return Form(purpose: .slot(index), title: "\(verb) \(record.id)", bases: [record], fields: [
            FormField("date", "Date", .date, required: true, text: base.start.date.description),
            FormField("start", "Start", .time, required: true, text: base.start.time.shortText),
            FormField("end", "End", .time, required: true, text: base.end.time.shortText),
            FormField("end_date", "End date", .date, text: sameDay ? "" : base.end.date.description),
            FormField("place", "Place", text: index == nil ? "" : base.place),
            FormField("host", "Host", .contact, text: index == nil ? "" : TriageForms.contactName(base.host, catalog), contactID: index == nil ? nil : base.host),
            FormField("topic", "Topic", text: index == nil ? "" : base.topic),
        ])
    }

    /// What the slot form warns of while it is typed (the host busy then, the place taken, a
    /// holiday or weekend, outside the wished period); saving is still allowed. Nothing while a
    /// field does not read yet: the errors come at the save.
    static func warnings(_ form: Form, state: AppState) -> [String] {
        guard let record = form.bases.first, form.bases.count == 1 else { return [] }
        var reader = FieldReader(form: form, today: state.today, catalog: state.catalog, l10n: state.l10n)
        var updated = record
        let slot: Slot?
        switch form.purpose {
        case .slot(let index):
            guard let change = change(&reader, index: index), !reader.form.hasErrors else { return [] }
            change(&updated)
            slot = index.flatMap { updated.slots.indices.contains($0) ? updated.slots[$0] : nil } ?? updated.slots.last
        case .accept:
            // The slot in the fields, as the group it would make (confirmed, the kept slots in it).
            guard !reader.form.text("date").isEmpty || form.pendingSlots.isEmpty else { return [] }
            slot = AcceptSlots.current(&reader)
            guard !reader.form.hasErrors else { return [] }
            updated.status = .confirmed
            updated.slots += form.pendingSlots
        default:
            return []
        }
        guard let slot else { return [] }
        return SlotWarnings.shown(for: slot, in: updated, state)
    }

    /// What a submit does to the record: the slot at `index` replaced, or a slot appended.
    static func change(_ reader: inout FieldReader, index: Int?) -> ((inout Delegation) -> Void)? {
        let date = reader.date("date"), start = reader.time("start"), end = reader.time("end")
        let endDate = reader.date("end_date")
        let place = reader.text("place"), host = reader.contact("host"), topic = reader.text("topic")
        guard let date, let start, let end else { return nil }
        let slot = Slot(start: LocalDateTime(date: date, time: start), end: LocalDateTime(date: endDate ?? date, time: end),
                        place: place, host: host, topic: topic)
        if !(slot.start < slot.end) {
            reader.fail(endDate == nil ? "end" : "end_date", reader.l10n.format("the slot must end after it starts (%s %s)", date, start.shortText))
        } else if slot.spanDays > longestDays {
            reader.fail("end_date", reader.l10n.format("more than %d days: split it, or write it with E", longestDays))
        }
        return { record in
            if let index, record.slots.indices.contains(index) { record.slots[index] = slot } else { record.slots.append(slot) }
        }
    }
}
