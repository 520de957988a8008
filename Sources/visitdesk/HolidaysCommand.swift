import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore
import VisitDeskUI

struct Holidays: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "holidays",
        abstract: l10n.text("List Swedish and Chinese public holidays, days off and China's make-up working days of a year (1990-2100)."),
        discussion: l10n.text("Kinds: holiday (statutory), day-off (a de-facto Swedish eve, or a day of a Chinese break), workday (a Chinese weekend day worked to pay for a break, 调休上班), observance (named, not a day off). China's breaks follow the State Council's notice for the year (built in for 2020-2026, or from the store's holidays.toml); other years follow the statutory rules, and the output says so."))

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(help: ArgumentHelp(l10n.text("The year (default: this year, or --today's)."))) var year: Int?
    @Option(help: ArgumentHelp(l10n.text("SE or CN (default: both)."))) var country: String?
    @Option(help: ArgumentHelp(l10n.text("table or json."))) var format: Format = .table
    @OptionGroup var options: StoreOptions

    func validate() throws {
        if let year, !HolidayCalendar.supportedYears.contains(year) {
            throw ValidationError(l10n.format("--year %d: holidays are computed for %d-%d", year, HolidayCalendar.supportedYears.lowerBound, HolidayCalendar.supportedYears.upperBound))
        }
        if let country, Country(rawValue: country.uppercased()) == nil {
            throw ValidationError(l10n.format("--country %s: use SE or CN", country))
        }
    }

    func run() throws {
        let year = try self.year ?? options.todayDate().year
        guard HolidayCalendar.supportedYears.contains(year) else {
            throw ValidationError(l10n.format("this year (%d) is outside %d-%d: pass --year", year, HolidayCalendar.supportedYears.lowerBound, HolidayCalendar.supportedYears.upperBound))
        }
        // A store's holidays.toml may add or correct China's years (only that file is read; its
        // problems are for `check`); without a store the built-in data stands.
        let location = StoreLocation.resolve(option: options.store)
        if FileIO.isDirectory(location.path) { HolidayFile.install(root: location.path) }
        let countries = country.flatMap { Country(rawValue: $0.uppercased()) }.map { [$0] } ?? Country.allCases
        let holidays = countries.flatMap { HolidayCalendar.holidays(year: year, country: $0) }
            .sorted { ($0.date, $0.country.rawValue) < ($1.date, $1.country.rawValue) }
        switch format {
        case .json:
            let objects = holidays.map { holiday in
                JSONExport.object([
                    ("date", JSONExport.quote(holiday.date.description)),
                    ("country", JSONExport.quote(holiday.country.rawValue)),
                    ("name", JSONExport.quote(holiday.name)),
                    ("local_name", JSONExport.quote(holiday.localName)),
                    ("kind", JSONExport.quote(holiday.kind.rawValue)),
                    ("day_off", holiday.isDayOff ? "true" : "false"),
                    ("source", JSONExport.quote(source(of: holiday, year: year))),
                ])
            }
            print("[" + objects.joined(separator: ",\n") + "]")
        case .table:
            // In the language: headings, weekdays and kinds; the dates stay ISO (sortable, and
            // read the same in the three languages), the name in the language, the local name as
            // the country writes it.
            let words = CalendarWords.of(l10n.language)
            print(TextTable.render(
                header: [l10n.text("date"), l10n.text("day"), l10n.text("country"), l10n.text("kind"), l10n.text("name"), l10n.text("local name")],
                rows: holidays.map { [$0.date.description, words.weekday($0.date), $0.country.rawValue, l10n.text($0.kind.rawValue, context: "holiday kind"), HolidayNames.name($0, l10n), $0.localName] }
            ))
            if countries.contains(.china) {
                let source = HolidayCalendar.chinaArrangement(year: year)?.source
                    ?? l10n.format("statutory rules only; no State Council notice for %d is known (add it to holidays.toml when published)", year)
                print("\n" + l10n.format("China %d: %s", year, source))
            }
        }
    }

    /// Where China's days of the year come from: the notice, or the statutory rules when none is known.
    private func chinaSource(_ year: Int) -> String {
        HolidayCalendar.chinaArrangement(year: year)?.source
            ?? "statutory rules only; no State Council notice for \(year) is known (add it to holidays.toml when published)"
    }

    private func source(of holiday: Holiday, year: Int) -> String {
        switch holiday.country {
        case .sweden: return holiday.kind == .dayOff ? "de facto day off" : "Swedish law (lag 1989:253)"
        case .china:
            // New Year 2023's break began on 31 December 2022: that day comes from 2023's notice.
            if let next = HolidayCalendar.chinaArrangement(year: year + 1),
               next.breaks.contains(where: { $0.contains(holiday.date) || $0.workdays.contains(holiday.date) }) {
                return next.source
            }
            return chinaSource(year)
        }
    }

}
