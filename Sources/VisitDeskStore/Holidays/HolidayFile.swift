import TOMLDocument
import VisitDeskDomain

/// `holidays.toml` beside store.toml: China's arrangements for years the State Council announced
/// after this VisitDesk was built (each November or December for the next year), or corrections.
///
/// ```toml
/// [[china]]
/// year = 2027
/// source = "State Council General Office notice 国务院办公厅关于2027年部分节假日安排的通知"
///
/// [[china.days]]
/// holiday = "spring-festival"
/// kind = "day-off"          # or "workday" (a weekend day worked to pay for the break)
/// from = 2027-02-05
/// to = 2027-02-13           # optional: one day when left out
/// ```
///
/// A year given here replaces the built-in one whole. A year with any error is not used at all
/// (the built-in data or the statutory rules stay in force), and every error names its line.
public enum HolidayFile {
    public static let name = "holidays.toml"

    public struct Outcome: Sendable, Equatable {
        public var arrangements: [ChinaArrangement] = []
        public var problems: [Problem] = []
    }

    /// Reads `holidays.toml` in the store folder `root`; no file is no years and no problems.
    public static func load(root: String) -> Outcome {
        do {
            return read(try FileIO.read(root + "/" + name, within: root))
        } catch .notFound {
            return Outcome()
        } catch {
            return Outcome(problems: [Problem(file: name, Phrase("%s; the built-in holiday calendar stays in force", Phrase.verbatim(error.description)))])
        }
    }

    /// Loads the store's file and hands its years to `HolidayCalendar`; answers the file's problems.
    @discardableResult
    public static func install(root: String) -> [Problem] {
        let outcome = load(root: root)
        HolidayCalendar.useStoreArrangements(outcome.arrangements)
        return outcome.problems
    }

    public static func read(_ bytes: [UInt8]) -> Outcome {
        switch RecordParser.document(bytes, file: name) {
        case .failure(let problem):
            return Outcome(problems: [keepsBuiltIn(problem)])
        case .success(let document):
            return read(document)
        }
    }

    static func read(_ document: TOMLDocument) -> Outcome {
        var outcome = Outcome()
        func line(_ path: TOMLPath) -> Int? { document.position(of: path)?.line }
        for key in document.root.keys where key != "china" {
            outcome.problems.append(Problem(file: name, line: line([.key(key)]), severity: .warning,
                                            Phrase("unknown table or key `%s`: holidays.toml holds `[[china]]` tables only; remove it or check the spelling", key)))
        }
        guard let value = document.root["china"] else { return outcome }
        guard let years = value.array, years.allSatisfy({ $0.table != nil }) else {
            outcome.problems.append(Problem(file: name, line: line(["china"]),
                                            Phrase("`china` should be a list of tables, each starting with a `[[china]]` line; the built-in calendar stays in force")))
            return outcome
        }
        var seen: [Int: Int] = [:]
        for index in years.indices {
            var reader = YearReader(document: document, path: ["china", .index(index)])
            guard let arrangement = reader.arrangement() else {
                outcome.problems += reader.problems
                continue
            }
            if let earlier = seen[arrangement.year] {
                reader.report(at: reader.path, Phrase("%d is already given at line %d: keep one `[[china]]` table per year; this one is ignored", arrangement.year, earlier))
            } else {
                seen[arrangement.year] = line(reader.path) ?? 0
                if !reader.problems.contains(where: { $0.severity == .error }) { outcome.arrangements.append(arrangement) }
            }
            outcome.problems += reader.problems
        }
        return outcome
    }

    private static func keepsBuiltIn(_ problem: Problem) -> Problem {
        Problem(file: problem.file, line: problem.line, severity: problem.severity,
                Phrase("%s; until it is fixed the built-in holiday calendar stays in force", problem.phrase))
    }
}

