import Foundation
import VisitDeskDomain
import VisitDeskUI

/// "Now" in the store's two zones, for the status bar. The only place the dashboard reads the
/// wall clock; the UI core receives the result as a value.
enum ClockReader {
    static func reading(at date: Date = Date(), settings: StoreSettings) -> ClockReading {
        ClockReading(
            home: localDateTime(date, zone: settings.timezone),
            partner: localDateTime(date, zone: settings.partnerTimezone),
            homeLabel: label(settings.timezone),
            partnerLabel: label(settings.partnerTimezone)
        )
    }

    static func localDateTime(_ date: Date, zone: String) -> LocalDateTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? .current
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return LocalDateTime(
            date: LocalDate(year: p.year!, month: p.month!, day: p.day!),
            time: LocalTime(hour: p.hour!, minute: p.minute!, second: p.second!)
        )
    }

    /// "Europe/Stockholm" -> "Stockholm"; Shanghai's zone is labelled Beijing, the city people name.
    static func label(_ zone: String) -> String {
        if zone == "Asia/Shanghai" { return "Beijing" }
        return zone.split(separator: "/").last.map { $0.replacingOccurrences(of: "_", with: " ") } ?? zone
    }

    /// The instant that is `time` on `date` in `zone` (for a pinned `--today`).
    static func instant(_ date: LocalDate, hour: Int, zone: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: zone) ?? .current
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: hour)) ?? Date()
    }
}
