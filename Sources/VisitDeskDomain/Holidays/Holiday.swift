/// The two countries whose holidays decide whether a visit can happen on a day.
public enum Country: String, CaseIterable, Sendable, Hashable {
    case sweden = "SE"
    case china = "CN"
}

/// One named day in one country's calendar.
///
/// `isDayOff` is false for days that are listed only so the calendar can show them (a Chinese
/// festival before it became a statutory day off in 2008, the eve of the Spring Festival in years
/// when the law did not include it); a conflict check only cares about days off.
public struct Holiday: Hashable, Sendable, CustomStringConvertible {
    public var date: LocalDate
    public var country: Country
    /// English name, the same in both countries' lists for the same kind of day.
    public var name: String
    /// Swedish or Chinese name, as people in that country write it.
    public var localName: String
    public var isDayOff: Bool

    public init(date: LocalDate, country: Country, name: String, localName: String, isDayOff: Bool = true) {
        self.date = date
        self.country = country
        self.name = name
        self.localName = localName
        self.isDayOff = isDayOff
    }

    public var description: String { "\(date) \(country.rawValue) \(name) (\(localName))" }
}