/// One `[[china]]` table: its year, source and days, with a problem per thing that is wrong.
private struct YearReader {
    let document: TOMLDocument
    let path: TOMLPath
    private(set) var problems: [Problem] = []

    init(document: TOMLDocument, path: TOMLPath) {
        self.document = document
        self.path = path
    }

    mutating func report(at path: TOMLPath, _ message: Phrase, severity: Problem.Severity = .error) {
        problems.append(Problem(file: HolidayFile.name, line: document.position(of: path)?.line, severity: severity, message))
    }

    private var table: TOMLTable { document.value(at: path)?.table ?? TOMLTable() }

    mutating func arrangement() -> ChinaArrangement? {
        guard let raw = table["year"]?.integer, let year = Int(exactly: raw) else {
            report(at: table["year"] == nil ? path : path.appending(.key("year")),
                   Phrase("this `[[china]]` table needs the year it arranges, like `year = 2027`; it is ignored"))
            return nil
        }
        guard HolidayCalendar.supportedYears.contains(year) else {
            report(at: path.appending(.key("year")), Phrase("year %d is outside %d-%d; it is ignored", year, HolidayCalendar.supportedYears.lowerBound, HolidayCalendar.supportedYears.upperBound))
            return nil
        }
        for key in table.keys where !["year", "source", "days"].contains(key) {
            report(at: path.appending(.key(key)), Phrase("unknown key `%s`: a `[[china]]` table has `year`, `source` and `[[china.days]]`", key), severity: .warning)
        }
        let source = table["source"]?.string ?? ""
        if source.isEmpty {
            report(at: path, Phrase("name the notice %d's dates come from, like `source = \"%s\"`", year, "国务院办公厅关于\(year)年部分节假日安排的通知"), severity: .warning)
        }
        var entries: [DayEntry] = []
        let days = table["days"]?.array ?? []
        if table["days"] != nil && (table["days"]?.array == nil || !days.allSatisfy({ $0.table != nil })) {
            report(at: path.appending(.key("days")), Phrase("`days` should be `[[china.days]]` tables with holiday, kind, from and to"))
        }
        for index in days.indices where days[index].table != nil {
            if let entry = dayEntry(path.appending(.key("days")).appending(.index(index)), year: year) { entries.append(entry) }
        }
        checkContradictions(entries, year: year)
        let failed = problems.contains { $0.severity == .error }
        if failed {
            report(at: path, Phrase("%d is not used until its errors are fixed: VisitDesk keeps its built-in calendar for %d", year, year))
        }
        return ChinaArrangement(year: year, source: source.isEmpty ? "holidays.toml" : source, breaks: Self.breaks(of: entries))
    }

    private struct DayEntry {
        var festival: ChinaFestival
        var isWorkday: Bool
        var first: LocalDate
        var last: LocalDate
        var line: Int?
    }

