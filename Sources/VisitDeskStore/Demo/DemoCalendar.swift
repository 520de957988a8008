import VisitDeskDomain

/// Dates of the demo, relative to the day it is created, so a fresh demo always has requests
/// that are ageing, groups coming in the next months and visits that already happened.
///
/// Programme days fall on weekdays (a weekend offset moves to the Monday after), so the only
/// weekend slot is the one the demo places there on purpose.
struct DemoCalendar {
    let today: LocalDate

    /// A plain day relative to today (received dates, wished periods, follow-ups).
    func day(_ offset: Int) -> LocalDate { today.adding(days: offset) }

    /// The working day at `offset` (moved forward past a weekend), then `later` working days on:
    /// a group's second day is `(offset, later: 1)`, so it never lands on the first day's Monday.
    func workday(_ offset: Int, later: Int = 0) -> LocalDate {
        var date = today.adding(days: offset)
        if date.isWeekend { date = date.adding(days: 8 - date.isoWeekday) }
        for _ in 0..<max(0, later) {
            date = date.adding(days: date.isoWeekday == 5 ? 3 : 1)
        }
        return date
    }

    /// The first Saturday on or after `offset`.
    func saturday(from offset: Int) -> LocalDate {
        let date = today.adding(days: offset)
        return date.adding(days: (6 - date.isoWeekday + 7) % 7)
    }

    func at(_ date: LocalDate, _ hour: Int, _ minute: Int = 0) -> LocalDateTime {
        LocalDateTime(date: date, time: LocalTime(hour: hour, minute: minute))
    }

    /// A slot on the working day at `offset` (plus `later` working days), from `start` to `end`
    /// as (hour, minute).
    func slot(
        _ offset: Int, later: Int = 0, _ start: (Int, Int), _ end: (Int, Int),
        place: String, host: String? = nil, topic: String
    ) -> Slot {
        let date = workday(offset, later: later)
        return Slot(start: at(date, start.0, start.1), end: at(date, end.0, end.1), place: place, host: host, topic: topic)
    }
}
