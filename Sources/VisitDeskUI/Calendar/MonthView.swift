import VisitDeskDomain

/// The month around the selected day, Monday first with ISO week numbers, and that day's
/// programme below it: where the coordinator sees which days are taken.
enum MonthView {
    /// Title row, weekday row and six week rows: every month fits in six ISO weeks.
    static let gridRows = 8
    /// A week number column and seven day cells of four columns each.
    static let gridWidth = 3 + 7 * 4

    static func draw(_ state: AppState, in rect: Rect, focused: Bool, grid: inout Grid) {
        let area = rect.inner
        let selected = state.calendar.selected
        let left = area.x + max(0, (area.width - gridWidth) / 2)
        let words = state.words
        grid.drawPadded(words.monthAndYear(month: selected.month, year: selected.year), x: area.x, y: area.y, width: area.width,
                        role: .title, alignment: .center)
        if area.height > 1 {
            grid.draw(words.weekColumn, x: left, y: area.y + 1, width: 2, role: .header)
            for (i, name) in words.twoLetterWeekdays.enumerated() {
                grid.draw(name, x: left + 3 + i * 4 + 1, y: area.y + 1, width: 2, role: .header)
            }
        }
        let first = selected.firstOfMonth
        let gridStart = first.adding(days: 1 - first.isoWeekday)
        for week in 0..<6 where area.y + 2 + week < area.maxY {
            let y = area.y + 2 + week
            let monday = gridStart.adding(days: week * 7)
            grid.drawPadded(String(monday.isoWeek.week), x: left, y: y, width: 2, role: .muted, alignment: .right)
            for weekday in 0..<7 {
                let date = monday.adding(days: weekday)
                drawDay(date, state: state, focused: focused, x: left + 3 + weekday * 4, y: y, grid: &grid)
            }
        }
        let listTop = area.y + gridRows + 1
        guard listTop < area.maxY else { return }
        grid.drawSeparator(in: rect, y: listTop - 1, focused: focused)
        drawDayProgramme(state, focused: focused, in: Rect(x: area.x, y: listTop, width: area.width, height: area.maxY - listTop), grid: &grid)
    }

    /// Four cells: `[13]` selected, `(13)` today, ` 13!` a day with a conflict, ` 13•` a day with visits;
    /// before the number `*` a day off in Sweden or China, `+` a Chinese make-up working day.
    private static func drawDay(_ date: LocalDate, state: AppState, focused: Bool, x: Int, y: Int, grid: inout Grid) {
        let isSelected = date == state.calendar.selected
        let isToday = date == state.today
        let hasVisits = !CalendarPane.slots(on: date, state).isEmpty
        let hasConflict = state.index.schedule.conflictDays.contains(date.dayNumber)
        let inMonth = date.month == state.calendar.selected.month
        let dayMark = HolidayMark.of(date)
        let mark = hasConflict ? "!" : hasVisits ? "•" : " "
        let (open, close): (String, String) = isSelected ? ("[", "]") : isToday ? ("(", ")") : (dayMark.glyph ?? " ", mark)
        let number = date.day < 10 ? " \(date.day)" : "\(date.day)"
        let role: StyleRole
        if isSelected { role = focused ? .selected : .selectedUnfocused }
        else if isToday { role = .today }
        else if hasConflict { role = .conflict }
        else if let holidayRole = dayMark.role { role = holidayRole }
        else if hasVisits { role = .visitDay }
        else if !inMonth { role = .muted }
        else if date.isWeekend { role = .weekend }
        else { role = .normal }
        grid.draw(open + number + close, x: x, y: y, width: 4, role: role)
    }

    private static func drawDayProgramme(_ state: AppState, focused: Bool, in area: Rect, grid: inout Grid) {
        let date = state.calendar.selected
        let refs = CalendarPane.slots(on: date, state)
        let heading = ScheduleText.dayHeading(date, slotCount: refs.count, state)
        grid.draw(heading, x: area.x, y: area.y, width: area.width, role: .header)
        let rows = area.height - 1
        guard rows > 0 else { return }
        for (offset, ref) in refs.prefix(rows).enumerated() {
            let delegation = state.catalog.delegations[ref.delegation]
            let slot = delegation.slots[ref.slot]
            let y = area.y + 1 + offset
            if offset == rows - 1 && refs.count > rows {
                grid.draw(state.l10n.format("+%d more", refs.count - rows + 1), x: area.x, y: y, width: area.width, role: .muted)
                break
            }
            let used = grid.draw(ScheduleText.span(of: slot, on: date) + " ", x: area.x, y: y, width: area.width,
                                 role: CalendarPane.slotRole(ref, state, focused: focused))
            let place = slot.place.isEmpty ? "" : " · \(slot.place)"
            grid.draw(delegation.title + place, x: area.x + used, y: y, width: area.width - used, role: .normal)
        }
    }
}
