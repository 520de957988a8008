/// A calendar date without a time zone, as TOML writes local dates (`2017-07-13`).
///
/// The store keeps every time in the store's home zone, so the domain works with plain
/// civil dates; the arithmetic is done on day numbers to stay free of Foundation's clock.
///
/// Stored in 8 bytes, not 24: a store holds several dates per delegation and two per slot, and the
/// indexes copy slots (at 50,000 delegations the three `Int`s per date and time were ~15 MB).
/// A component outside its storage's range is clamped to it, which keeps an impossible date
/// impossible (`isValid`): a month or day past 32,767 is no month or day either way.
public struct LocalDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    @Narrow<Int32> public var year: Int
    @Narrow<Int16> public var month: Int
    @Narrow<Int16> public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else or an impossible date.
    public init?(iso text: Substring) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...LocalDate.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    public init?(iso text: String) { self.init(iso: Substring(text)) }

    public var isValid: Bool {
        (1...12).contains(month) && (1...LocalDate.daysIn(month: month, year: year)).contains(day)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's civil-from-days algorithm, proleptic Gregorian).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    public func adding(days: Int) -> LocalDate { LocalDate(dayNumber: dayNumber + days) }

    public func adding(months: Int) -> LocalDate {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return LocalDate(year: y, month: m, day: min(day, LocalDate.daysIn(month: m, year: y)))
    }

    public func days(until other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var isoWeekday: Int {
        let w = (dayNumber + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    public var isWeekend: Bool { isoWeekday >= 6 }

    /// ISO 8601 week-based year and week number (2027-01-01 is 2026-W53).
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - isoWeekday)
        let jan1 = LocalDate(year: thursday.year, month: 1, day: 1)
        return (thursday.year, jan1.days(until: thursday) / 7 + 1)
    }

    public var firstOfMonth: LocalDate { LocalDate(year: year, month: month, day: 1) }

    public var description: String {
        "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }
}

/// A wall-clock time of day.
///
/// Stored in 6 bytes, not 24, for the reason `LocalDate` is; a component is clamped the same way.
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    @Narrow<Int16> public var hour: Int
    @Narrow<Int16> public var minute: Int
    @Narrow<Int16> public var second: Int

    public init(hour: Int, minute: Int, second: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    public var secondsOfDay: Int { hour * 3600 + minute * 60 + second }

    /// `HH:MM`, the form the dashboard shows.
    public var shortText: String { "\(pad(hour, 2)):\(pad(minute, 2))" }

    public var description: String { "\(shortText):\(pad(second, 2))" }

    public static func < (a: LocalTime, b: LocalTime) -> Bool { a.secondsOfDay < b.secondsOfDay }
}

/// A date and time in the store's home zone (TOML local date-time).
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var date: LocalDate
    public var time: LocalTime

    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    /// Seconds since 1970-01-01T00:00 of the same (zone-less) wall clock; for ordering and durations.
    public var wallSeconds: Int { date.dayNumber * 86_400 + time.secondsOfDay }

    public var description: String { "\(date)T\(time)" }

    /// The wall time `minutes` later (earlier when negative), across midnight as needed.
    public func adding(minutes: Int) -> LocalDateTime {
        let total = wallSeconds + minutes * 60
        let day = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        let seconds = total - day * 86_400
        return LocalDateTime(date: LocalDate(dayNumber: day), time: LocalTime(hour: seconds / 3600, minute: seconds % 3600 / 60, second: seconds % 60))
    }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool { a.wallSeconds < b.wallSeconds }
}

@inline(__always)
func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(abs(value))
    let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
    return value < 0 ? "-" + padded : padded
}

/// An `Int` kept in a narrower integer, clamped to what it holds: dates and times are read and
/// written as `Int` everywhere, but stored in 8 and 6 bytes instead of 24.
@propertyWrapper
public struct Narrow<Storage: FixedWidthInteger & Sendable>: Hashable, Sendable {
    @usableFromInline var storage: Storage

    @inlinable public init(wrappedValue: Int) { storage = Storage(clamping: wrappedValue) }

    @inlinable public var wrappedValue: Int {
        get { Int(storage) }
        set { storage = Storage(clamping: newValue) }
    }
}
