import VisitDeskDomain

/// The booking warnings of a slot (the host busy then, the place taken, a holiday, a weekend,
/// outside the wished period): shown in the slot and accept forms while typing, and kept with
/// the slot when it is saved anyway (`warnings` in its `[[slots]]` block), so the programme and
/// the detail view still say what was overridden. Recomputed whenever the slot is rebooked.
enum SlotWarnings {
    /// What holds for `slot` in `record` now, in English as the store keeps it.
    static func lines(for slot: Slot, in record: Delegation, _ state: AppState) -> [String] {
        phrases(for: slot, in: record, state).map(\.description)
    }

    /// What holds for `slot` in `record` now, in the language on screen (the forms).
    static func shown(for slot: Slot, in record: Delegation, _ state: AppState) -> [String] {
        phrases(for: slot, in: record, state).map(state.l10n.text)
    }

    /// A warning the slot was saved with (English) in the language on screen.
    static func shown(saved line: String, _ l10n: Localization) -> String {
        l10n.text(BookingWarnings.phrase(saved: line))
    }

    /// What holds for `slot` in `record` now, against the groups with a slot on its days.
    static func phrases(for slot: Slot, in record: Delegation, _ state: AppState) -> [Phrase] {
        let catalog = state.catalog
        // Only the groups with a slot on the slot's days can clash: the calendar's day index has them.
        var positions = Set<Int>()
        for date in slot.dates.prefix(ProgrammeForms.longestDays + 1) {
            positions.formUnion(state.index.slotsByDay[date.dayNumber]?.map(\.delegation) ?? [])
        }
        let others = positions.sorted().map { catalog.delegations[$0] }
        return BookingWarnings.phrases(for: slot, in: record, among: others) { catalog.contact(id: $0)?.name ?? $0 }
    }

    /// The edits with every new or rebooked slot carrying the warnings that hold for it now; a
    /// slot booked as before (same times, place, host, topic) keeps what it was saved with.
    static func stamped(_ edits: [DelegationEdit], _ state: AppState) -> [DelegationEdit] {
        edits.map { edit in
            var edit = edit
            let old = edit.shown?.slots ?? []
            for index in edit.updated.slots.indices {
                let slot = edit.updated.slots[index]
                if let same = old.first(where: { $0.isSameBooking(as: slot) }) {
                    edit.updated.slots[index].warnings = same.warnings
                } else {
                    edit.updated.slots[index].warnings = lines(for: slot, in: edit.updated, state)
                }
            }
            return edit
        }
    }
}
