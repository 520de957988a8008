import VisitDeskDomain

extension RecordStore {
    /// Reads `holidays.toml` (if there is one) and hands its years to the holiday calendar, so the
    /// views, the day rules and `check` all follow it; its problems are the file's problems.
    /// Read when the store opens: a change takes effect at the next start.
    func loadHolidayFile() {
        let problems = HolidayFile.install(root: root)
        fileProblems[HolidayFile.name] = problems.isEmpty ? nil : problems
    }
}
