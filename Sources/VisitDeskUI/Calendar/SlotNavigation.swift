import VisitDeskDomain

/// Moving the calendar's slot cursor. Whatever selects a slot also selects its delegation in the
/// Groups pane (or Requests, for a proposal), so the list beside the calendar shows the same visit.
enum SlotNavigation {
    /// Whether the calendar's filter lets an entry through.
    static func isShown(_ entry: DayEntry, _ state: AppState) -> Bool {
        state.calendar.matches?.contains(entry.ref.delegation) ?? true
    }

    /// The catalog position of the cursor's slot; nil when there is no cursor or its record or
    /// slot has gone from the store since.
    static func cursorRef(_ state: AppState) -> SlotRef? {
        guard let cursor = state.calendar.cursor, let position = state.index.delegationByID[cursor.delegationID],
              state.catalog.delegations[position].slots.indices.contains(cursor.slot) else { return nil }
        return SlotRef(delegation: position, slot: cursor.slot)
    }

    /// Where the cursor sits in the schedule's entries, if it is still there.
    static func cursorIndex(_ state: AppState) -> Int? {
        guard let cursor = state.calendar.cursor, let ref = cursorRef(state) else { return nil }
        let schedule = state.index.schedule
        var i = schedule.firstIndex(onOrAfter: cursor.day.dayNumber)
        while i < schedule.entries.count, schedule.entries[i].day == cursor.day.dayNumber {
            if schedule.entries[i].ref == ref { return i }
            i += 1
        }
        return nil
    }

    /// Selects `date`; the cursor goes to that day's first shown slot (the agenda, which lists
    /// from the day on, to the first slot on or after it).
    static func selectDay(_ date: LocalDate, _ state: inout AppState) {
        state.calendar.selected = date
        let schedule = state.index.schedule
        let last = state.calendar.view == .agenda ? Int.max : date.dayNumber
        var i = schedule.firstIndex(onOrAfter: date.dayNumber)
        while i < schedule.entries.count, schedule.entries[i].day <= last {
            if isShown(schedule.entries[i], state) { return place(on: schedule.entries[i], selectingDay: false, &state) }
            i += 1
        }
        state.calendar.cursor = nil
    }

    /// The next (`step` 1) or previous (-1) shown slot in time; the selected day follows it.
    /// From no cursor, the search starts at the selected day.
    static func moveSlot(_ step: Int, _ state: inout AppState) {
        let schedule = state.index.schedule
        var i: Int
        if let current = cursorIndex(state) {
            i = current + step
        } else {
            let first = schedule.firstIndex(onOrAfter: state.calendar.selected.dayNumber)
            i = step > 0 ? first : first - 1
        }
        while i >= 0, i < schedule.entries.count {
            if isShown(schedule.entries[i], state) { return place(on: schedule.entries[i], selectingDay: true, &state) }
            i += step
        }
        state.message = step > 0 ? state.l10n.text("no later visit") : state.l10n.text("no earlier visit")
    }

    private static func place(on entry: DayEntry, selectingDay: Bool, _ state: inout AppState) {
        let day = LocalDate(dayNumber: entry.day)
        let delegation = state.catalog.delegations[entry.ref.delegation]
        state.calendar.cursor = SlotCursor(delegationID: delegation.id, slot: entry.ref.slot, day: day)
        if selectingDay { state.calendar.selected = day }
        selectInList(entry.ref.delegation, status: delegation.status, &state)
    }

    /// The Groups pane for a confirmed or visited group, Requests for a proposal; left alone when
    /// that pane's filter hides the delegation.
    static func selectInList(_ position: Int, status: DelegationStatus, _ state: inout AppState) {
        let pane: PaneID = status.isGroup ? .groups : .requests
        let ids = state.recordID(for: pane)
        state.modifyList(pane) { list, _ in
            if let row = list.rows.firstIndex(of: position) { list.select(row: row, id: ids) }
        }
        state.keepCursorsVisible()
    }

    /// Opens the cursor's delegation, else says why nothing opened.
    static func openCursor(_ state: inout AppState) {
        guard let ref = cursorRef(state) else {
            state.message = state.l10n.format("no visit on %s", state.calendar.selected.description)
            return
        }
        state.overlay = .detail(id: state.catalog.delegations[ref.delegation].id, top: 0)
    }
}
