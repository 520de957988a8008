import VisitDeskDomain

/// How the three calendar views mark a day's place in the two working calendars, read from the
/// same `HolidayCalendar` the day-rule warnings use, so the grid and `check` never disagree.
/// The glyph shows without colour (`NO_COLOR`): `*` a day off in Sweden or China, `+` a weekend
/// day Chinese offices work to pay for a break (调休上班).
public struct HolidayMark: Equatable, Sendable {
    public var isSwedishDayOff: Bool
    public var isChinaDayOff: Bool
    public var isChinaWorkday: Bool

    public static func of(_ date: LocalDate) -> HolidayMark {
        let china = HolidayCalendar.chinaDay(on: date)
        return HolidayMark(isSwedishDayOff: HolidayCalendar.isSwedishDayOff(date),
                           isChinaDayOff: china?.isDayOff ?? false,
                           isChinaWorkday: china?.kind == .workday)
    }

    public var isDayOff: Bool { isSwedishDayOff || isChinaDayOff }

    /// `*`, `+` or nil. A day off wins over a Chinese working day (a Swedish holiday on a make-up Saturday).
    public var glyph: String? { isDayOff ? "*" : isChinaWorkday ? "+" : nil }

    public var role: StyleRole? { isDayOff ? .holiday : isChinaWorkday ? .workday : nil }

    /// `National Day holiday (CN)`, `Julafton (SE)`: the names a day heading lists, in the
    /// language (`HolidayNames`): `Juldagen (SE)` and `Vårfesten (CN)` in Swedish, `国庆节 (CN)`
    /// and `圣诞节 (SE)` in Chinese.
    public static func names(on date: LocalDate, _ l10n: Localization = .of(.en)) -> [String] {
        HolidayCalendar.holidays(on: date).map { "\(HolidayNames.name($0, l10n)) (\($0.country.rawValue))" }
    }
}