    private mutating func dayEntry(_ entryPath: TOMLPath, year: Int) -> DayEntry? {
        let entry = document.value(at: entryPath)?.table ?? TOMLTable()
        func at(_ key: String) -> TOMLPath { entry[key] == nil ? entryPath : entryPath.appending(.key(key)) }
        var ok = true
        for key in entry.keys where !["holiday", "kind", "from", "to"].contains(key) {
            report(at: at(key), Phrase("unknown key `%s`: a day entry has `holiday`, `kind`, `from` and `to`", key), severity: .warning)
        }
        let holidayName = entry["holiday"]?.string ?? ""
        let festival = ChinaFestival(rawValue: holidayName)
        if festival == nil {
            let known = ChinaFestival.allCases.map(\.rawValue).joined(separator: ", ")
            report(at: at("holiday"), holidayName.isEmpty ? Phrase("this day entry needs `holiday = \"…\"`, one of %s", known)
                                                          : Phrase("unknown holiday `%s`: use one of %s", holidayName, known))
            ok = false
        }
        let kind = entry["kind"]?.string ?? ""
        if kind != HolidayKind.dayOff.rawValue && kind != HolidayKind.workday.rawValue {
            report(at: at("kind"), kind.isEmpty ? Phrase("this day entry needs `kind = \"day-off\"` or `kind = \"workday\"`")
                                                : Phrase("unknown kind `%s`: use \"day-off\" (no work) or \"workday\" (a weekend day worked to pay for the break)", kind))
            ok = false
        }
        let first = date(entry["from"], at: at("from"), key: "from")
        let last = entry["to"] == nil ? first : date(entry["to"], at: at("to"), key: "to")
        guard ok, let festival, let first, let last else { return nil }
        if last < first {
            report(at: at("to"), Phrase("`to` (%s) is before `from` (%s): swap them", last, first))
            return nil
        }
        if first.days(until: last) > 30 {
            report(at: at("to"), Phrase("%s to %s is %d days: no break is that long, check `to`", first, last, first.days(until: last) + 1))
            return nil
        }
        // A New Year break may begin in the last days of the year before (2022-12-31 for 2023).
        let earliest = festival == .newYear ? LocalDate(year: year - 1, month: 12, day: 25) : LocalDate(year: year, month: 1, day: 1)
        for (date, key) in [(first, "from"), (last, "to")] where date < earliest || date.year > year {
            report(at: at(key), Phrase("%s is not in %d, the year this table arranges: fix the date, or move the entry to a `[[china]]` table with `year = %d`", date, year, date.year))
            return nil
        }
        return DayEntry(festival: festival, isWorkday: kind == HolidayKind.workday.rawValue, first: first, last: last,
                        line: document.position(of: entryPath)?.line)
    }

    private mutating func date(_ value: TOMLValue?, at path: TOMLPath, key: String) -> LocalDate? {
        var parsed: LocalDate?
        if let local = value?.localDate { parsed = LocalDate(year: local.year, month: local.month, day: local.day) }
        if let text = value?.string { parsed = LocalDate(iso: text) }
        guard let parsed, parsed.isValid else {
            report(at: path, value == nil ? Phrase("this day entry needs `%s = 2027-02-05` (a date)", key) : Phrase("`%s` should be a date like 2027-02-05", key))
            return nil
        }
        return parsed
    }

    /// A date that is both a day off and a workday cannot be right: which one the notice says is for a person to decide.
    private mutating func checkContradictions(_ entries: [DayEntry], year: Int) {
        var offAt: [Int: Int?] = [:]
        for entry in entries where !entry.isWorkday {
            for offset in 0...entry.first.days(until: entry.last) { offAt[entry.first.adding(days: offset).dayNumber] = entry.line }
        }
        for entry in entries where entry.isWorkday {
            for offset in 0...entry.first.days(until: entry.last) {
                let date = entry.first.adding(days: offset)
                guard let other = offAt[date.dayNumber] else { continue }
                problems.append(Problem(file: HolidayFile.name, line: entry.line, other.map {
                    Phrase("%s is both a workday here and a day off at line %d: keep the one the State Council's notice says", date, $0)
                } ?? Phrase("%s is both a workday here and a day off: keep the one the State Council's notice says", date)))
            }
        }
    }

    /// Entries grouped by festival: the days off span one break, the workdays pay for it.
    private static func breaks(of entries: [DayEntry]) -> [ChinaBreak] {
        var order: [ChinaFestival] = []
        for entry in entries where !order.contains(entry.festival) { order.append(entry.festival) }
        return order.compactMap { festival in
            let mine = entries.filter { $0.festival == festival }
            let off = mine.filter { !$0.isWorkday }
            guard let first = off.map(\.first).min(), let last = off.map(\.last).max() else { return nil }
            let workdays = mine.filter(\.isWorkday).flatMap { entry in
                (0...entry.first.days(until: entry.last)).map { entry.first.adding(days: $0) }
            }
            return ChinaBreak(festival, from: first, to: last, workdays: workdays.sorted())
        }
    }
}
