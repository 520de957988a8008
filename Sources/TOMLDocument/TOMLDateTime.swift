/// TOML's four date/time kinds are kept apart because the store means different things by them:
/// a local date-time is wall-clock time in the store's zone, not an instant.
public struct TOMLLocalDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// `2017-07-13`
    public var description: String {
        pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// Whether the date exists in the proleptic Gregorian calendar (no 30 February).
    public var isValid: Bool {
        guard (1...12).contains(month), day >= 1, (0...9999).contains(year) else { return false }
        return day <= Self.daysIn(month: month, year: year)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

public struct TOMLLocalTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// Fractions beyond nanoseconds are truncated, as TOML allows.
    public var nanosecond: Int

    public init(hour: Int, minute: Int, second: Int = 0, nanosecond: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.hour, a.minute, a.second, a.nanosecond) < (b.hour, b.minute, b.second, b.nanosecond)
    }

    /// `13:30:00`, with the fraction only when there is one (trailing zeros dropped).
    public var description: String {
        var out = pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2)
        if nanosecond > 0 {
            var fraction = pad(nanosecond, 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            out += "." + fraction
        }
        return out
    }

    public var isValid: Bool {
        (0...23).contains(hour) && (0...59).contains(minute) && (0...59).contains(second)
            && (0..<1_000_000_000).contains(nanosecond)
    }
}

public struct TOMLLocalDateTime: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var date: TOMLLocalDate
    public var time: TOMLLocalTime

    public init(date: TOMLLocalDate, time: TOMLLocalTime) {
        self.date = date
        self.time = time
    }

    /// Slots are written to the minute; this spares callers building two values.
    public init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int = 0) {
        self.init(date: TOMLLocalDate(year: year, month: month, day: day),
                  time: TOMLLocalTime(hour: hour, minute: minute, second: second))
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.date, a.time) < (b.date, b.time)
    }

    /// `2017-07-13T13:30:00`
    public var description: String { "\(date)T\(time)" }
}

/// An instant written with its UTC offset. `Z` is stored as offset 0: TOML gives `Z` and
/// `+00:00` the same meaning, and the store never needs to tell them apart.
public struct TOMLOffsetDateTime: Hashable, Sendable, CustomStringConvertible {
    public var date: TOMLLocalDate
    public var time: TOMLLocalTime
    public var offsetMinutes: Int

    public init(date: TOMLLocalDate, time: TOMLLocalTime, offsetMinutes: Int) {
        self.date = date
        self.time = time
        self.offsetMinutes = offsetMinutes
    }

    /// RFC 3339: `1979-05-27T07:32:00Z` or `1979-05-27T00:32:00-07:00`.
    public var description: String {
        guard offsetMinutes != 0 else { return "\(date)T\(time)Z" }
        let sign = offsetMinutes < 0 ? "-" : "+"
        let magnitude = abs(offsetMinutes)
        return "\(date)T\(time)\(sign)\(pad(magnitude / 60, 2)):\(pad(magnitude % 60, 2))"
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
