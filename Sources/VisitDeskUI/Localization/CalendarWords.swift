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
    /// `January`, `januari`, `一月`.
    public let months: [String]
    /// `Jan`, `jan`, `1月`: for tight columns.
    public let shortMonths: [String]

    public static func of(_ language: Language) -> CalendarWords {
        shipped[language] ?? shipped[.en]!
    }

    private static let shipped: [Language: CalendarWords] = Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, CalendarWords($0)) })

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
        let sundayFirst = formatter.shortStandaloneWeekdaySymbols ?? []
        let weekdays = sundayFirst.count == 7 ? Array(sundayFirst[1...] + sundayFirst[..<1]) : ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        // Swedish abbreviations carry a full stop (`jan.`), which only costs a cell in a column.
        let shortMonths = (formatter.shortStandaloneMonthSymbols ?? []).map { $0.replacingOccurrences(of: ".", with: "") }
        self.weekdays = weekdays
        self.months = formatter.standaloneMonthSymbols ?? []
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

    /// The ISO week as each language writes it: `W12`, `v. 12`, `第12周`.
    public func week(_ number: Int) -> String {
        switch language {
        case .en: return "W\(number)"
        case .sv: return "v. \(number)"
        case .zh: return "第\(number)周"
        }
    }
}
