/// Slots on days when the visit is unlikely to work: a Swedish holiday or a weekend, a day off in
/// China (the State Council's breaks around Spring Festival, National Day and the other festivals,
/// as `HolidayCalendar` has them), or a day outside what the delegation asked for.
///
/// Swedish holidays count for inbound visits only (the hosts are in Sweden); weekends and Chinese
/// days off count both ways (a delegation travels less then, and an outbound trip finds Chinese
/// offices closed), except that a make-up working day (调休上班) is no weekend for an outbound trip.
/// Each rule reports a slot once, on its first offending day.
enum DayRules {
    static func conflicts(of delegation: Delegation) -> [ScheduleConflict] {
        var found: [ScheduleConflict] = []
        for slot in delegation.slots where !(slot.end < slot.start) {
            func report(_ kind: ScheduleConflict.Kind, on date: LocalDate, _ what: String, separator: String = ", ") {
                found.append(ScheduleConflict(
                    kind: kind, delegationIDs: [delegation.id], date: date, start: slot.start, end: slot.end,
                    message: "\(delegation.id) has a slot on \(date) (\(TimeSpanText.text(from: slot.start, to: slot.end)))\(separator)\(what)"))
            }
            let dates = slot.dates
            if delegation.direction == .inbound, let (date, holiday) = firstSwedishDayOff(in: dates) {
                report(.swedishHoliday, on: date, "\(holiday.localName) (\(holiday.name)), a Swedish holiday")
            }
            let worksOnChinaWorkdays = delegation.direction != .inbound
            if let date = dates.first(where: { $0.isWeekend && !HolidayCalendar.isSwedishDayOff($0)
                && !(worksOnChinaWorkdays && HolidayCalendar.isChinaWorkday($0)) }) {
                report(.weekend, on: date, "a \(date.isoWeekday == 6 ? "Saturday" : "Sunday")")
            }
            if let date = dates.first(where: HolidayCalendar.isChinaDayOff), let day = HolidayCalendar.chinaDay(on: date) {
                report(kind(of: day.period), on: date, "\(date) is a day off in China (\(day.period.periodText))", separator: ": ")
            }
            if let date = dates.first(where: { !isWished($0, delegation) }) {
                report(.outsideWishedPeriod, on: date, "outside its wished period \(wishedPeriodText(delegation))")
            }
        }
        return found
    }

    /// Spring Festival and Golden Week keep their own kinds: they are the weeks a visit must avoid.
    private static func kind(of period: ChinaBreak) -> ScheduleConflict.Kind {
        switch period.festival {
        case .springFestival: return .springFestival
        case .nationalDay, .midAutumnAndNationalDay: return .goldenWeek
        default: return .chinaHoliday
        }
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
