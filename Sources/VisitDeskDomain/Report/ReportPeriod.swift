/// The day a season starts each year (`season_start = "09-01"` in store.toml): the programme is
/// evaluated per season, 1 September to 31 August unless the store says otherwise.
public struct SeasonStart: Hashable, Sendable, CustomStringConvertible {
    public var month: Int
    public var day: Int

    public static let september = SeasonStart(month: 9, day: 1)

    public init(month: Int, day: Int) {
        self.month = month
        self.day = day
    }

    /// Parses `MM-DD`. 29 February is refused: a season must start on a day every year has.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let month = Int(parts[0]), let day = Int(parts[1]), (1...12).contains(month),
              (1...LocalDate.daysIn(month: month, year: 2027)).contains(day)
        else { return nil }
        self.init(month: month, day: day)
    }

    public var description: String { "\(pad(month, 2))-\(pad(day, 2))" }

    func date(in year: Int) -> LocalDate { LocalDate(year: year, month: month, day: day) }
}

/// A closed range of days the report counts over (both ends included).
public struct ReportPeriod: Hashable, Sendable, CustomStringConvertible {
    public var from: LocalDate
    public var to: LocalDate
    /// Set when the period is exactly one season, for a short label (`2026/27`).
    public var seasonStart: SeasonStart?

    public init(from: LocalDate, to: LocalDate) {
        self.from = from
        self.to = to
        seasonStart = nil
    }

    /// The season that contains `date`.
    public static func season(containing date: LocalDate, start: SeasonStart = .september) -> ReportPeriod {
        let year = date >= start.date(in: date.year) ? date.year : date.year - 1
        return season(startingIn: year, start: start)
    }

    /// The season that begins in `year`.
    public static func season(startingIn year: Int, start: SeasonStart = .september) -> ReportPeriod {
        var period = ReportPeriod(from: start.date(in: year), to: start.date(in: year + 1).adding(days: -1))
        period.seasonStart = start
        return period
    }

    /// The period just before this one: the season before, or a stretch of the same length.
    public var previous: ReportPeriod {
        if let seasonStart { return .season(startingIn: from.year - 1, start: seasonStart) }
        let length = from.days(until: to)
        return ReportPeriod(from: from.adding(days: -length - 1), to: from.adding(days: -1))
    }

    public var next: ReportPeriod {
        if let seasonStart { return .season(startingIn: from.year + 1, start: seasonStart) }
        let length = from.days(until: to)
        return ReportPeriod(from: to.adding(days: 1), to: to.adding(days: length + 1))
    }

    public func contains(_ date: LocalDate) -> Bool { from <= date && date <= to }

    /// The first day of every month the period touches, in order.
    public var months: [LocalDate] {
        guard from <= to else { return [] }
        var months: [LocalDate] = []
        var month = from.firstOfMonth
        while month <= to {
            months.append(month)
            month = month.adding(months: 1)
        }
        return months
    }

    /// `2026/27` for a season that spans two years, `2026` for a calendar-year season, else the dates.
    public var label: String {
        guard seasonStart != nil else { return "\(from) – \(to)" }
        if from.year == to.year { return String(from.year) }
        return "\(from.year)/\(pad(to.year % 100, 2))"
    }

    public var description: String { label }
}
