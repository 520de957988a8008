import VisitDeskDomain
import VisitDeskSharing

/// The store's git history for `report`: a period that ended before today is counted with its
/// requests' statuses as they stood on its last day, and the received → decision lead time gets
/// the day each was decided. Without a repository the report counts today's statuses and says so.
struct ReportHistory {
    let history: StatusHistory?

    static func read(storeRoot: String) throws -> ReportHistory {
        do {
            return ReportHistory(history: try StatusHistory.read(git: GitRunner(directory: storeRoot, driverCommand: nil)))
        } catch {
            throw CLIError(l10n.format("cannot read the store's history for the report: %s", error.description))
        }
    }

    func report(_ catalog: Catalog, period: ReportPeriod, today: LocalDate) -> SeasonReport {
        guard let history else { return SeasonReport(catalog: catalog, period: period, today: today) }
        // A period not over yet is counted as it is now: the files hold what is not committed yet.
        let past = period.to < today ? history.statuses(on: period.to) : nil
        return SeasonReport(catalog: catalog, period: period, today: today, decisionDates: history.decisionDates(), statusesAtEnd: past)
    }
}
