/// The two countries whose holidays decide whether a visit can happen on a day.
public enum Country: String, CaseIterable, Sendable, Hashable {
    case sweden = "SE"
    case china = "CN"
}

/// What a listed day means for work, as `visitdesk holidays` prints it.
public enum HolidayKind: String, CaseIterable, Sendable, Hashable {
    /// A day the law names (Nyårsdagen, 国庆节): a day off.
    case holiday
    /// A day off that is not a statutory holiday: a Swedish de-facto eve (Julafton), or a day of a
    /// Chinese break the State Council announced (调休) or that the statutory rules lead us to expect.
    case dayOff = "day-off"
    /// A Chinese weekend day that the State Council made a working day to pay for a break (调休上班).
    case workday
    /// A named day that is not a day off (a Chinese festival before 2008, the Spring Festival eve
    /// in years when the law left it out).
    case observance
}

/// One named day in one country's calendar.
///
/// `isDayOff` is false for days that are listed only so the calendar can show them (a Chinese
/// festival before it became a statutory day off in 2008, the eve of the Spring Festival in years
/// when the law did not include it, a make-up working day); a conflict check only cares about days off.
public struct Holiday: Hashable, Sendable, CustomStringConvertible {
    public var date: LocalDate
    public var country: Country
    /// English name, the same in both countries' lists for the same kind of day.
    public var name: String
    /// Swedish or Chinese name, as people in that country write it.
    public var localName: String
    public var isDayOff: Bool
    public var kind: HolidayKind

    public init(date: LocalDate, country: Country, name: String, localName: String, isDayOff: Bool = true, kind: HolidayKind? = nil) {
        self.date = date
        self.country = country
        self.name = name
        self.localName = localName
        self.isDayOff = isDayOff
        self.kind = kind ?? (isDayOff ? .holiday : .observance)
    }

    public var description: String { "\(date) \(country.rawValue) \(name) (\(localName))" }
}
