import ArgumentParser
import VisitDeskDomain
import VisitDeskStore

struct Holidays: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List Swedish and Chinese public holidays of a year (1990-2100).")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(help: "The year.") var year: Int
    @Option(help: "SE or CN (default: both).") var country: String?
    @Option(help: "table or json.") var format: Format = .table

    func validate() throws {
        guard HolidayCalendar.supportedYears.contains(year) else {
            throw ValidationError("--year \(year): holidays are computed for \(HolidayCalendar.supportedYears.lowerBound)-\(HolidayCalendar.supportedYears.upperBound)")
        }
        if let country, Country(rawValue: country.uppercased()) == nil {
            throw ValidationError("--country \(country): use SE or CN")
        }
    }

    func run() {
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
                ])
            }
            print("[" + objects.joined(separator: ",\n") + "]")
        case .table:
            print(TextTable.render(
                header: ["date", "day", "country", "name", "local name"],
                rows: holidays.map { [$0.date.description, weekdayNames[$0.date.isoWeekday - 1], $0.country.rawValue, $0.name, $0.localName] }
            ))
        }
    }

    private var weekdayNames: [String] { ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"] }
}
