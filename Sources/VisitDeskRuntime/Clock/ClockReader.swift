import Foundation
import VisitDeskDomain
import VisitDeskUI

/// Turns "now" into the status bar's two wall clocks. Time zones are an edge concern, so this
/// lives in the runtime and hands the UI core plain local date-times.
public struct ClockReader: Sendable {
    public var home: TimeZone
    public var partner: TimeZone
    public var homeLabel: String
    public var partnerLabel: String
    /// Injectable so tests (and `--today`-style pinning) do not depend on the real time.
    public var now: @Sendable () -> Date

    /// Unknown zone identifiers fall back to UTC rather than failing: a typo in the store's
    /// settings should cost a wrong clock, not the dashboard.
    public init(
        homeZone: String = "Europe/Stockholm", partnerZone: String = "Asia/Shanghai",
        homeLabel: String = "Stockholm", partnerLabel: String = "Beijing",
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        home = TimeZone(identifier: homeZone) ?? TimeZone(identifier: "UTC")!
        partner = TimeZone(identifier: partnerZone) ?? TimeZone(identifier: "UTC")!
        self.homeLabel = homeLabel
        self.partnerLabel = partnerLabel
        self.now = now
    }

    /// The store's own zones, labelled by city ("Europe/Stockholm" -> "Stockholm"); China's one
    /// zone is called Beijing time, whatever city names it in the database.
    public init(settings: StoreSettings, now: @escaping @Sendable () -> Date = { Date() }) {
        self.init(
            homeZone: settings.timezone, partnerZone: settings.partnerTimezone,
            homeLabel: Self.label(for: settings.timezone), partnerLabel: Self.label(for: settings.partnerTimezone), now: now
        )
    }

    static func label(for zone: String) -> String {
        if ["Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "PRC"].contains(zone) { return "Beijing" }
        let city = zone.split(separator: "/").last.map(String.init) ?? zone
        return city.replacingOccurrences(of: "_", with: " ")
    }

    public func reading() -> ClockReading {
        reading(at: now())
    }

    public func reading(at date: Date) -> ClockReading {
        ClockReading(
            home: Self.localDateTime(date, in: home), partner: Self.localDateTime(date, in: partner),
            homeLabel: homeLabel, partnerLabel: partnerLabel
        )
    }

    static func localDateTime(_ date: Date, in zone: TimeZone) -> LocalDateTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return LocalDateTime(
            date: LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1),
            time: LocalTime(hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0)
        )
    }
}
