import VisitDeskDomain
import VisitDeskUI

/// One table of the report as text cells: what the text, Markdown, CSV and HTML outputs share,
/// so the five formats cannot disagree on a figure.
struct ReportTable {
    /// The section's name, as in the JSON keys (`by_interest`); the CSV's first column.
    var id: String
    var title: String
    /// Names of the value columns (after key and label).
    var columns: [String]
    var rows: [Line]
    /// The value column the text output draws bars for.
    var barColumn: Int?

    struct Line {
        var key: String
        var label: String
        var labelZh: String
        var values: [String]
    }
}

/// Builds the tables from a report and, with `--compare`, a second one beside it. `l10n`: the
/// language of the titles, column names and the words of the files (statuses, directions) for
/// the text and Markdown a person reads; CSV and HTML are built in English. Names and ids, the
/// data itself, stay as written.
enum ReportTables {
    static func build(_ report: SeasonReport, compare: SeasonReport?, l10n: Localization = .of(.en)) -> [ReportTable] {
        let other = compare.map { " " + $0.period.label } ?? ""
        func people(_ r: SeasonReport) -> Int { r.byStatus.reduce(0) { $0 + $1.people } }
        var summary = ReportTable(id: "summary", title: l10n.text("Summary"), columns: [report.period.label] + (compare.map { [$0.period.label] } ?? []), rows: [])
        let figures: [(String, String, (SeasonReport) -> Int)] = [
            ("received", l10n.text("requests received"), { $0.received.count }),
            ("visited_in_period", l10n.text("groups that visited"), { $0.visitedInPeriod.count }),
            ("confirmed_upcoming", l10n.text("confirmed, still to come"), { $0.confirmedUpcoming.count }),
            ("people", l10n.text("people in the requests"), people),
            ("people_visited", l10n.text("people who visited"), { $0.visitedInPeriod.people }),
        ]
        summary.rows = figures.map { key, label, value in
            ReportTable.Line(key: key, label: label, labelZh: "", values: [String(value(report))] + (compare.map { [String(value($0))] } ?? []))
        }
        let now = report.statusesAreToday, day = report.period.to.description
        let words = Words(l10n: l10n, other: other)
        var tables = [summary]
        tables.append(rows("funnel", now ? l10n.text("Funnel (status now)") : l10n.format("Funnel (status on %s)", day),
                           report.funnel, compare?.funnel, words, people: false, labels: { l10n.text($0, context: "funnel") }))
        tables.append(rows("by_status", now ? l10n.text("By status now") : l10n.format("By status on %s", day),
                           report.byStatus, compare?.byStatus, words, people: true, labels: { l10n.text($0, context: "status") }))
        tables.append(reasons(report, compare, words))
        tables.append(rows("by_interest", l10n.text("By interest (a request counts once per interest)"), report.byInterest, compare?.byInterest, words, people: true))
        tables.append(rows("by_origin", l10n.text("By origin (region)"), report.byOrigin, compare?.byOrigin, words, people: true))
        tables.append(rows("by_direction", l10n.text("By direction"), report.byDirection, compare?.byDirection, words, people: true,
                           labels: { l10n.text($0, context: "direction") }))
        tables.append(rows("by_host", l10n.text("By host (visits in the period)"), report.byHost, compare?.byHost, words, people: true, count: l10n.text("visits")))
        tables.append(rows("by_host_organisation", l10n.text("By host organisation"), report.byHostOrganisation, compare?.byHostOrganisation, words,
                           people: true, count: l10n.text("visits")))
        tables.append(rows("by_owner", l10n.text("By owner"), report.byOwner, compare?.byOwner, words, people: true))
        tables.append(months(report, compare, words))
        tables.append(leadTimes(report, compare, l10n))
        tables.append(notCounted(report, l10n))
        return tables
    }

    /// The language and the compared period's label, which every table's builder needs.
    private struct Words {
        var l10n: Localization
        /// ` 2025/26` after a column of the compared period, empty without one.
        var other: String
    }

