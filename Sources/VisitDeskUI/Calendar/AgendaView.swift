import VisitDeskDomain

/// The coming slots as a list from the selected day on, under a heading for each day (holidays
/// and conflicts named there). A multi-day slot is listed on every day it spans, with `…` where
/// it runs on. Each row gives the hours at home and in the partner's zone.
enum AgendaView {
    /// Below this the partner's hours would leave too little room for the title; the week view
    /// and the detail view still show them.
    static let minimumWidthForPartner = 60

    static func draw(_ state: AppState, in area: Rect, focused: Bool, grid: inout Grid) {
        let clocks = TwoClocks(settings: state.catalog.settings)
        let start = state.calendar.selected
        let offset = TwoClocks.offsetText(clocks.offsetMinutes(on: start))
        let showsPartner = area.width >= minimumWidthForPartner
        let zones = showsPartner ? " · hours in \(clocks.homeLabel), then \(clocks.partnerLabel) (\(offset))" : ""
        grid.drawPadded("From \(start)" + zones, x: area.x, y: area.y, width: area.width, role: .title)
        let cursor = SlotNavigation.cursorRef(state)
        let schedule = state.index.schedule
        var y = area.y + 1
        var shownDay: Int?
        var i = schedule.firstIndex(onOrAfter: start.dayNumber)
        if schedule.entries[i...].first(where: { SlotNavigation.isShown($0, state) })?.day != start.dayNumber, y < area.maxY {
            grid.draw(ScheduleText.dayHeading(start, slotCount: 0, state), x: area.x, y: y, width: area.width, role: .header)
            y += 1
        }
        while y < area.maxY, i < schedule.entries.count {
            let entry = schedule.entries[i]
            i += 1
            guard SlotNavigation.isShown(entry, state) else { continue }
            let date = LocalDate(dayNumber: entry.day)
            if entry.day != shownDay {
                shownDay = entry.day
                let count = CalendarPane.slots(on: date, state).count
                let role: StyleRole = !ScheduleText.conflicts(on: date, state).isEmpty ? .conflict
                    : HolidayMark.of(date).role ?? .header
                grid.draw(ScheduleText.dayHeading(date, slotCount: count, state), x: area.x, y: y, width: area.width, role: role)
                y += 1
                guard y < area.maxY else { break }
            }
            let isCursor = entry.ref == cursor && state.calendar.cursor?.day == date
            let role: StyleRole = isCursor ? (focused ? .selected : .selectedUnfocused) : .normal
            grid.drawPadded(line(entry.ref, on: date, state: state, clocks: showsPartner ? clocks : nil, width: area.width), x: area.x, y: y,
                            width: area.width, role: role)
            if !isCursor {
                grid.draw(ScheduleText.span(of: slotOf(entry.ref, state), on: date), x: area.x + 1, y: y, width: 11,
                          role: CalendarPane.slotRole(entry.ref, state, focused: focused))
            }
            y += 1
        }
        if shownDay == nil, y < area.maxY {
            grid.draw("no visits from here on", x: area.x, y: y, width: area.width, role: .muted)
        }
    }

    private static func slotOf(_ ref: SlotRef, _ state: AppState) -> Slot {
        state.catalog.delegations[ref.delegation].slots[ref.slot]
    }

    /// ` 09:00–12:00  16:00–19:00    Hebei Bureau of Commerce Group  河北省商务厅代表团 · Borlänge Energi`
    /// `clocks` nil leaves the partner's column out.
    static func line(_ ref: SlotRef, on date: LocalDate, state: AppState, clocks: TwoClocks?, width: Int) -> String {
        let delegation = state.catalog.delegations[ref.delegation]
        let slot = delegation.slots[ref.slot]
        let hours = " " + pad(ScheduleText.span(of: slot, on: date), 11) + "  "
            + (clocks.map { pad(partnerSpan(of: slot, on: date, clocks: $0), 13) + "  " } ?? "")
        let place = slot.place.isEmpty ? "" : " · " + slot.place
        let room = width - DisplayWidth.of(hours) - DisplayWidth.of(place)
        return hours + Titles.bilingual(delegation.title, delegation.titleZh, width: room) + place
    }

    /// The partner-zone hours of the part of `slot` on `date`, `…` where it runs on, `+1` on a
    /// time that is already the next day there (17:00 in Stockholm is 00:00 in Beijing).
    static func partnerSpan(of slot: Slot, on date: LocalDate, clocks: TwoClocks) -> String {
        func text(_ moment: LocalDateTime) -> String {
            let there = clocks.partnerTime(moment)
            let days = moment.date.days(until: there.date)
            return there.time.shortText + (days == 0 ? "" : days > 0 ? "+\(days)" : "\(days)")
        }
        let start = slot.start.date == date ? text(slot.start) : "…"
        let end = slot.end.date == date ? text(slot.end) : "…"
        return "\(start)–\(end)"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - DisplayWidth.of(text)))
    }
}
