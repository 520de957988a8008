/// Sweden's public holidays (allmänna helgdagar, lag 1989:253) plus the three eves that are
/// days off in practice (Midsommarafton, Julafton, Nyårsafton), which matter as much for a visit.
enum SwedishHolidays {
    static func holidays(year: Int) -> [Holiday] {
        let easter = Easter.sunday(year: year)
        var days: [(LocalDate, String, String)] = [
            (LocalDate(year: year, month: 1, day: 1), "New Year's Day", "Nyårsdagen"),
            (LocalDate(year: year, month: 1, day: 6), "Epiphany", "Trettondedag jul"),
            (easter.adding(days: -2), "Good Friday", "Långfredagen"),
            (easter, "Easter Sunday", "Påskdagen"),
            (easter.adding(days: 1), "Easter Monday", "Annandag påsk"),
            (LocalDate(year: year, month: 5, day: 1), "May Day", "Första maj"),
            (easter.adding(days: 39), "Ascension Day", "Kristi himmelsfärdsdag"),
            (easter.adding(days: 49), "Pentecost", "Pingstdagen"),
        ]
        // In 2005 the national day became a holiday and Whit Monday stopped being one.
        if year >= 2005 {
            days.append((LocalDate(year: year, month: 6, day: 6), "National Day", "Sveriges nationaldag"))
        } else {
            days.append((easter.adding(days: 50), "Pentecost Monday", "Annandag pingst"))
        }
        let midsummerEve = firstDay(weekday: 5, from: LocalDate(year: year, month: 6, day: 19))
        days += [
            (midsummerEve, "Midsummer Eve", "Midsommarafton"),
            (midsummerEve.adding(days: 1), "Midsummer Day", "Midsommardagen"),
            (firstDay(weekday: 6, from: LocalDate(year: year, month: 10, day: 31)), "All Saints' Day", "Alla helgons dag"),
            (LocalDate(year: year, month: 12, day: 24), "Christmas Eve", "Julafton"),
            (LocalDate(year: year, month: 12, day: 25), "Christmas Day", "Juldagen"),
            (LocalDate(year: year, month: 12, day: 26), "Second Day of Christmas", "Annandag jul"),
            (LocalDate(year: year, month: 12, day: 31), "New Year's Eve", "Nyårsafton"),
        ]
        return days
            .map { Holiday(date: $0.0, country: .sweden, name: $0.1, localName: $0.2, kind: deFactoEves.contains($0.2) ? .dayOff : .holiday) }
            .sorted { $0.date < $1.date }
    }

    /// Days off in practice rather than by law (lag 1989:253 does not name them).
    private static let deFactoEves: Set<String> = ["Midsommarafton", "Julafton", "Nyårsafton"]

    /// The first day on or after `start` with the given ISO weekday (5 = Friday, 6 = Saturday).
    private static func firstDay(weekday: Int, from start: LocalDate) -> LocalDate {
        start.adding(days: (weekday - start.isoWeekday + 7) % 7)
    }
}
