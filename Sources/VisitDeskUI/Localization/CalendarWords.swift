import Foundation
import VisitDeskDomain

/// Weekday and month names and the way each language writes a day: `Thu 13 July`,
/// `tors 13 juli`, `7月13日 周四`. The names come from Foundation's locale data for an explicit
/// locale (`sv_SE`, `zh_CN`), which does not depend on the locales installed on the machine; they
/// are read once per language into plain arrays, so drawing a calendar formats nothing.
public struct CalendarWords: Sendable {
    public let language: Language
    /// Monday first, as the calendar's columns: `Mon`, `mån`, `周一`.
    public let weekdays: [String]
    /// Two letters (or one Chinese character) for the month grid's columns: `Mo`, `må`, `一`.
    public var twoLetterWeekdays: [String] {
        switch language {
        case .en: return ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
        case .sv: return ["må", "ti", "on", "to", "fr", "lö", "sö"]
        case .zh: return ["一", "二", "三", "四", "五", "六", "日"]
        }
    }
    /// The month grid's week-number column, two cells: `Wk`, `v.`, `周`.
    public var weekColumn: String {
        switch language {
        case .en: return "Wk"
        case .sv: return "v."
        case .zh: return "周"
        }
    }
    /// `January`, `januari`, `一月`.
    public let months: [String]
    /// `Jan`, `jan`, `1月`: for tight columns.
    public let shortMonths: [String]

    public static func of(_ language: Language) -> CalendarWords {
        switch language {
        case .en: english
        case .sv: swedish
        case .zh: chinese
        }
    }

    // One static each, so a language's names are read the first time it is drawn: an English
    // screen never builds a DateFormatter (about 1 ms of every start when all three were made).
    private static let english = CalendarWords(.en)
    private static let swedish = CalendarWords(.sv)
    private static let chinese = CalendarWords(.zh)

    private init(_ language: Language) {
        self.language = language
        // English as it always was (ICU's en_GB writes `Sept`, which shifts columns).
        guard language != .en else {
            weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
            months = ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"]
            shortMonths = months.map { String($0.prefix(3)) }
            return
        }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language.localeIdentifier)
        // Sunday-first in Foundation; the calendar's weeks start on Monday.
        let sundayFirst = formatter.shortStandaloneWeekdaySymbols
        let weekdays = sundayFirst.count == 7 ? Array(sundayFirst[1...] + sundayFirst[..<1]) : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        // Swedish abbreviations carry a full stop (`jan.`), which only costs a cell in a column.
        let shortMonths = formatter.shortStandaloneMonthSymbols.map { $0.replacingOccurrences(of: ".", with: "") }
        self.weekdays = weekdays
        self.months = formatter.standaloneMonthSymbols
        self.shortMonths = shortMonths
    }

    public func weekday(_ date: LocalDate) -> String { weekdays[date.isoWeekday - 1] }
    public func month(_ month: Int) -> String { months[min(max(month, 1), 12) - 1] }
    public func shortMonth(_ month: Int) -> String { shortMonths[min(max(month, 1), 12) - 1] }

    /// `Thu 13 July` · `tors 13 juli` · `7月13日 周四`.
    public func dayAndMonth(_ date: LocalDate) -> String {
        switch language {
        case .zh: return "\(date.month)月\(date.day)日 \(weekday(date))"
        case .en, .sv: return "\(weekday(date)) \(date.day) \(month(date.month))"
        }
    }

    /// `November 2026` · `november 2026` · `2026年11月`.
    public func monthAndYear(month: Int, year: Int) -> String {
        switch language {
        case .zh: return "\(year)年\(month)月"
        case .en, .sv: return "\(self.month(month)) \(year)"
        }
    }

    /// A day heading's start, with its year: `Thu 2026-11-26` (English keeps the ISO date it
    /// always showed), `tors 26 november 2026`, `2026年11月26日 周四`.
    public func weekdayAndDate(_ date: LocalDate) -> String {
        switch language {
        case .en: return weekday(date) + " \(date)"
        case .sv: return dayAndMonth(date) + " \(date.year)"
        case .zh: return "\(date.year)年" + dayAndMonth(date)
        }
    }

    /// `Su 28`, `sö 28`, `28日`: a day within a week that the title has already named.
    public func shortDay(_ date: LocalDate) -> String {
        language == .zh ? "\(date.day)日" : "\(twoLetterWeekdays[date.isoWeekday - 1]) \(date.day)"
    }

    /// A week's days: `22–28 Mar 2027`, `22–28 mars 2027`, `2027年3月22日–28日`, with the month
    /// and year on both sides when they differ.
    public func range(_ first: LocalDate, _ last: LocalDate) -> String {
        span(first, last, months: shortMonths, chineseJoin: "–")
    }

    /// A run of days on a line of its own (the agenda's Chinese break): `1–7 oktober 2026`,
    /// `2026年10月1日至7日`; English keeps the weekdays and ISO dates it always showed.
    public func days(_ first: LocalDate, _ last: LocalDate) -> String {
        if language == .en { return "\(weekdayAndDate(first)) – \(weekdayAndDate(last))" }
        return span(first, last, months: months, chineseJoin: "至")
    }

    private func span(_ first: LocalDate, _ last: LocalDate, months: [String], chineseJoin: String) -> String {
        if language == .zh {
            let end = first.year != last.year ? "\(last.year)年\(last.month)月\(last.day)日" : first.month != last.month ? "\(last.month)月\(last.day)日" : "\(last.day)日"
            return "\(first.year)年\(first.month)月\(first.day)日" + chineseJoin + end
        }
        let firstMonth = months[first.month - 1], lastMonth = months[last.month - 1]
        if first.year != last.year {
            return "\(first.day) \(firstMonth) \(first.year) – \(last.day) \(lastMonth) \(last.year)"
        } else if first.month != last.month {
            return "\(first.day) \(firstMonth) – \(last.day) \(lastMonth) \(last.year)"
        }
        return "\(first.day)–\(last.day) \(firstMonth) \(first.year)"
    }
}