    private static func rows(_ id: String, _ title: String, _ rows: [ReportRow], _ compare: [ReportRow]?, _ words: Words,
                             people: Bool, count: String? = nil, labels: (String) -> String = { $0 }) -> ReportTable {
        let count = count ?? words.l10n.text("count")
        var columns = [count] + (people ? [words.l10n.text("people")] : [])
        if compare != nil { columns.append(count + words.other) }
        let before = Dictionary((compare ?? []).map { ($0.key, $0.count) }, uniquingKeysWith: { a, _ in a })
        var lines = rows.map { row in
            ReportTable.Line(key: row.key, label: labels(row.label), labelZh: row.labelZh ?? "",
                             values: [String(row.count)] + (people ? [String(row.people)] : []) + (compare != nil ? [String(before[row.key] ?? 0)] : []))
        }
        let shown = Set(rows.map(\.key))
        for row in compare ?? [] where !shown.contains(row.key) {
            lines.append(ReportTable.Line(key: row.key, label: labels(row.label), labelZh: row.labelZh ?? "",
                                          values: ["0"] + (people ? ["0"] : []) + [String(row.count)]))
        }
        return ReportTable(id: id, title: title, columns: columns, rows: lines, barColumn: 0)
    }

    private static func reasons(_ report: SeasonReport, _ compare: SeasonReport?, _ words: Words) -> ReportTable {
        let l10n = words.l10n
        func asRows(_ r: SeasonReport) -> [ReportRow] {
            r.closedReasons.map {
                ReportRow(key: $0.status.rawValue + ": " + $0.reason.lowercased(),
                          label: l10n.format("%s: %s", l10n.text($0.status.rawValue, context: "status"), $0.reason.isEmpty ? l10n.text("(no reason given)") : $0.reason),
                          ids: $0.ids)
            }
        }
        return rows("decline_reasons", l10n.text("Declined and cancelled, by reason"), asRows(report), compare.map(asRows), words, people: false)
    }

    private static func months(_ report: SeasonReport, _ compare: SeasonReport?, _ words: Words) -> ReportTable {
        let (received, other) = (words.l10n.text("received", context: "report column"), words.other)
        let columns = [received, words.l10n.text("visits")] + (compare != nil ? [received + other] : [])
        let lines = report.byMonth.enumerated().map { index, month in
            let before = compare.flatMap { index < $0.byMonth.count ? $0.byMonth[index].received.count : nil }
            return ReportTable.Line(key: month.month, label: month.month, labelZh: "",
                                    values: [String(month.received.count), String(month.visits.count)] + (compare != nil ? [String(before ?? 0)] : []))
        }
        return ReportTable(id: "by_month", title: words.l10n.text("Requests and visits per month"), columns: columns, rows: lines, barColumn: 0)
    }

    private static func leadTimes(_ report: SeasonReport, _ compare: SeasonReport?, _ l10n: Localization) -> ReportTable {
        var lines: [ReportTable.Line] = []
        for r in [report] + (compare.map { [$0] } ?? []) {
            let suffix = r.period == report.period ? "" : " (\(r.period.label))"
            lines.append(spreadLine("received_to_decision", l10n.text("received → decision") + suffix, r.leadTimes.toDecision,
                                    missing: l10n.text("no decision dates (needs the store's history)")))
            lines.append(spreadLine("received_to_visit", l10n.text("received → visit") + suffix, r.leadTimes.toVisit, missing: l10n.text("no visits")))
        }
        let columns = [l10n.text("count"), l10n.text("min"), "q1", l10n.text("median"), "q3", l10n.text("max")]
        return ReportTable(id: "lead_time_days", title: l10n.text("Lead times in days"), columns: columns, rows: lines)
    }

    private static func spreadLine(_ key: String, _ label: String, _ spread: Spread?, missing: String) -> ReportTable.Line {
        guard let spread else { return ReportTable.Line(key: key, label: label + ": " + missing, labelZh: "", values: ["0", "", "", "", "", ""]) }
        return ReportTable.Line(key: key, label: label, labelZh: "", values: [
            String(spread.count), String(spread.min), number(spread.lowerQuartile), number(spread.median), number(spread.upperQuartile), String(spread.max),
        ])
    }

    private static func notCounted(_ report: SeasonReport, _ l10n: Localization) -> ReportTable {
        let lines = report.notCounted.map { item in
            let shown = item.ids.prefix(8).joined(separator: " ") + (item.count > 8 ? " …" : "")
            return ReportTable.Line(key: item.reason.rawValue, label: l10n.text(item.reason.explanation), labelZh: "", values: [String(item.count), shown])
        }
        return ReportTable(id: "not_counted", title: l10n.text("Not counted"), columns: [l10n.text("count"), l10n.text("ids")], rows: lines)
    }

    /// 45 for a whole number, 66.5 otherwise: quartiles fall on halves and quarters.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
