import VisitDeskDomain

/// One line of the report view: a section heading, a figure with the delegations behind it, or
/// a note. Built once per report (when the view opens, the period changes or the store
/// changes), so drawing a frame is only copying text into the grid.
public struct ReportLine: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case heading, row, note }

    public var kind: Kind
    public var label: String
    public var count: Int
    /// Shown in the people column when the section counts people.
    public var people: Int?
    /// The delegations behind `count` (for "not counted: file did not load", file names).
    public var ids: [String]
    /// The largest count in the section: the bar's full width.
    public var maximum: Int
    /// The catalogue context of `label` when it is a word of the files (`status` for `on-hold`,
    /// `direction` for `inbound`), which is translated as the lists translate it; nil for text.
    public var context: String? = nil
    /// The values of `label`'s placeholders (`By status %s` with the day the statuses are from).
    public var arguments: [String] = []

    /// The label in the language: the English stays in the state (it is the catalogue's key).
    public func shown(_ l10n: Localization) -> String {
        Phrase.fill(context.map { l10n.text(label, context: $0) } ?? l10n.text(label), arguments)
    }

    static func heading(_ text: String, _ arguments: String...) -> ReportLine {
        ReportLine(kind: .heading, label: text, count: 0, people: nil, ids: [], maximum: 0, arguments: arguments)
    }

    static func note(_ text: String) -> ReportLine {
        ReportLine(kind: .note, label: text, count: 0, people: nil, ids: [], maximum: 0)
    }
}

/// The report's figures as lines, in the order the view shows them.
enum ReportLines {
    static func build(_ report: SeasonReport) -> [ReportLine] {
        var lines: [ReportLine] = []
        if report.isEmpty { lines.append(.note(Localization.key("This period is empty: no requests were received and no group visited in it."))) }
        let summary = [(Localization.key("requests received"), report.received), (Localization.key("groups that visited"), report.visitedInPeriod),
                       (Localization.key("confirmed, still to come"), report.confirmedUpcoming)]
        addSection("Summary", summary.map { (label: $0.0, row: $0.1) }, people: true, into: &lines)
        // Statuses of today, or of the period's last day (from the store's history).
        let now = report.statusesAreToday
        let day = [report.period.to.description]
        addSection(now ? Localization.key("Funnel (status now)") : Localization.key("Funnel (status on %s)"),
                   report.funnel.map { (label: $0.label, row: $0) }, people: false, into: &lines, context: "funnel", arguments: now ? [] : day)
        addSection(now ? Localization.key("By status now") : Localization.key("By status on %s"),
                   report.byStatus.map { (label: $0.label, row: $0) }, people: true, into: &lines, context: "status", arguments: now ? [] : day)
        addSection("By interest (once per request)", labelled(report.byInterest), people: true, into: &lines)
        addSection("By origin", labelled(report.byOrigin), people: true, into: &lines)
        addSection("By direction", labelled(report.byDirection), people: true, into: &lines, context: "direction")
        addSection("By host (visits in the period)", labelled(report.byHost), people: true, into: &lines)
        addSection("By host organisation", labelled(report.byHostOrganisation), people: true, into: &lines)
        addSection("By owner", labelled(report.byOwner), people: true, into: &lines)
        let reasons = report.closedReasons.map {
            (label: "\($0.status.rawValue): \($0.reason.isEmpty ? "(no reason given)" : $0.reason)", row: ReportRow(key: "", ids: $0.ids))
        }
        addSection("Declined and cancelled, by reason", reasons, people: false, into: &lines)
        addSection("Requests received per month", report.byMonth.map { (label: $0.month, row: ReportRow(key: $0.month, ids: $0.received)) },
                people: false, into: &lines)
        lines.append(.heading(Localization.key("Lead times in days")))
        lines.append(.note("received → visit: " + spreadText(report.leadTimes.toVisit)))
        lines.append(.note("received → decision: " + (report.leadTimes.toDecision.map(spreadText) ?? "needs the store's history (statuses are today's)")))
        let missing = report.notCounted.map { (label: $0.reason.explanation, row: ReportRow(key: $0.reason.rawValue, ids: $0.ids)) }
        addSection("Not counted", missing, people: false, into: &lines)
        return lines
    }

    /// A row's label with its Chinese name after it (`Erik Sjöberg 埃里克`).
    private static func labelled(_ rows: [ReportRow]) -> [(label: String, row: ReportRow)] {
        rows.map { row in (label: row.labelZh.map { "\(row.label) \($0)" } ?? row.label, row: row) }
    }

    /// `context`: the rows' labels are words of the files, translated in that catalogue context.
    private static func addSection(_ title: String, _ rows: [(label: String, row: ReportRow)], people: Bool, into lines: inout [ReportLine],
                                   context: String? = nil, arguments: [String] = []) {
        lines.append(ReportLine(kind: .heading, label: title, count: 0, people: nil, ids: [], maximum: 0, arguments: arguments))
        guard !rows.isEmpty else { return lines.append(.note(Localization.key("(none)"))) }
        let maximum = rows.map(\.row.count).max() ?? 0
        for (label, row) in rows {
            lines.append(ReportLine(kind: .row, label: label, count: row.count, people: people ? row.people : nil, ids: row.ids, maximum: maximum,
                                    context: context))
        }
    }

    static func spreadText(_ spread: Spread?) -> String {
        guard let s = spread else { return "none" }
        func n(_ value: Double) -> String { value == value.rounded() ? String(Int(value)) : String(value) }
        return "median \(n(s.median)), quartiles \(n(s.lowerQuartile))–\(n(s.upperQuartile)), range \(s.min)–\(s.max), \(s.count) groups"
    }
}
