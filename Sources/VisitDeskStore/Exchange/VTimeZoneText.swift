import VisitDeskDomain

/// Writes a VTIMEZONE block from `ZoneRules`: one STANDARD/DAYLIGHT sub-component per yearly
/// change with its RRULE, starting in 1970 as most calendar programs write it.
enum VTimeZoneText {
    static func block(zone: String, rules: ZoneRules) -> String {
        var out = ContentLine.line("BEGIN", "VTIMEZONE") + ContentLine.line("TZID", zone)
        switch rules.kind {
        case .fixed(let offset):
            out += ContentLine.line("BEGIN", "STANDARD")
            out += ContentLine.line("DTSTART", "19700101T000000")
            out += ContentLine.line("TZOFFSETFROM", offsetText(offset))
            out += ContentLine.line("TZOFFSETTO", offsetText(offset))
            out += ContentLine.line("END", "STANDARD")
        case .yearly(let changes):
            for change in changes {
                let component = change.isDaylight ? "DAYLIGHT" : "STANDARD"
                let first = firstOccurrence(of: change, in: 1970)
                out += ContentLine.line("BEGIN", component)
                out += ContentLine.line("DTSTART", ICalendarDate.local(LocalDateTime(date: first, time: change.wallTime)))
                out += ContentLine.line("TZOFFSETFROM", offsetText(change.offsetFrom))
                out += ContentLine.line("TZOFFSETTO", offsetText(change.offsetTo))
                out += ContentLine.line("RRULE", "FREQ=YEARLY;BYMONTH=\(change.month);BYDAY=\(change.ordinal)\(weekdayCodes[change.weekday - 1])")
                out += ContentLine.line("END", component)
            }
        }
        return out + ContentLine.line("END", "VTIMEZONE")
    }

    static let weekdayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]

    /// `+0100`, `-0430`.
    static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + ICalendarDate.twoDigits(minutes / 60) + ICalendarDate.twoDigits(minutes % 60)
    }

    /// The rule's date in `year`, so DTSTART is itself an occurrence of its RRULE (RFC 5545 asks that).
    static func firstOccurrence(of change: ZoneRules.Change, in year: Int) -> LocalDate {
        if change.ordinal < 0 {
            let last = LocalDate(year: year, month: change.month, day: LocalDate.daysIn(month: change.month, year: year))
            return last.adding(days: -((last.isoWeekday - change.weekday + 7) % 7))
        }
        let first = LocalDate(year: year, month: change.month, day: 1)
        return first.adding(days: (change.weekday - first.isoWeekday + 7) % 7 + 7 * (change.ordinal - 1))
    }
}
