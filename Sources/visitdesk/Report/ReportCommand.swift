import ArgumentParser
import Foundation
import VisitDeskDomain
import VisitDeskStore
import VisitDeskUI

/// `visitdesk report`: the season in numbers, from the same `SeasonReport` the dashboard draws.
struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: l10n.text("The season in numbers: funnel, statuses, interests, origins, hosts, owners, lead times, months."),
        discussion: l10n.text("Default period: the season that contains today (1 September – 31 August, or from `season_start` in store.toml). A period that ended before today counts statuses as they stood on its last day when the store is a git repository (see `share init`); otherwise statuses are today's. JSON keys are listed in docs/report.md.")
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, md, json, csv, html
    }

    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp(l10n.text("First day of the period."), valueName: "YYYY-MM-DD")) var from: String?
    @Option(help: ArgumentHelp(l10n.text("Last day of the period (included)."), valueName: "YYYY-MM-DD")) var to: String?
    @Option(help: ArgumentHelp(l10n.text("A second period beside it: `previous`, a season's first year (`2025`), or FROM..TO."), valueName: "PERIOD"))
    var compare: String?
    @Option(help: ArgumentHelp(l10n.text("text, md, json, csv or html."))) var format: Format = .text
    @Option(help: ArgumentHelp(l10n.text("Write to this file instead of standard output."), valueName: "FILE")) var out: String?

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, LocalDate(iso: value) == nil { throw ValidationError(l10n.format("%s %s: expected a date like 2026-09-01", name, value)) }
        }
    }

    func run() throws {
        let store = try options.openStore()
        let catalog = store.catalog
        let today = try options.todayDate(timeZone: catalog.settings.timezone)
        let period = try ReportPeriods.main(from: from, to: to, today: today, start: catalog.settings.seasonStart)
        let history = try ReportHistory.read(storeRoot: store.root)
        let report = history.report(catalog, period: period, today: today)
        let previous = try compare.map { try ReportPeriods.compared($0, with: period, start: catalog.settings.seasonStart) }
            .map { history.report(catalog, period: $0, today: today) }
        // Text and Markdown in the language; CSV and JSON (for scripts) and the HTML page in English.
        func tables(_ l10n: Localization) -> [ReportTable] { ReportTables.build(report, compare: previous, l10n: l10n) }
        let text: String
        switch format {
        case .text: text = ReportText.plain(tables(l10n), report: report, compare: previous, l10n: l10n)
        case .md: text = ReportText.markdown(tables(l10n), report: report, compare: previous, l10n: l10n)
        case .csv: text = ReportCSV.text(tables(.of(.en)))
        case .json: text = try ReportJSON.text(report, compare: previous)
        case .html: text = ReportHTML.page(report, compare: previous, tables: tables(.of(.en)))
        }
        // Bytes, not characters: CSV's "\r\n" is one Character that `hasSuffix("\n")` does not see.
        try write(text.utf8.last == UInt8(ascii: "\n") ? text : text + "\n")
    }

    private func write(_ text: String) throws {
        guard let out else { return FileHandle.standardOutput.write(Data(text.utf8)) }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
        } catch {
            throw CLIError(l10n.format("cannot write %s: %s — check that the folder exists and is writable", out, error.localizedDescription))
        }
    }
}

/// Turning the command line's dates and `--compare` words into periods.
enum ReportPeriods {
    static func main(from: String?, to: String?, today: LocalDate, start: SeasonStart) throws -> ReportPeriod {
        let season = ReportPeriod.season(containing: today, start: start)
        guard from != nil || to != nil else { return season }
        let first = from.flatMap { LocalDate(iso: $0) } ?? season.from
        let last = to.flatMap { LocalDate(iso: $0) } ?? season.to
        guard first <= last else { throw ValidationError(l10n.format("--from %s is after --to %s", first, last)) }
        return ReportPeriod(from: first, to: last)
    }

    static func compared(_ text: String, with period: ReportPeriod, start: SeasonStart) throws -> ReportPeriod {
        if text == "previous" { return period.previous }
        if text.count == 4, let year = Int(text) { return .season(startingIn: year, start: start) }
        let ends = text.components(separatedBy: "..")
        if ends.count == 2, let first = LocalDate(iso: ends[0]), let last = LocalDate(iso: ends[1]), first <= last {
            return ReportPeriod(from: first, to: last)
        }
        throw ValidationError(l10n.format("--compare %s: use `previous`, a season's first year like 2025, or 2025-09-01..2026-08-31", text))
    }
}
