import Foundation
import VisitDeskDomain

/// The store's wall-clock times read in the partner's zone as well. Slots are stored as home
/// wall times; the offset to Beijing is 7 hours in winter and 6 in summer, and changes on a
/// different Sunday each year, so it is looked up per moment, never assumed.
struct TwoClocks: Sendable {
    let home: TimeZone
    let partner: TimeZone
    let homeLabel: String
    let partnerLabel: String

    /// An unknown zone name falls back to UTC: a typo in store.toml costs a wrong second clock,
    /// not the calendar.
    init(settings: StoreSettings) {
        home = TimeZone(identifier: settings.timezone) ?? TimeZone(identifier: "UTC")!
        partner = TimeZone(identifier: settings.partnerTimezone) ?? TimeZone(identifier: "UTC")!
        homeLabel = TwoClocks.cityName(settings.timezone)
        partnerLabel = TwoClocks.cityName(settings.partnerTimezone)
    }

    /// `Europe/Stockholm` -> Stockholm; mainland China's single zone is called Beijing time.
    static func cityName(_ zone: String) -> String {
        if ["Asia/Shanghai", "Asia/Chongqing", "Asia/Harbin", "PRC"].contains(zone) { return "Beijing" }
        return String(zone.split(separator: "/").last ?? Substring(zone)).replacingOccurrences(of: "_", with: " ")
    }

    /// The partner's wall clock at the moment the home clock shows `moment`. A home time that does
    /// not exist (inside the spring-forward hour) is read as the instant Foundation moves it to.
    func partnerTime(_ moment: LocalDateTime) -> LocalDateTime {
        guard let instant = TwoClocks.instant(moment, in: home) else { return moment }
        return TwoClocks.wallTime(instant, in: partner)
    }

    /// Minutes the partner's clock is ahead of the home clock at `moment`.
    func offsetMinutes(at moment: LocalDateTime) -> Int {
        (partnerTime(moment).wallSeconds - moment.wallSeconds) / 60
    }

    /// Midday offset of a day: the changes happen at night, so midday speaks for the working day.
    func offsetMinutes(on date: LocalDate) -> Int {
        offsetMinutes(at: LocalDateTime(date: date, time: LocalTime(hour: 12, minute: 0)))
    }

    /// `+7h`, `+5h30`, `-6h`.
    static func offsetText(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : "+"
        let hours = abs(minutes) / 60
        let rest = abs(minutes) % 60
        return "\(sign)\(hours)h" + (rest == 0 ? "" : (rest < 10 ? "0\(rest)" : "\(rest)"))
    }

    /// `Beijing 16:00–19:00`, with the partner's date when the slot falls on another day there.
    func partnerSpanText(_ slot: Slot) -> String {
        let start = partnerTime(slot.start)
        let end = partnerTime(slot.end)
        let startDay = start.date == slot.start.date ? "" : "\(start.date) "
        let endDay = end.date == start.date ? "" : "\(end.date) "
        return "\(partnerLabel) \(startDay)\(start.time.shortText)–\(endDay)\(end.time.shortText)"
    }

    private static func instant(_ moment: LocalDateTime, in zone: TimeZone) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = DateComponents(year: moment.date.year, month: moment.date.month, day: moment.date.day,
                                   hour: moment.time.hour, minute: moment.time.minute, second: moment.time.second)
        return calendar.date(from: parts)
    }

    private static func wallTime(_ instant: Date, in zone: TimeZone) -> LocalDateTime {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: instant)
        return LocalDateTime(date: LocalDate(year: p.year ?? 1970, month: p.month ?? 1, day: p.day ?? 1),
                             time: LocalTime(hour: p.hour ?? 0, minute: p.minute ?? 0, second: p.second ?? 0))
    }
}
