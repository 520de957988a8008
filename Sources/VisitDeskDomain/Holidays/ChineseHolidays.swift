/// Mainland China's public holidays as the national rules on festival days off (全国年节及纪念日放假办法)
/// define them, with the lunar and solar-term dates computed for any year.
///
/// Days off follow the law's statutory days, by the year the rules changed:
/// - Spring Festival: lunar 1/1–1/3 (until 2007 and 2014–2024); eve, 1/1, 1/2 (2008–2013);
///   eve and 1/1–1/3 (from 2025). The eve is always listed, a day off only when the law says so.
/// - Labour Day: 1 May (until 1998 and 2008–2024); 1–3 May (1999–2007); 1–2 May (from 2025).
/// - National Day: 1–2 October (until 1998), 1–3 October (from 1999).
/// - Qingming, Dragon Boat (lunar 5/5) and Mid-Autumn (lunar 8/15): days off from 2008; listed
///   as festivals without a day off before.
/// The State Council's yearly notice then builds longer breaks around these days (调休):
/// `ChinaOfficialArrangements` and `ChinaYear` lay those over this list.
enum ChineseHolidays {
    static func holidays(year: Int) -> [Holiday] {
        var list: [Holiday] = []
        func add(_ date: LocalDate?, _ name: String, _ localName: String, dayOff: Bool = true) {
            guard let date else { return }
            list.append(Holiday(date: date, country: .china, name: name, localName: localName, isDayOff: dayOff))
        }
        let festivalsAreDaysOff = year >= 2008

        add(LocalDate(year: year, month: 1, day: 1), "New Year's Day", "元旦")

        if let newYear = LunarCalendar.newYear(in: year) {
            let eveIsDayOff = (2008...2013).contains(year) || year >= 2025
            let daysAfter = (2008...2013).contains(year) ? 2 : 3
            add(newYear.adding(days: -1), "Spring Festival Eve", "除夕", dayOff: eveIsDayOff)
            for offset in 0..<daysAfter {
                add(newYear.adding(days: offset), "Spring Festival", "春节")
            }
        }

        add(SolarTerms.date(sunLongitude: 15, year: year), "Qingming Festival", "清明节", dayOff: festivalsAreDaysOff)

        let labourDays = (1999...2007).contains(year) ? 3 : (year >= 2025 ? 2 : 1)
        for day in 1...labourDays {
            add(LocalDate(year: year, month: 5, day: day), "Labour Day", "劳动节")
        }

        add(LunarCalendar.date(month: 5, day: 5, inLunarYearStartingIn: year), "Dragon Boat Festival", "端午节", dayOff: festivalsAreDaysOff)
        add(LunarCalendar.date(month: 8, day: 15, inLunarYearStartingIn: year), "Mid-Autumn Festival", "中秋节", dayOff: festivalsAreDaysOff)

        for day in 1...(year >= 1999 ? 3 : 2) {
            add(LocalDate(year: year, month: 10, day: day), "National Day", "国庆节")
        }
        return list.sorted { $0.date < $1.date }
    }
}
