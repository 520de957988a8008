import Foundation
import VisitDeskDomain

/// A zone's daylight-saving rules as iCalendar writes them in a VTIMEZONE, derived from the
/// system's time-zone database rather than typed in, so any zone with a regular yearly rule
/// (Europe/Stockholm, America/New_York, Australia/Sydney) or no daylight saving (Asia/Shanghai)
/// gets a VTIMEZONE, and one with irregular changes is left to UTC times.
struct ZoneRules: Equatable {
    /// One yearly change: on the `ordinal` `weekday` of `month` (-1 = last) at `wallTime`
    /// (in the offset before the change), the offset goes from `offsetFrom` to `offsetTo`.
    struct Change: Equatable {
        var month: Int
        var weekday: Int          // ISO: 1 = Monday … 7 = Sunday
        var ordinal: Int
        var wallTime: LocalTime
        var offsetFrom: Int       // seconds east of UTC
        var offsetTo: Int
        var isDaylight: Bool
    }

    enum Kind: Equatable {
        case fixed(offset: Int)
        case yearly([Change])
    }

    var kind: Kind

    /// The rules that hold for every year in `years`, or nil when the zone is unknown or changes
    /// irregularly there.
    static func derive(zone identifier: String, years: ClosedRange<Int>) -> ZoneRules? {
        guard let zone = TimeZone(identifier: identifier) else { return nil }
        var perYear: [[Change]] = []
        for year in years {
            guard let changes = changes(in: zone, year: year) else { return nil }
            perYear.append(changes)
        }
        if perYear.allSatisfy(\.isEmpty) {
            let start = Date(timeIntervalSince1970: TimeInterval(LocalDate(year: years.lowerBound, month: 1, day: 1).dayNumber * 86_400))
            return ZoneRules(kind: .fixed(offset: zone.secondsFromGMT(for: start)))
        }
        guard let first = perYear.first, first.count == 2,
              let merged = merge(perYear) else { return nil }
        return ZoneRules(kind: .yearly(merged))
    }

    /// The changes of one year, each with every ordinal that describes its date (a last Sunday
    /// in March is also the 4th or 5th) folded into the `ordinal` later chosen by `merge`.
    private static func changes(in zone: TimeZone, year: Int) -> [Change]? {
        let start = Date(timeIntervalSince1970: TimeInterval(LocalDate(year: year, month: 1, day: 1).dayNumber * 86_400 - 14 * 3600))
        let end = Date(timeIntervalSince1970: TimeInterval(LocalDate(year: year + 1, month: 1, day: 1).dayNumber * 86_400 - 14 * 3600))
        var result: [Change] = []
        var cursor = start
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < end {
            let before = zone.secondsFromGMT(for: next.addingTimeInterval(-1))
            let after = zone.secondsFromGMT(for: next)
            let wall = Int(next.timeIntervalSince1970.rounded()) + before
            let day = LocalDate(dayNumber: Int((Double(wall) / 86_400).rounded(.down)))
            let seconds = wall - day.dayNumber * 86_400
            let isLast = day.day + 7 > LocalDate.daysIn(month: day.month, year: day.year)
            result.append(Change(
                month: day.month, weekday: day.isoWeekday,
                ordinal: isLast ? -((day.day + 6) / 7) : (day.day + 6) / 7,   // negative: also the last
                wallTime: LocalTime(hour: seconds / 3600, minute: seconds % 3600 / 60, second: seconds % 60),
                offsetFrom: before, offsetTo: after, isDaylight: zone.isDaylightSavingTime(for: next)))
            cursor = next
            if result.count > 4 { return nil }
        }
        return result
    }

    /// One rule per change, if every year agrees on month, weekday, time and offsets, and on an
    /// ordinal: the same nth weekday every year, or "the last" every year.
    private static func merge(_ perYear: [[Change]]) -> [Change]? {
        let template = perYear[0]
        var merged: [Change] = []
        for (index, change) in template.enumerated() {
            var sameNth = true
            var alwaysLast = true
            for year in perYear {
                guard year.count == template.count else { return nil }
                let other = year[index]
                guard other.month == change.month, other.weekday == change.weekday, other.wallTime == change.wallTime,
                      other.offsetFrom == change.offsetFrom, other.offsetTo == change.offsetTo
                else { return nil }
                if abs(other.ordinal) != abs(change.ordinal) { sameNth = false }
                if other.ordinal > 0 { alwaysLast = false }
            }
            var rule = change
            // "Last" wins when it always holds: rules are written that way far more often than "4th".
            if alwaysLast { rule.ordinal = -1 } else if sameNth { rule.ordinal = abs(change.ordinal) } else { return nil }
            if rule.ordinal == 5 { return nil }
            merged.append(rule)
        }
        return merged
    }
}
