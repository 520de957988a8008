/// Slots on days when the visit is unlikely to work: a Swedish holiday or a weekend, China's
/// Spring Festival or Golden Week, or a day outside what the delegation asked for.
///
/// Swedish holidays count for inbound visits only (the hosts are in Sweden); weekends and the two
/// Chinese holiday seasons count both ways (a delegation travels less then, and an outbound trip
/// finds Chinese offices closed). Each rule reports a slot once, on its first offending day.
enum DayRules {
    static func conflicts(of delegation: Delegation) -> [ScheduleConflict] {
        var found: [ScheduleConflict] = []
        for slot in delegation.slots where !(slot.end < slot.start) {
            func report(_ kind: ScheduleConflict.Kind, on date: LocalDate, _ what: String) {
                found.append(ScheduleConflict(
                    kind: kind, delegationIDs: [delegation.id], date: date, start: slot.start, end: slot.end,
                    message: "\(delegation.id) has a slot on \(date) (\(TimeSpanText.text(from: slot.start, to: slot.end))), \(what)"))
            }
            let dates = slot.dates
            if delegation.direction == .inbound, let (date, holiday) = firstSwedishDayOff(in: dates) {
                report(.swedishHoliday, on: date, "\(holiday.localName) (\(holiday.name)), a Swedish holiday")
            }
            if let date = dates.first(where: { $0.isWeekend && !HolidayCalendar.isSwedishDayOff($0) }) {
                report(.weekend, on: date, "a \(date.isoWeekday == 6 ? "Saturday" : "Sunday")")
            }
            if let date = dates.first(where: HolidayCalendar.isSpringFestivalPeriod) {
                report(.springFestival, on: date, "during the Spring Festival (春节) holidays in China")
            }
            if let date = dates.first(where: HolidayCalendar.isGoldenWeek) {
                report(.goldenWeek, on: date, "during China's Golden Week (1-7 October)")
            }
            if let date = dates.first(where: { !isWished($0, delegation) }) {
                report(.outsideWishedPeriod, on: date, "outside its wished period \(wishedPeriodText(delegation))")
            }
        }
        return found
    }

    private static func firstSwedishDayOff(in dates: [LocalDate]) -> (LocalDate, Holiday)? {
        for date in dates {
            if let holiday = HolidayCalendar.holidays(on: date).first(where: { $0.country == .sweden && $0.isDayOff }) {
                return (date, holiday)
            }
        }
        return nil
    }

    private static func isWished(_ date: LocalDate, _ delegation: Delegation) -> Bool {
        if let earliest = delegation.earliest, date < earliest { return false }
        if let latest = delegation.latest, date > latest { return false }
        return true
    }

    private static func wishedPeriodText(_ delegation: Delegation) -> String {
        switch (delegation.earliest, delegation.latest) {
        case let (earliest?, latest?): return "\(earliest) to \(latest)"
        case let (earliest?, nil): return "from \(earliest)"
        case let (nil, latest?): return "until \(latest)"
        case (nil, nil): return "(none given)"
        }
    }
}
