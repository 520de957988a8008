/// Something about a confirmed visit's timing that the coordinator should look at: two groups
/// needing the same host or room at once, or a slot on a day when people are not at work.
///
/// These are warnings, never errors: a visit on a Saturday may be exactly what was agreed.
public struct ScheduleConflict: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, CaseIterable, Sendable, Hashable {
        case sameHost
        case samePlace
        case swedishHoliday
        case weekend
        case springFestival
        case goldenWeek
        /// Another Chinese day off: New Year, Qingming, Labour Day, Dragon Boat, Mid-Autumn.
        case chinaHoliday
        case outsideWishedPeriod
    }

    public var kind: Kind
    /// The delegations involved, each once, in the order the message names them.
    public var delegationIDs: [String]
    /// The day the conflict is on (the first day of the overlap or the offending day of a slot).
    public var date: LocalDate
    /// The overlapping stretch for `sameHost`/`samePlace`; the slot itself for the day rules.
    public var start: LocalDateTime
    public var end: LocalDateTime
    /// Names the delegation ids, the host or place and the time, so a `check` line stands alone:
    /// a phrase, shown in the language of the screen or the command line.
    public var phrase: Phrase
    /// The message in English.
    public var message: String { phrase.description }

    public init(kind: Kind, delegationIDs: [String], date: LocalDate, start: LocalDateTime, end: LocalDateTime, phrase: Phrase) {
        self.kind = kind
        self.delegationIDs = delegationIDs
        self.date = date
        self.start = start
        self.end = end
        self.phrase = phrase
    }

    /// One warning in each involved delegation's file, so each record's detail view shows it.
    public var problems: [Problem] {
        delegationIDs.map { Problem(file: "delegations/\($0).toml", severity: .warning, phrase) }
    }

    public var description: String { message }
}

/// How a stretch of time reads in a message: `2017-07-13 13:30-16:00`, or both dates when it
/// crosses midnight.
public enum TimeSpanText {
    public static func text(from start: LocalDateTime, to end: LocalDateTime) -> String {
        phrase(from: start, to: end).description
    }

    public static func phrase(from start: LocalDateTime, to end: LocalDateTime) -> Phrase {
        if start.date == end.date {
            return .verbatim("\(start.date) \(start.time.shortText)-\(end.time.shortText)")
        }
        return Phrase("%s to %s", "\(start.date) \(start.time.shortText)", "\(end.date) \(end.time.shortText)")
    }
}
