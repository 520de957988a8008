import VisitDeskDomain

extension RecordStore {
    /// Reads `holidays.toml` (if there is one) and hands its years to the holiday calendar, so the
    /// views, the day rules and `check` all follow it; its problems are the file's problems.
    /// Read when the store opens: a change takes effect at the next start.
    func loadHolidayFile() {
        let path = HolidayFile.name
        fileProblems[path] = nil
        var outcome = HolidayFile.Outcome()
        do {
            outcome = HolidayFile.read(try FileIO.read(absolutePath(path), within: root))
        } catch .notFound {
        } catch {
            outcome.problems = [Problem(file: path, message: "\(error.description); the built-in holiday calendar stays in force")]
        }
        if !outcome.problems.isEmpty { fileProblems[path] = outcome.problems }
        HolidayCalendar.useStoreArrangements(outcome.arrangements)
    }
}
