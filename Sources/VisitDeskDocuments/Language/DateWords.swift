import VisitDeskDomain

/// Dates as a reader writes them: `Thursday 13 July 2017`, `torsdag 13 juli 2017`,
/// `2017年7月13日 星期四`. Written from small tables rather than through the system's locale data,
/// so a document reads the same on every machine (a golden file must not depend on ICU's version).
enum DateWords {
    static func long(_ date: LocalDate, in language: DocumentLanguage) -> String {
        let weekday = weekdays(language)[date.isoWeekday - 1]
        switch language {
        case .zh: return "\(date.year)年\(date.month)月\(date.day)日 \(weekday)"
        case .en, .sv: return "\(weekday) \(date.day) \(months(language)[date.month - 1]) \(date.year)"
        }
    }

    /// Without weekday and year: `14 July`, `14 juli`, `7月14日` (a slot's other end, a partner date).
    static func short(_ date: LocalDate, in language: DocumentLanguage) -> String {
        switch language {
        case .zh: return "\(date.month)月\(date.day)日"
        case .en, .sv: return "\(date.day) \(months(language)[date.month - 1])"
        }
    }

    /// With year, without weekday: `13 July 2017`, `2017年7月13日`.
    static func plain(_ date: LocalDate, in language: DocumentLanguage) -> String {
        switch language {
        case .zh: return "\(date.year)年\(date.month)月\(date.day)日"
        case .en, .sv: return "\(date.day) \(months(language)[date.month - 1]) \(date.year)"
        }
    }

    /// `13–14 July 2017`, `13 juli – 2 augusti 2017`, `2017年7月13日至14日`.
    static func range(_ first: LocalDate, _ last: LocalDate, in language: DocumentLanguage) -> String {
        if first == last { return plain(first, in: language) }
        switch language {
        case .zh:
            if first.year == last.year && first.month == last.month { return "\(plain(first, in: .zh))至\(last.day)日" }
            return "\(plain(first, in: .zh))至\(first.year == last.year ? short(last, in: .zh) : plain(last, in: .zh))"
        case .en, .sv:
            if first.year == last.year && first.month == last.month { return "\(first.day)–\(plain(last, in: language))" }
            return "\(first.year == last.year ? short(first, in: language) : plain(first, in: language)) – \(plain(last, in: language))"
        }
    }

    private static func weekdays(_ language: DocumentLanguage) -> [String] {
        switch language {
        case .en: return ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        case .sv: return ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
        case .zh: return ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
        }
    }

    private static func months(_ language: DocumentLanguage) -> [String] {
        switch language {
        case .en: return ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        case .sv: return ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
        case .zh: return (1...12).map { "\($0)月" }
        }
    }
}
