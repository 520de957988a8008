import VisitDeskDomain

/// `p` on a confirmed or visited group: its programme, slot by slot in time order under a heading
/// per day. Only the record's id and the cursor are kept; the slots are read from the catalog,
/// so every save (or undo) shows at once. Each change is one save of the record: one undo step,
/// written through the record encoder (a slot's comments and unknown keys stay).
public struct ProgrammeState: Sendable, Equatable {
    public let id: String
    public internal(set) var cursor = 0
}

enum ProgrammeEditor {
    /// The group's slots as positions in its `slots`, in time order.
    static func order(_ d: Delegation) -> [Int] {
        d.slots.indices.sorted { d.slots[$0].start != d.slots[$1].start ? d.slots[$0].start < d.slots[$1].start : $0 < $1 }
    }

    static func open(_ given: Invocation, _ state: inout AppState) {
        guard let id = TriageCommands.selectedID(given, state), let record = state.catalog.delegation(id: id) else { return }
        guard record.status.isGroup else {
            state.message = state.l10n.format("%s is %s: only a confirmed or visited group has a programme (a accepts a request with its first slot)", record.id, StatusWords.full(record.status, state.l10n))
            return
        }
        state.push(.programme(ProgrammeState(id: id)))
    }

    static func current(_ state: AppState) -> (ProgrammeState, Delegation)? {
        guard case .programme(let programme)? = state.modes.last, let record = state.catalog.delegation(id: programme.id) else { return nil }
        return (programme, record)
    }

    /// The position in `slots` of the slot under the cursor.
    static func selectedSlot(_ state: AppState) -> Int? {
        guard let (programme, record) = current(state) else { return nil }
        let order = order(record)
        return order.isEmpty ? nil : order[min(programme.cursor, order.count - 1)]
    }

    static func move(_ step: Step, _ state: inout AppState) {
        guard let (shown, record) = current(state) else { return }
        var programme = shown
        let visible = ProgrammeView.visibleRows(in: state.bodyRect)
        programme.cursor = Movement.target(step, current: programme.cursor, count: record.slots.count, page: visible)
        state.modes[state.modes.count - 1] = .programme(programme)
    }

    /// `a`: a new slot, on the selected slot's day after it ends (else the first wished day).
    static func add(_ state: inout AppState) {
        guard let (_, record) = current(state) else { return }
        let after = selectedSlot(state).map { record.slots[$0] }
        state.push(.form(ProgrammeForms.form(record, editing: nil, from: after, today: state.today, catalog: state.catalog)))
    }

    /// `e` / Enter: the selected slot in a form.
    static func edit(_ state: inout AppState) {
        guard let (_, record) = current(state), let index = selectedSlot(state) else { return }
        state.push(.form(ProgrammeForms.form(record, editing: index, from: record.slots[index], today: state.today, catalog: state.catalog)))
    }

    /// `d`: the selected slot removed (u puts it back). The last slot of a group stays: a
    /// confirmed visit needs one.
    static func delete(_ state: inout AppState) -> [Effect] {
        guard let (_, record) = current(state), let index = selectedSlot(state) else { return [] }
        guard record.slots.count > 1 else {
            state.message = state.l10n.text("a confirmed group keeps at least one slot: edit it (e) or cancel the visit (x)")
            return []
        }
        var updated = record
        let gone = updated.slots.remove(at: index)
        return [.save(SaveRequest(label: "delete slot \(gone.start) of \(record.id)", edits: [DelegationEdit(shown: record, updated: updated)]))]
    }

    /// `[` `]` a day earlier or later, `{` `}` an hour: the selected slot moved whole (its length
    /// kept), one undo step; the cursor stays on it wherever it lands in the day order.
    static func shift(minutes: Int, _ state: inout AppState) -> [Effect] {
        guard let (shown, record) = current(state), let index = selectedSlot(state) else { return [] }
        var programme = shown
        var updated = record
        updated.slots[index].start = record.slots[index].start.adding(minutes: minutes)
        updated.slots[index].end = record.slots[index].end.adding(minutes: minutes)
        programme.cursor = order(updated).firstIndex(of: index) ?? programme.cursor
        state.modes[state.modes.count - 1] = .programme(programme)
        let slot = updated.slots[index]
        let label = "slot moved to \(TimeSpanText.text(from: slot.start, to: slot.end)) (\(record.id))"
        return [.save(SaveRequest(label: label, edits: SlotWarnings.stamped([DelegationEdit(shown: record, updated: updated)], state)))]
    }

    /// `y`: the selected slot again on the next day, same times, place, host and topic.
    static func duplicate(_ state: inout AppState) -> [Effect] {
        guard let (_, record) = current(state), let index = selectedSlot(state) else { return [] }
        var copy = record.slots[index]
        copy.start.date = copy.start.date.adding(days: 1)
        copy.end.date = copy.end.date.adding(days: 1)
        var updated = record
        updated.slots.append(copy)
        let edits = SlotWarnings.stamped([DelegationEdit(shown: record, updated: updated)], state)
        return [.save(SaveRequest(label: "duplicate slot to \(copy.start.date) in \(record.id)", edits: edits))]
    }
}
