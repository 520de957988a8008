import Foundation
import VisitDeskDomain

/// The store's wall-clock times read in the partner's zone as well. Slots are stored as home
/// wall times; the offset to Beijing is 7 hours in winter and 6 in summer, and changes on a
/// different Sunday each year, so it is looked up per moment, never assumed.
struct TwoClocks: Sendable {
    let zones: ZoneClocks
    let homeLabel: String
    let partnerLabel: String

    init(settings: StoreSettings) {
        zones = ZoneClocks(settings: settings)
        homeLabel = ZoneClocks.cityName(settings.timezone)
        partnerLabel = ZoneClocks.cityName(settings.partnerTimezone)
    }

    /// The partner's wall clock at the moment the home clock shows `moment`.
    func partnerTime(_ moment: LocalDateTime) -> LocalDateTime {
        zones.partnerTime(moment)
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
}
