import VisitDeskDomain

/// One slot's piece on one day of the week view, in minutes of that day.
struct WeekBlock: Equatable {
    var ref: SlotRef
    /// 0 = Monday … 6 = Sunday.
    var weekday: Int
    var startMinute: Int
    var endMinute: Int
    /// Side-by-side position among the day's overlapping slots, and how many lanes the day needs.
    var lane = 0
    var lanes = 1
}

/// Where the week view's blocks go: which hours the rows show, how long a row is, and which lane
/// each slot takes. Pure arithmetic on the week's slots, kept apart from drawing so it can be
/// checked directly.
struct WeekLayout {
    /// Working hours are always shown, so an empty week still reads as a day.
    static let workdayStart = 8 * 60
    static let workdayEnd = 18 * 60

    let rows: Int
    /// Minutes per row: 30 when the hours fit twice over, else 60.
    let step: Int
    /// Minute of the day the first row starts at.
    let firstMinute: Int
    let blocks: [WeekBlock]

    init(entries: some Sequence<DayEntry>, monday: LocalDate, delegations: [Delegation], rows: Int, cursor: SlotRef?) {
        self.rows = max(1, rows)
        var blocks: [WeekBlock] = []
        var earliest = WeekLayout.workdayStart
        var latest = WeekLayout.workdayEnd
        for entry in entries {
            let weekday = entry.day - monday.dayNumber
            guard (0..<7).contains(weekday) else { continue }
            let slot = delegations[entry.ref.delegation].slots[entry.ref.slot]
            let date = LocalDate(dayNumber: entry.day)
            let startsToday = slot.start.date == date
            let endsToday = slot.end.date == date
            let start = startsToday ? slot.start.time.secondsOfDay / 60 : 0
            let end = endsToday ? slot.end.time.secondsOfDay / 60 : 24 * 60
            // Only real start and end times widen the hours; a slot running through midnight does not.
            if startsToday { earliest = min(earliest, start / 60 * 60) }
            if endsToday { latest = max(latest, (end + 59) / 60 * 60) }
            blocks.append(WeekBlock(ref: entry.ref, weekday: weekday, startMinute: start, endMinute: max(end, start + 1)))
        }
        let span = latest - earliest
        step = self.rows * 30 >= span ? 30 : 60
        let visible = self.rows * step
        var first = earliest
        if visible < span, let cursor, let block = blocks.first(where: { $0.ref == cursor }),
           block.startMinute < first || block.startMinute >= first + visible {
            first = block.startMinute / 60 * 60
        }
        firstMinute = max(0, min(first, 24 * 60 - visible))
        self.blocks = WeekLayout.assignLanes(blocks, step: step)
    }

    /// Greedy interval partitioning per day: each slot takes the first lane free at its start.
    /// Times are widened to whole rows first, so two slots that share a row (10:30 after a slot
    /// ending 10:30, with hour rows) sit side by side instead of one hiding the other.
    private static func assignLanes(_ blocks: [WeekBlock], step: Int) -> [WeekBlock] {
        func rowStart(_ block: WeekBlock) -> Int { block.startMinute / step * step }
        func rowEnd(_ block: WeekBlock) -> Int { (block.endMinute + step - 1) / step * step }
        var result: [WeekBlock] = []
        for weekday in 0..<7 {
            var day = blocks.filter { $0.weekday == weekday }
            day.sort { ($0.startMinute, $0.endMinute) < ($1.startMinute, $1.endMinute) }
            var laneEnds: [Int] = []
            for i in day.indices {
                if let free = laneEnds.firstIndex(where: { $0 <= rowStart(day[i]) }) {
                    day[i].lane = free
                    laneEnds[free] = rowEnd(day[i])
                } else {
                    day[i].lane = laneEnds.count
                    laneEnds.append(rowEnd(day[i]))
                }
            }
            for i in day.indices { day[i].lanes = max(1, laneEnds.count) }
            result += day
        }
        return result
    }

    /// The rows a block covers, clamped to the screen; `.above` / `.below` when it lies wholly
    /// outside the hours shown.
    enum Placement: Equatable {
        case rows(ClosedRange<Int>)
        case above
        case below
    }

    func placement(of block: WeekBlock) -> Placement {
        let top = floorDiv(block.startMinute - firstMinute, step)
        let bottom = floorDiv(block.endMinute - firstMinute + step - 1, step) - 1
        if bottom < 0 { return .above }
        if top >= rows { return .below }
        return .rows(max(0, top)...min(rows - 1, max(top, bottom)))
    }

    private func floorDiv(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }
}
