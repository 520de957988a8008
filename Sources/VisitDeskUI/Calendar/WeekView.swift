import VisitDeskDomain

/// The ISO week of the selected day: hours down with the partner's hour beside the home hour,
/// the seven days across, each slot a block in its day's column. A day with a conflict is marked
/// `!`, a day off `*`, a Chinese make-up working day `+`; the bottom row shows the slot under the cursor in both clocks.
enum WeekView {
    static let gutterWidth = 6

    static func draw(_ state: AppState, in area: Rect, focused: Bool, grid: inout Grid) {
        let clocks = TwoClocks(settings: state.catalog.settings)
        let selected = state.calendar.selected
        let monday = selected.adding(days: 1 - selected.isoWeekday)
        grid.drawPadded(title(monday: monday, clocks: clocks, state.l10n, state.words), x: area.x, y: area.y, width: area.width, role: .title)
        let dayWidth = (area.width - gutterWidth) / 7
        guard area.height > 3 else { return }
        guard dayWidth >= 3 else {
            grid.draw(state.l10n.text("too narrow for a week: m for the month"), x: area.x, y: area.y + 1, width: area.width, role: .muted)
            return
        }
        let hasFooter = area.height >= 6
        let rows = area.height - 2 - (hasFooter ? 1 : 0)
        let entries = state.index.schedule.entries(fromDay: monday.dayNumber, days: 7).filter { SlotNavigation.isShown($0, state) }
        let cursor = SlotNavigation.cursorRef(state)
        let layout = WeekLayout(entries: entries, monday: monday, delegations: state.catalog.delegations, rows: rows, cursor: cursor)
        let columns = area.x + gutterWidth
        drawHeaderRow(state, monday: monday, clocks: clocks, x: area.x, columns: columns, dayWidth: dayWidth, y: area.y + 1, focused: focused, grid: &grid)
        drawGutter(layout, day: selected, clocks: clocks, x: area.x, y: area.y + 2, grid: &grid)
        // The cursor's block last, so it is on top where lanes are too thin to show everything.
        for block in layout.blocks.sorted(by: { ($0.ref == cursor ? 1 : 0) < ($1.ref == cursor ? 1 : 0) }) {
            drawBlock(block, layout: layout, state: state, focused: focused,
                      x: columns + block.weekday * dayWidth, width: dayWidth - 1, top: area.y + 2, grid: &grid)
        }
        if hasFooter {
            grid.draw(footer(state, clocks: clocks), x: area.x, y: area.maxY - 1, width: area.width, role: .normal)
        }
    }

    /// `Week 13 · 22–28 Mar 2027 · Beijing +7h, +6h from Su 28`
    static func title(monday: LocalDate, clocks: TwoClocks, _ l10n: Localization = .of(.en), _ words: CalendarWords = .of(.en)) -> String {
        let range = words.range(monday, monday.adding(days: 6))
        var offsets = ["\(l10n.text(clocks.partnerLabel)) \(TwoClocks.offsetText(clocks.offsetMinutes(on: monday)))"]
        var previous = clocks.offsetMinutes(on: monday)
        for i in 1..<7 {
            let day = monday.adding(days: i)
            let offset = clocks.offsetMinutes(on: day)
            if offset != previous { offsets.append(l10n.format("%s from %s", TwoClocks.offsetText(offset), words.shortDay(day))) }
            previous = offset
        }
        return l10n.format("Week %d", monday.isoWeek.week) + " · \(range) · " + offsets.joined(separator: ", ")
    }

