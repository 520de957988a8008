/// One block of days off in China around a festival, first to last day inclusive (weekends inside
/// it included), and the weekend days made working days to pay for it (调休上班).
public struct ChinaBreak: Hashable, Sendable {
    public var festival: ChinaFestival
    public var first: LocalDate
    public var last: LocalDate
    public var workdays: [LocalDate]
    /// True when no notice is known and the block is what the statutory rules lead us to expect.
    public var isEstimated: Bool

    public init(_ festival: ChinaFestival, from first: LocalDate, to last: LocalDate, workdays: [LocalDate] = [], isEstimated: Bool = false) {
        self.festival = festival
        self.first = first
        self.last = last
        self.workdays = workdays
        self.isEstimated = isEstimated
    }

    public var days: [LocalDate] {
        guard first <= last else { return [] }
        return (0...first.days(until: last)).map { first.adding(days: $0) }
    }

    public func contains(_ date: LocalDate) -> Bool { first <= date && date <= last }

    /// `1–7 October`, `24 January – 2 February`, `1 January`.
    public var spanText: String {
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        if first == last { return "\(first.day) \(months[first.month - 1])" }
        if first.month == last.month && first.year == last.year { return "\(first.day)–\(last.day) \(months[first.month - 1])" }
        let yearOfFirst = first.year == last.year ? "" : " \(first.year)"
        return "\(first.day) \(months[first.month - 1])\(yearOfFirst) – \(last.day) \(months[last.month - 1])"
    }

    /// `National Day holiday, 1–7 October`, as a warning names the break.
    public var periodText: String { periodPhrase.description }

    /// The same as a phrase (the span stays as English writes it).
    public var periodPhrase: Phrase {
        isEstimated ? Phrase("%s, %s, expected: no State Council notice for %d known", festival.breakPhrase, spanText, last.year)
            : Phrase("%s, %s", festival.breakPhrase, spanText)
    }

    /// The shapes of `periodPhrase`, to read a kept warning back (`BookingWarnings.phrase(saved:)`).
    static let periodShapes: [PhrasePattern] = {
        let name = PhrasePattern.Part.phrase(ChinaFestival.allCases.map { PhrasePattern($0.breakPhrase.key) })
        return [
            PhrasePattern("%s, %s, expected: no State Council notice for %d known", name, .text, .text),
            PhrasePattern("%s, %s", name, .text),
        ]
    }()
}

/// A year's arrangement of China's days off as the State Council General Office announced it
/// (国务院办公厅关于某年部分节假日安排的通知), or as a store's `holidays.toml` gives it.
public struct ChinaArrangement: Hashable, Sendable {
    public var year: Int
    /// The notice the dates come from, named so a reader can look it up.
    public var source: String
    public var breaks: [ChinaBreak]

    public init(year: Int, source: String, breaks: [ChinaBreak]) {
        self.year = year
        self.source = source
        self.breaks = breaks
    }
}
