import Foundation

/// The store's two wall clocks: home (Stockholm) and partner (Beijing). Slots are stored as home
/// wall times; the offset to Beijing is 7 hours in winter and 6 in summer and changes on a
/// different Sunday each year, so every moment is converted through the zone rules, never with a
/// fixed difference. The calendar, the programme documents and the status bar clocks all read
/// times through this one type.
public struct ZoneClocks: Sendable {
    public let home: TimeZone
    public let partner: TimeZone
    public let homeZone: String
    public let partnerZone: String

    /// An unknown zone name reads as UTC: a typo in store.toml costs a wrong second clock, not a failure.
    public init(homeZone: String, partnerZone: String) {
        self.homeZone = homeZone
        self.partnerZone = partnerZone
        home = TimeZone(identifier: homeZone) ?? TimeZone(identifier: "UTC")!
        partner = TimeZone(identifier: partnerZone) ?? TimeZone(identifier: "UTC")!
    }

    public init(settings: StoreSettings) {
        self.init(homeZone: settings.timezone, partnerZone: settings.partnerTimezone)
    }

    /// The partner's wall clock at the moment the home clock shows `moment`. Uses
    /// `secondsFromGMT(for:)` directly instead of a `Calendar` per call: a week view converts
    /// hundreds of moments per frame. A home time inside the spring-forward hour reads as the
    /// instant one hour later, as Foundation's calendar would move it.
    public func partnerTime(_ moment: LocalDateTime) -> LocalDateTime {
        let wall = Double(moment.wallSeconds)
        // The offset at the wall time read as UTC is right except within hours of a change; a
        // second look at the corrected instant settles it.
        let guess = wall - Double(home.secondsFromGMT(for: Date(timeIntervalSince1970: wall)))
        let instant = wall - Double(home.secondsFromGMT(for: Date(timeIntervalSince1970: guess)))
        return Self.wallTime(Date(timeIntervalSince1970: instant), in: partner)
    }

    /// The wall clock in `zone` at `instant`.
    public static func wallTime(_ instant: Date, in zone: TimeZone) -> LocalDateTime {
        let seconds = Int(instant.timeIntervalSince1970.rounded(.down)) + zone.secondsFromGMT(for: instant)
        let day = Int((Double(seconds) / 86_400).rounded(.down))
        let rest = seconds - day * 86_400
        return LocalDateTime(date: LocalDate(dayNumber: day),
                             time: LocalTime(hour: rest / 3600, minute: rest % 3600 / 60, second: rest % 60))
    }

    /// `Europe/Stockholm` → Stockholm, `America/New_York` → New York; mainland China's single zone
    /// is Beijing time whatever city the zone database names it after.
    public static func cityName(_ zone: String) -> String {
        if ["Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "PRC"].contains(zone) { return "Beijing" }
        return String(zone.split(separator: "/").last ?? Substring(zone)).replacingOccurrences(of: "_", with: " ")
    }
}
