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
            homeLabel: ZoneClocks.cityName(settings.timezone), partnerLabel: ZoneClocks.cityName(settings.partnerTimezone), now: now
        )
    }

    public func reading() -> ClockReading {
        reading(at: now())
    }

    public func reading(at date: Date) -> ClockReading {
        ClockReading(
            home: ZoneClocks.wallTime(date, in: home), partner: ZoneClocks.wallTime(date, in: partner),
            homeLabel: homeLabel, partnerLabel: partnerLabel
        )
    }
}
