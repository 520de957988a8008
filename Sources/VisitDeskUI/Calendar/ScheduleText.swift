import VisitDeskDomain

/// How slots, days and conflicts read in the calendar views and the detail view.
enum ScheduleText {
    /// A slot's hours on one of its days: `09:00–12:00`, or `…` where it runs on from the day
    /// before or into the next, so a multi-day slot reads right on each day it spans.
    static func span(of slot: Slot, on date: LocalDate) -> String {
        let start = slot.start.date == date ? slot.start.time.shortText : "…"
        let end = slot.end.date == date ? slot.end.time.shortText : "…"
        return "\(start)–\(end)"
    }

    /// `Thu 2026-11-26 · Christmas Day (SE) · 2 visits · 1 conflict`
    static func dayHeading(_ date: LocalDate, slotCount: Int, _ state: AppState) -> String {
        let l10n = state.l10n
        let holidays = HolidayMark.names(on: date, state.l10n)
        let visits = slotCount == 0 ? l10n.text("no visits") : l10n.plural(slotCount, "%d visit", "%d visits")
        var parts = [state.words.weekdayAndDate(date)] + holidays + [visits]
        let conflicts = conflicts(on: date, state).count
        if conflicts > 0 { parts.append("! " + l10n.plural(conflicts, "%d conflict", "%d conflicts")) }
        return parts.joined(separator: " · ")
    }

    /// The conflicts that mark `date` in the calendar, among the visits the filter shows.
    static func conflicts(on date: LocalDate, _ state: AppState) -> [ScheduleConflict] {
        let schedule = state.index.schedule
        guard schedule.conflictDays.contains(date.dayNumber) else { return [] }
        var seen = Set<ScheduleConflict>()
        return CalendarPane.slots(on: date, state).flatMap { ref in
            (schedule.conflictsByDelegation[state.catalog.delegations[ref.delegation].id] ?? []).filter { conflict in
                ScheduleIndex.days(of: conflict).contains(date) && seen.insert(conflict).inserted
            }
        }
    }

    /// The detail view's "Conflicts" section; nothing at all when the delegation has none.
    static func conflictLines(of delegation: Delegation, _ state: AppState) -> [LabeledLine] {
        guard let conflicts = state.index.schedule.conflictsByDelegation[delegation.id], !conflicts.isEmpty else { return [] }
        return [LabeledLine(label: "", value: ""), LabeledLine(label: state.l10n.text("Conflicts"), value: "", role: .header)]
            + conflicts.map { LabeledLine(label: $0.date.description, value: state.l10n.text($0.phrase), role: .conflict) }
    }

    /// A slot in the detail view, in both clocks:
    /// `09:00–12:00 · Beijing 16:00–19:00 · Borlänge Energi · host Åsa Öberg · Sludge handling`.
    static func detailLine(_ slot: Slot, clocks: TwoClocks, l10n: Localization, hostName: (String) -> String) -> String {
        let end = slot.end.date == slot.start.date ? slot.end.time.shortText : "\(slot.end.date) \(slot.end.time.shortText)"
        var parts = ["\(slot.start.time.shortText)–\(end)", clocks.partnerSpanText(slot)]
        if !slot.place.isEmpty { parts.append(slot.place) }
        if let host = slot.host { parts.append(l10n.format("host %s", hostName(host))) }
        if !slot.topic.isEmpty { parts.append(slot.topic) }
        return parts.joined(separator: " · ")
    }
}
