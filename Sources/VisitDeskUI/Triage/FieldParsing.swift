import VisitDeskDomain

/// What the coordinator types into date and time fields, read the ways people write them on the
/// phone. Failures come back as a sentence saying what is expected, shown next to the field.
public enum FieldParsing {
    public static let dateHelp = Localization.key("a date: 2027-01-14, 14/1, 14.1, 1月14日, +3d, +1w, +1m, fri, w12, today or tomorrow")
    public static let timeHelp = Localization.key("a time: 13:30, 9:00 or 0930")

    /// The ways `DateInput` reads (English, Swedish and Chinese); `14/1` means the next 14 January
    /// on or after `today`: requests are about the future.
    public static func date(_ raw: String, today: LocalDate) -> Result<LocalDate, FieldError> {
        if let date = DateInput.parse(raw, today: today) { return .success(date) }
        return .failure(FieldError("`\(raw.trimmingWhitespace)` is not \(dateHelp)"))
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
