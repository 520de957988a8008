import Foundation
import VisitDeskDomain

/// Date-time values in the basic ISO form iCalendar uses.
enum ICalendarDate {
    /// `20261209T090000`: a wall-clock time, read in the TZID given beside it.
    static func local(_ value: LocalDateTime) -> String {
        let d = value.date, t = value.time
        return fourDigits(d.year) + twoDigits(d.month) + twoDigits(d.day) + "T"
            + twoDigits(t.hour) + twoDigits(t.minute) + twoDigits(t.second)
    }

    /// `20261209T080000Z`.
    static func utc(_ value: LocalDateTime) -> String { local(value) + "Z" }

    /// The UTC wall clock of `value` read in `zone`, or nil for a zone the system does not know.
    /// A time that does not exist (inside the spring gap) moves forward, as clocks do.
    static func toUTC(_ value: LocalDateTime, zone: TimeZone) -> LocalDateTime? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = DateComponents(
            year: value.date.year, month: value.date.month, day: value.date.day,
            hour: value.time.hour, minute: value.time.minute, second: value.time.second)
        guard let instant = calendar.date(from: parts) else { return nil }
        let seconds = Int(instant.timeIntervalSince1970.rounded())
        let day = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - day * 86_400
        return LocalDateTime(
            date: LocalDate(dayNumber: day),
            time: LocalTime(hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60))
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func fourDigits(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
}