    private static func drawHeaderRow(_ state: AppState, monday: LocalDate, clocks: TwoClocks, x: Int, columns: Int, dayWidth: Int,
                                      y: Int, focused: Bool, grid: inout Grid) {
        // Two cells each: `St Be`, or one Chinese character each (`斯 北`).
        func short(_ city: String) -> String {
            var kept = ""
            for c in state.l10n.text(city) {
                guard DisplayWidth.of(kept) + DisplayWidth.of(c) <= 2 else { break }
                kept.append(c)
            }
            return kept
        }
        let labels = short(clocks.homeLabel) + " " + short(clocks.partnerLabel)
        grid.draw(labels, x: x, y: y, width: gutterWidth - 1, role: .muted)
        for i in 0..<7 {
            let date = monday.adding(days: i)
            let isSelected = date == state.calendar.selected
            let hasConflict = state.index.schedule.conflictDays.contains(date.dayNumber)
            let dayMark = HolidayMark.of(date)
            let role: StyleRole
            if isSelected { role = focused ? .selected : .selectedUnfocused }
            else if date == state.today { role = .today }
            else if hasConflict { role = .conflict }
            else if let holidayRole = dayMark.role { role = holidayRole }
            else if date.isWeekend { role = .weekend }
            else { role = .header }
            let width = dayWidth - 1
            let (name, short) = (state.words.weekdays[i], state.words.twoLetterWeekdays[i])
            let candidates = ["\(name) \(date.day)", "\(short) \(date.day)", "\(short)\(date.day)", "\(date.day)"]
            // One cell is kept after the name for the mark, so `We 9!` never reads as Thursday's.
            let text = candidates.first { DisplayWidth.of($0) <= width } ?? "\(date.day)"
            let left = columns + i * dayWidth
            grid.drawPadded(text, x: left, y: y, width: width, role: role)
            let mark = hasConflict ? "!" : dayMark.glyph ?? ""
            grid.draw(mark, x: left + DisplayWidth.of(text), y: y, width: 1, role: hasConflict ? .conflict : dayMark.role ?? .holiday)
        }
    }

    /// Home hours, and beside them the partner's hour at that moment on the selected day (the
    /// offset can change within a week; the title says where).
    private static func drawGutter(_ layout: WeekLayout, day: LocalDate, clocks: TwoClocks, x: Int, y: Int, grid: inout Grid) {
        for row in 0..<layout.rows {
            let minute = layout.firstMinute + row * layout.step
            guard minute % 60 == 0, minute < 24 * 60 else { continue }
            let home = LocalDateTime(date: day, time: LocalTime(hour: minute / 60, minute: 0))
            let partner = clocks.partnerTime(home)
            grid.draw(home.time.shortText.prefix(2), x: x, y: y + row, width: 2, role: .muted)
            grid.draw(partner.time.shortText.prefix(2), x: x + 3, y: y + row, width: 2, role: .field)
        }
    }

    /// Each row of a block starts with `▎` so blocks stand apart without colour; the rows show the
    /// title, the Chinese title (or topic) and the place, cut to the block's width.
    private static func drawBlock(_ block: WeekBlock, layout: WeekLayout, state: AppState, focused: Bool,
                                  x: Int, width: Int, top: Int, grid: inout Grid) {
        let laneWidth = max(1, width / block.lanes)
        guard block.lane * laneWidth < width else { return }
        let left = x + block.lane * laneWidth
        let blockWidth = block.lane == block.lanes - 1 ? width - block.lane * laneWidth : laneWidth
        let role = CalendarPane.slotRole(block.ref, state, focused: focused)
        switch layout.placement(of: block) {
        case .above:
            grid.draw("▲", x: left, y: top, width: 1, role: role)
        case .below:
            grid.draw("▼", x: left, y: top + layout.rows - 1, width: 1, role: role)
        case .rows(let range):
            let delegation = state.catalog.delegations[block.ref.delegation]
            let slot = delegation.slots[block.ref.slot]
            let lines = [delegation.title, delegation.titleZh ?? slot.topic, slot.place].filter { !$0.isEmpty }
            for (k, row) in range.enumerated() {
                let text = k < lines.count ? lines[k] : ""
                grid.drawPadded("▎" + text, x: left, y: top + row, width: blockWidth, role: role)
            }
        }
    }

    /// The slot under the cursor in both clocks and the day's holidays, `!` first when the visit
    /// has a conflict that day; else the selected day's heading.
    private static func footer(_ state: AppState, clocks: TwoClocks) -> String {
        guard let ref = SlotNavigation.cursorRef(state), let day = state.calendar.cursor?.day else {
            let date = state.calendar.selected
            return ScheduleText.dayHeading(date, slotCount: CalendarPane.slots(on: date, state).count, state)
        }
        let delegation = state.catalog.delegations[ref.delegation]
        let slot = delegation.slots[ref.slot]
        let holidays = HolidayMark.names(on: day, state.l10n)
        let parts = ["\(state.words.shortDay(day)) \(ScheduleText.span(of: slot, on: day))",
                     clocks.partnerSpanText(slot)] + holidays + [delegation.title, slot.place]
        let conflicted = ScheduleText.conflicts(on: day, state).contains { $0.delegationIDs.contains(delegation.id) }
        return (conflicted ? "! " : "") + parts.filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
