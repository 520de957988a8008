import VisitDeskDomain

/// The coming slots as a list from the selected day on, under a heading for each day (holidays
/// and conflicts named there); days off and China's make-up working days between them (and after
/// the last) get a heading of their own, so the list shows the weeks to avoid too. A multi-day slot is listed on every day it spans, with `…` where
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
        let l10n = state.l10n
        let zones = showsPartner ? " · " + l10n.format("hours in %s, then %s (%s)", l10n.text(clocks.homeLabel), l10n.text(clocks.partnerLabel), offset) : ""
        grid.drawPadded(l10n.format("From %s", start.description) + zones, x: area.x, y: area.y, width: area.width, role: .title)
        let cursor = SlotNavigation.cursorRef(state)
        let schedule = state.index.schedule
        var y = area.y + 1
        var shownDay: Int?
        var i = schedule.firstIndex(onOrAfter: start.dayNumber)
        var listedThrough = start.dayNumber
        func headHolidays(before end: Int) {
            // A year at most per gap: a gap longer than that has rows enough to fill the screen.
            var day = listedThrough + 1
            let stop = min(end, listedThrough + 367)
            while day < stop, y < area.maxY {
                let date = LocalDate(dayNumber: day)
                guard let role = HolidayMark.of(date).role else {
                    day += 1
                    continue
                }
                // The days of one Chinese break without visits read as one line.
                let last = breakRunEnd(from: date, before: stop)
                let text = last == date ? ScheduleText.dayHeading(date, slotCount: 0, state)
                    : state.words.days(date, last) + " · "
                        + (HolidayCalendar.chinaDay(on: date).map { breakText($0.period, l10n) } ?? "")
                grid.draw(text, x: area.x, y: y, width: area.width, role: role)
                y += 1
                day = last.dayNumber + 1
            }
            listedThrough = max(listedThrough, end - 1)
        }
        if schedule.entries[i...].first(where: { SlotNavigation.isShown($0, state) })?.day != start.dayNumber, y < area.maxY {
            grid.draw(ScheduleText.dayHeading(start, slotCount: 0, state), x: area.x, y: y, width: area.width,
                      role: HolidayMark.of(start).role ?? .header)
            y += 1
        }
        while y < area.maxY, i < schedule.entries.count {
            let entry = schedule.entries[i]
            i += 1
            guard SlotNavigation.isShown(entry, state) else { continue }
            let date = LocalDate(dayNumber: entry.day)
            if entry.day != shownDay {
                headHolidays(before: entry.day)
                guard y < area.maxY else { break }
                listedThrough = entry.day
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
            grid.draw(l10n.text("no visits from here on"), x: area.x, y: y, width: area.width, role: .muted)
            y += 1
        }
        if i >= schedule.entries.count { headHolidays(before: listedThrough + 367) }
    }

    /// `Spring Festival holiday (expected) (CN) · no visits`, the break's name in the language
    /// (`春节假期`, `vårfestledighet`).
    private static func breakText(_ period: ChinaBreak, _ l10n: Localization) -> String {
        let name = l10n.text(period.festival.breakPhrase)
        return name + (period.isEstimated ? " " + l10n.text("(expected)") : "") + " (CN) · " + l10n.text("no visits")
    }

    /// The last day from `date` on (before day number `stop`) of the same Chinese break, while
    /// each day is a day off there and no Swedish holiday needs its own line.
    private static func breakRunEnd(from date: LocalDate, before stop: Int) -> LocalDate {
        guard let period = HolidayCalendar.chinaDay(on: date)?.period, HolidayCalendar.isChinaDayOff(date),
              !HolidayCalendar.isSwedishDayOff(date) else { return date }
        var last = date
        while last.dayNumber + 1 < stop {
            let next = last.adding(days: 1)
            guard let day = HolidayCalendar.chinaDay(on: next), day.isDayOff, day.period == period,
                  !HolidayCalendar.isSwedishDayOff(next) else { break }
            last = next
        }
        return last
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
