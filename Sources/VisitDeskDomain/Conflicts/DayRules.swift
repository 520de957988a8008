/// Slots on days when the visit is unlikely to work: a Swedish holiday or a weekend, a day off in
/// China (the State Council's breaks around Spring Festival, National Day and the other festivals,
/// as `HolidayCalendar` has them), or a day outside what the delegation asked for.
///
/// Swedish holidays count for inbound visits only (the hosts are in Sweden); weekends and Chinese
/// days off count both ways (a delegation travels less then, and an outbound trip finds Chinese
/// offices closed), except that a make-up working day (调休上班) is no weekend for an outbound trip.
/// Each rule reports a slot once, on its first offending day.
enum DayRules {
    /// Why one slot falls on a bad day: the kind, the first offending day, and the words after
    /// "has a slot on …" (`separator` joins them).
    struct Reason: Equatable {
        var kind: ScheduleConflict.Kind
        var date: LocalDate
        var what: Phrase
        /// `: ` before a sentence of its own, `, ` before a description.
        var isSentence = false
    }

    static func conflicts(of delegation: Delegation) -> [ScheduleConflict] {
        delegation.slots.filter { !($0.end < $0.start) }.flatMap { slot in
            reasons(for: slot, in: delegation).map { reason in
                ScheduleConflict(
                    kind: reason.kind, delegationIDs: [delegation.id], date: reason.date, start: slot.start, end: slot.end,
                    phrase: reason.isSentence
                        ? Phrase("%s has a slot on %s (%s): %s", delegation.id, reason.date, TimeSpanText.phrase(from: slot.start, to: slot.end), reason.what)
                        : Phrase("%s has a slot on %s (%s), %s", delegation.id, reason.date, TimeSpanText.phrase(from: slot.start, to: slot.end), reason.what))
            }
        }
    }

    /// The day rules for one slot of the delegation (which need not be saved yet: the slot form
    /// asks while it is typed).
    static func reasons(for slot: Slot, in delegation: Delegation) -> [Reason] {
        var found: [Reason] = []
        let dates = slot.dates
        if delegation.direction == .inbound, let (date, holiday) = firstSwedishDayOff(in: dates) {
            found.append(Reason(kind: .swedishHoliday, date: date, what: Phrase("%s (%s), a Swedish holiday", holiday.localName, holiday.name)))
        }
        let worksOnChinaWorkdays = delegation.direction != .inbound
        if let date = dates.first(where: { $0.isWeekend && !HolidayCalendar.isSwedishDayOff($0)
            && !(worksOnChinaWorkdays && HolidayCalendar.isChinaWorkday($0)) }) {
            found.append(Reason(kind: .weekend, date: date, what: date.isoWeekday == 6 ? Phrase("a Saturday") : Phrase("a Sunday")))
        }
        if let date = dates.first(where: HolidayCalendar.isChinaDayOff), let day = HolidayCalendar.chinaDay(on: date) {
            found.append(Reason(kind: kind(of: day.period), date: date, what: Phrase("%s is a day off in China (%s)", date, day.period.periodPhrase), isSentence: true))
        }
        if let date = dates.first(where: { !isWished($0, delegation) }) {
            found.append(Reason(kind: .outsideWishedPeriod, date: date, what: Phrase("outside its wished period %s", wishedPeriodText(delegation))))
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

    private static func wishedPeriodText(_ delegation: Delegation) -> Phrase {
        switch (delegation.earliest, delegation.latest) {
        case let (earliest?, latest?): return Phrase("%s to %s", earliest, latest)
        case let (earliest?, nil): return Phrase("from %s", earliest)
        case let (nil, latest?): return Phrase("until %s", latest)
        case (nil, nil): return Phrase("(none given)")
        }
    }
}
