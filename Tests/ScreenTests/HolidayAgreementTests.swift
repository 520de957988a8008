import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// One truth: on every day of 2024–2026 the month grid's mark and `check`'s day-rule warnings say
/// the same thing. A trip to China with a slot on each day and a group in Sweden with a slot on
/// each day; a day marked `*` must have a warning naming a day off (in China, or in Sweden for the
/// group here), a day with such a warning must be marked, and `+` (a Chinese make-up working day)
/// marks exactly the weekend days on which the trip to China gets no weekend warning although
/// Sweden works as usual.
@Suite struct HolidayAgreementTests {
    static let first = LocalDate(year: 2024, month: 1, day: 1)
    static let last = LocalDate(year: 2026, month: 12, day: 31)

    static var days: [LocalDate] { (0...first.days(until: last)).map { first.adding(days: $0) } }

    static func slotOn(_ date: LocalDate) -> Slot {
        Slot(start: LocalDateTime(date: date, time: LocalTime(hour: 10, minute: 0)),
             end: LocalDateTime(date: date, time: LocalTime(hour: 12, minute: 0)))
    }

    static let catalog = Catalog(delegations: days.flatMap { date in [
        Delegation(id: "trip-\(date)", title: "Trip \(date)", status: .confirmed, direction: .outbound, slots: [slotOn(date)]),
        Delegation(id: "group-\(date)", title: "Group \(date)", status: .confirmed, slots: [slotOn(date)]),
    ] })

    /// The four-cell month grid entries of every day of a month, read from the rendered screen:
    /// the character before the day number is its holiday mark.
    static func marks(month: LocalDate, selectedDay: Int, state base: AppState) -> [LocalDate: Character] {
        var state = base
        SlotNavigation.selectDay(LocalDate(year: month.year, month: month.month, day: selectedDay), &state)
        let lines = render(state).text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        guard let header = lines.firstIndex(where: { String($0).contains("Wk  Mo  Tu  We  Th  Fr  Sa  Su") }) else { return [:] }
        let left = Array(lines[header]).firstIndex(of: "W")! // "Wk" starts the grid
        let monday = month.firstOfMonth.adding(days: 1 - month.firstOfMonth.isoWeekday)
        var marks: [LocalDate: Character] = [:]
        for week in 0..<6 {
            let row = lines[header + 1 + week]
            for weekday in 0..<7 {
                let date = monday.adding(days: week * 7 + weekday)
                let x = left + 3 + weekday * 4
                guard date.month == month.month, date.day != selectedDay, date != base.today, x + 2 < row.count else { continue }
                let number = String(row[(x + 1)...(x + 2)]).trimmingCharacters(in: .whitespaces)
                #expect(number == String(date.day), "grid misread at \(date)")
                marks[date] = row[x]
            }
        }
        return marks
    }

    @Test func monthMarksAndCheckWarningsAgreeOnEveryDayOf2024To2026() {
        let conflicts = ConflictFinder.conflicts(in: Self.catalog.delegations)
        let chinaKinds: Set<ScheduleConflict.Kind> = [.springFestival, .goldenWeek, .chinaHoliday]
        let chinaOff = Set(conflicts.filter { chinaKinds.contains($0.kind) && $0.delegationIDs[0].hasPrefix("trip-") }.map(\.date))
        let swedenOff = Set(conflicts.filter { $0.kind == .swedishHoliday }.map(\.date))
        let tripWeekends = Set(conflicts.filter { $0.kind == .weekend && $0.delegationIDs[0].hasPrefix("trip-") }.map(\.date))

        var state = Fixtures.state(120, 40, catalog: Self.catalog)
        state.today = LocalDate(year: 2030, month: 1, day: 1) // so no day of the range is drawn as today
        Fixtures.press("3", &state)
        var marks: [LocalDate: Character] = [:]
        var month = Self.first
        while month <= Self.last {
            marks.merge(Self.marks(month: month, selectedDay: 1, state: state)) { a, _ in a }
            marks.merge(Self.marks(month: month, selectedDay: 15, state: state)) { a, _ in a }
            month = month.adding(months: 1)
        }
        #expect(marks.count == Self.days.count)
        var workdays = 0
        for date in Self.days {
            guard let mark = marks[date] else { continue }
            let dayOffWarned = chinaOff.contains(date) || swedenOff.contains(date)
            #expect((mark == "*") == dayOffWarned, "\(date): mark `\(mark)`, China day-off warning \(chinaOff.contains(date))")
            let worksInChina = date.isWeekend && !tripWeekends.contains(date) && !swedenOff.contains(date)
            #expect((mark == "+") == worksInChina, "\(date): mark `\(mark)`, trip's weekend warning \(tripWeekends.contains(date))")
            if mark == "+" { workdays += 1 }
        }
        // 2024–2026 had 19 make-up working days (Python's `holidays` agrees, see the domain's oracle test).
        #expect(workdays == 19)
        #expect(chinaOff.contains(LocalDate(year: 2026, month: 10, day: 5)))
    }
}
