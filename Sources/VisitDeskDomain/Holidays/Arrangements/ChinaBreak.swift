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
    public var spanText: String { spanPhrase.description }

    /// The same as a phrase, written per language: Swedish `1–7 oktober`, Chinese `10月1日至7日`.
    /// One key per month (`%d–%d October`), since a language orders day and month its own way.
    public var spanPhrase: Phrase {
        if first == last { return Self.dayPhrase(first) }
        if first.month == last.month && first.year == last.year { return Self.daysPhrase(first.day, last.day, month: first.month) }
        if first.year == last.year { return Phrase("%s – %s", Self.dayPhrase(first), Self.dayPhrase(last)) }
        return Phrase("%s %d – %s", Self.dayPhrase(first), first.year, Self.dayPhrase(last))
    }

    /// `1 October`.
    static func dayPhrase(_ date: LocalDate) -> Phrase {
        switch date.month {
        case 1: Phrase("%d January", date.day)
        case 2: Phrase("%d February", date.day)
        case 3: Phrase("%d March", date.day)
        case 4: Phrase("%d April", date.day)
        case 5: Phrase("%d May", date.day)
        case 6: Phrase("%d June", date.day)
        case 7: Phrase("%d July", date.day)
        case 8: Phrase("%d August", date.day)
        case 9: Phrase("%d September", date.day)
        case 10: Phrase("%d October", date.day)
        case 11: Phrase("%d November", date.day)
        default: Phrase("%d December", date.day)
        }
    }

    /// `1–7 October`.
    static func daysPhrase(_ first: Int, _ last: Int, month: Int) -> Phrase {
        switch month {
        case 1: Phrase("%d–%d January", first, last)
        case 2: Phrase("%d–%d February", first, last)
        case 3: Phrase("%d–%d March", first, last)
        case 4: Phrase("%d–%d April", first, last)
        case 5: Phrase("%d–%d May", first, last)
        case 6: Phrase("%d–%d June", first, last)
        case 7: Phrase("%d–%d July", first, last)
        case 8: Phrase("%d–%d August", first, last)
        case 9: Phrase("%d–%d September", first, last)
        case 10: Phrase("%d–%d October", first, last)
        case 11: Phrase("%d–%d November", first, last)
        default: Phrase("%d–%d December", first, last)
        }
    }

    /// The shapes of `spanPhrase`, to read a kept warning back.
    static let spanShapes: [PhrasePattern] = {
        let day = PhrasePattern.Part.phrase((1...12).map { PhrasePattern(dayPhrase(LocalDate(year: 2000, month: $0, day: 1)).key) })
        return (1...12).map { PhrasePattern(daysPhrase(1, 2, month: $0).key) } + [
            PhrasePattern("%s %d – %s", day, .text, day), PhrasePattern("%s – %s", day, day),
        ] + (1...12).map { PhrasePattern(dayPhrase(LocalDate(year: 2000, month: $0, day: 1)).key) }
    }()

    /// `National Day holiday, 1–7 October`, as a warning names the break.
    public var periodText: String { periodPhrase.description }

    /// The same as a phrase, the break's name and its span in the language.
    public var periodPhrase: Phrase {
        isEstimated ? Phrase("%s, %s, expected: no State Council notice for %d known", festival.breakPhrase, spanPhrase, last.year)
            : Phrase("%s, %s", festival.breakPhrase, spanPhrase)
    }

    /// The shapes of `periodPhrase`, to read a kept warning back (`BookingWarnings.phrase(saved:)`).
    static let periodShapes: [PhrasePattern] = {
        let name = PhrasePattern.Part.phrase(ChinaFestival.breakShapes)
        return [
            PhrasePattern("%s, %s, expected: no State Council notice for %d known", name, .phrase(spanShapes), .text),
            PhrasePattern("%s, %s", name, .phrase(spanShapes)),
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
