/// A date as a coordinator types it into the calendar's `:` prompt or a date field, in English,
/// Swedish or Chinese, the ways people write dates in mail and on the phone. Pure: the same text
/// and `today` always give the same day.
///
/// - `2027-01-14`, `2027-1-14`, `20270114`, `2027年1月14日`, `14/1/2027`, `14.1.27`
/// - `14/1`, `14.1`, `1月14日` (`号` too): the next such day on or after today, since visits lie ahead
/// - `today` `idag` `今天`, `tomorrow` `imorgon` `明天`, `yesterday` `igår` `昨天`, `övermorgon` `后天`
/// - weekday names, `fri` `fredag` `fre` `周五` `星期五`: that day this week, or next week when it has
///   passed (today if today is one); `下周五`: Friday of next week
/// - `+3d`, `-2d`, `+1w` (`+1v`), `+1m`, `+1y`: from today
/// - ISO weeks `w12`, `v12`, `week 12`, `vecka 12`, `第12周`, `2027-W12`: the Monday of that week,
///   this year's while it has not ended, else next year's
public enum DateInput {
    public static func parse(_ raw: String, today: LocalDate) -> LocalDate? {
        let text = normalised(raw)
        guard !text.isEmpty else { return nil }
        if let offset = namedDays[text] { return today.adding(days: offset) }
        if let date = weekday(text, today: today) { return date }
        if text.hasPrefix("+") || text.hasPrefix("-") { return relative(text, today: today) }
        if let date = isoWeek(text, today: today) { return date }
        if text.contains("月") { return chinese(text, today: today) }
        if text.count == 8, text.allSatisfy(\.isASCIIDigit), let value = Int(text) {
            return valid(LocalDate(year: value / 10_000, month: value / 100 % 100, day: value % 100))
        }
        let dashed = text.split(separator: "-", omittingEmptySubsequences: false)
        if dashed.count == 3, dashed[0].count == 4 {
            return numbers(dashed).flatMap { valid(LocalDate(year: $0[0], month: $0[1], day: $0[2])) }
        }
        var parts = text.split(omittingEmptySubsequences: false) { $0 == "/" || $0 == "." }
        if text.hasSuffix("."), parts.count == 3 { parts.removeLast() } // `14.1.` as Swedes often write it
        guard (2...3).contains(parts.count), let n = numbers(parts) else { return nil }
        if parts.count == 3 {
            guard parts[2].count == 2 || parts[2].count == 4 else { return nil }
            return valid(LocalDate(year: parts[2].count == 2 ? 2000 + n[2] : n[2], month: n[1], day: n[0]))
        }
        return next(month: n[1], day: n[0], from: today)
    }

