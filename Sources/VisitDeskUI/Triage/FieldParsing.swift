import VisitDeskDomain

/// What the coordinator types into date and time fields, read the ways people write them on the
/// phone. Failures come back as a sentence saying what is expected, shown next to the field.
public enum FieldParsing {
    public static let dateHelp = "a date: 2027-01-14, 14/1 (next one), 14/1/2027, +3d, +2w or today"
    public static let timeHelp = "a time: 13:30, 9:00 or 0930"

    /// `14/1` means the next 14 January on or after `today`: requests are about the future.
    public static func date(_ raw: String, today: LocalDate) -> Result<LocalDate, FieldError> {
        let text = raw.trimmingWhitespace.lowercased()
        let failure = Result<LocalDate, FieldError>.failure(FieldError("`\(raw.trimmingWhitespace)` is not \(dateHelp)"))
        if text == "today" || text == "idag" { return .success(today) }
        if text.hasPrefix("+") || text.hasPrefix("-") {
            return relative(text, today: today).map(Result.success) ?? failure
        }
        if let iso = LocalDate(iso: text) { return .success(iso) }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard (2...3).contains(parts.count), let day = Int(parts[0]), let month = Int(parts[1]) else { return failure }
        if parts.count == 3 {
            guard var year = Int(parts[2]), parts[2].count == 2 || parts[2].count == 4 else { return failure }
            if parts[2].count == 2 { year += 2000 }
            let date = LocalDate(year: year, month: month, day: day)
            return date.isValid ? .success(date) : failure
        }
        for year in [today.year, today.year + 1] {
            let date = LocalDate(year: year, month: month, day: day)
            if date.isValid, date >= today { return .success(date) }
        }
        // 29/2 in a year without one: the next leap year's.
        for year in (today.year + 2)...(today.year + 8) {
            let date = LocalDate(year: year, month: month, day: day)
            if date.isValid { return .success(date) }
        }
        return failure
    }

    /// `+3d`, `+2w`, `-1d`: days or weeks from today.
    private static func relative(_ text: String, today: LocalDate) -> LocalDate? {
        let sign = text.hasPrefix("-") ? -1 : 1
        var body = text.dropFirst()
        var unit = 1
        if body.hasSuffix("d") { body = body.dropLast() } else if body.hasSuffix("w") {
            body = body.dropLast()
            unit = 7
        }
        guard let count = Int(body), count >= 0, count <= 3660 else { return nil }
        return today.adding(days: sign * count * unit)
    }

    public static func time(_ raw: String) -> Result<LocalTime, FieldError> {
        let text = raw.trimmingWhitespace
        let failure = Result<LocalTime, FieldError>.failure(FieldError("`\(text)` is not \(timeHelp)"))
        let hour: Int?, minute: Int?
        if let separator = text.firstIndex(where: { $0 == ":" || $0 == "." }) {
            let minutes = text[text.index(after: separator)...]
            hour = Int(text[..<separator])
            minute = minutes.count == 2 ? Int(minutes) : nil
        } else if text.count == 4 || text.count == 3 {
            hour = Int(text.dropLast(2))
            minute = Int(text.suffix(2))
        } else if (1...2).contains(text.count) {
            hour = Int(text)
            minute = 0
        } else {
            hour = nil
            minute = nil
        }
        guard let hour, let minute, (0..<24).contains(hour), (0..<60).contains(minute) else { return failure }
        return .success(LocalTime(hour: hour, minute: minute))
    }
}

/// Why a field's text was not accepted, worded for the person typing.
public struct FieldError: Error, Hashable, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