    /// Lowercase, trimmed, inner runs of spaces as one, full-width digits and letters as ASCII.
    static func normalised(_ raw: String) -> String {
        var out = ""
        var lastWasSpace = false
        for scalar in raw.unicodeScalars {
            var scalar = scalar
            if (0xFF01...0xFF5E).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFEE0) { scalar = ascii }
            if scalar.properties.isWhitespace {
                lastWasSpace = !out.isEmpty
                continue
            }
            if lastWasSpace { out.append(" ") }
            lastWasSpace = false
            out.unicodeScalars.append(scalar)
        }
        return out.lowercased()
    }

    static let namedDays: [String: Int] = [
        "today": 0, "idag": 0, "i dag": 0, "今天": 0, "今日": 0,
        "tomorrow": 1, "imorgon": 1, "i morgon": 1, "明天": 1, "明日": 1,
        "yesterday": -1, "igår": -1, "i går": -1, "昨天": -1,
        "övermorgon": 2, "i övermorgon": 2, "后天": 2,
    ]

    /// Monday = 1 … Sunday = 7, in the three languages, long and short.
    static let weekdays: [String: Int] = {
        var names: [String: Int] = [:]
        let english = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        let swedish = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
        let swedishShort = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
        let chinese = ["一", "二", "三", "四", "五", "六", "日"]
        for i in 0..<7 {
            for name in [english[i], String(english[i].prefix(3)), String(english[i].prefix(2)), swedish[i], swedishShort[i],
                         "周" + chinese[i], "星期" + chinese[i], "礼拜" + chinese[i]] {
                names[name] = i + 1
            }
        }
        names["tue"] = 2; names["thu"] = 4; names["tor"] = 4; names["thurs"] = 4
        names["周天"] = 7; names["星期天"] = 7; names["礼拜天"] = 7
        return names
    }()

    private static func weekday(_ text: String, today: LocalDate) -> LocalDate? {
        if text.hasPrefix("下"), let day = weekdays[String(text.dropFirst())], text.dropFirst().hasPrefix("周") || text.dropFirst().hasPrefix("星期") {
            let nextMonday = today.adding(days: 8 - today.isoWeekday)
            return nextMonday.adding(days: day - 1)
        }
        guard let day = weekdays[text] else { return nil }
        return today.adding(days: (day - today.isoWeekday + 7) % 7)
    }

    /// `+3d`, `-1w`, `+2v`, `+1m`, `+1y`; a bare number counts days.
    private static func relative(_ text: String, today: LocalDate) -> LocalDate? {
        let sign = text.hasPrefix("-") ? -1 : 1
        var body = text.dropFirst()
        var unit: Character = "d"
        if let last = body.last, "dwvmy".contains(last) {
            unit = last
            body = body.dropLast()
        }
        guard body.allSatisfy(\.isASCIIDigit), let count = Int(body), count <= 3660 else { return nil }
        switch unit {
        case "w", "v": return today.adding(days: sign * count * 7)
        case "m": return count <= 120 ? today.adding(months: sign * count) : nil
        case "y": return count <= 10 ? today.adding(months: sign * count * 12) : nil
        default: return today.adding(days: sign * count)
        }
    }

    /// `w12`, `v12`, `week 12`, `vecka 12`, `第12周`, `2027-w12`, `2027w12`.
    private static func isoWeek(_ text: String, today: LocalDate) -> LocalDate? {
        var body = Substring(text)
        var year: Int?
        if body.count > 5, body.prefix(4).allSatisfy(\.isASCIIDigit) {
            year = Int(body.prefix(4))
            body = body.dropFirst(4)
            if body.hasPrefix("-") { body = body.dropFirst() }
        }
        var number: Substring?
        for prefix in ["week ", "vecka ", "w", "v"] where body.hasPrefix(prefix) {
            number = body.dropFirst(prefix.count)
            break
        }
        if number == nil, body.hasPrefix("第"), body.hasSuffix("周") || body.hasSuffix("週") {
            number = Substring(body.dropFirst().dropLast().filter { $0 != " " })
        }
        guard let number, !number.isEmpty, number.count <= 2, number.allSatisfy(\.isASCIIDigit), let week = Int(number) else { return nil }
        if let year { return monday(ofWeek: week, in: year) }
        if let monday = monday(ofWeek: week, in: today.isoWeek.year), monday.adding(days: 6) >= today { return monday }
        return monday(ofWeek: week, in: today.isoWeek.year + 1)
    }

    /// The Monday of ISO week `week` of `year` (week 1 holds 4 January); nil when the year has no such week.
    static func monday(ofWeek week: Int, in year: Int) -> LocalDate? {
        let weeks = LocalDate(year: year, month: 12, day: 28).isoWeek.week
        guard (1...weeks).contains(week) else { return nil }
        let fourth = LocalDate(year: year, month: 1, day: 4)
        return fourth.adding(days: 1 - fourth.isoWeekday + (week - 1) * 7)
    }

    /// `1月14日`, `1月14号`, `2027年1月14日`.
    private static func chinese(_ text: String, today: LocalDate) -> LocalDate? {
        var body = Substring(text)
        var year: Int?
        if let mark = body.firstIndex(of: "年") {
            guard let y = Int(body[..<mark]), body[..<mark].count == 4 else { return nil }
            year = y
            body = body[body.index(after: mark)...]
        }
        if body.hasSuffix("日") || body.hasSuffix("号") { body = body.dropLast() }
        let parts = body.split(separator: "月", omittingEmptySubsequences: false)
        guard parts.count == 2, let n = numbers(parts) else { return nil }
        if let year { return valid(LocalDate(year: year, month: n[0], day: n[1])) }
        return next(month: n[0], day: n[1], from: today)
    }

    /// The next `day`/`month` on or after `today`; 29 February the next leap year's.
    private static func next(month: Int, day: Int, from today: LocalDate) -> LocalDate? {
        for year in today.year...(today.year + 8) {
            let date = LocalDate(year: year, month: month, day: day)
            if date.isValid, date >= today { return date }
        }
        return nil
    }

    private static func numbers(_ parts: [Substring]) -> [Int]? {
        var values: [Int] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 4, part.allSatisfy(\.isASCIIDigit), let value = Int(part) else { return nil }
            values.append(value)
        }
        return values
    }

    private static func valid(_ date: LocalDate) -> LocalDate? { date.isValid && date.year >= 1 ? date : nil }
}
