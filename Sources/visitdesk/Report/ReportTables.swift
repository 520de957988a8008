import VisitDeskDomain

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

/// Builds the tables from a report and, with `--compare`, a second one beside it.
enum ReportTables {
    static func build(_ report: SeasonReport, compare: SeasonReport?) -> [ReportTable] {
        let other = compare.map { " " + $0.period.label } ?? ""
        func people(_ r: SeasonReport) -> Int { r.byStatus.reduce(0) { $0 + $1.people } }
        var summary = ReportTable(id: "summary", title: "Summary", columns: [report.period.label] + (compare.map { [$0.period.label] } ?? []), rows: [])
        let figures: [(String, String, (SeasonReport) -> Int)] = [
            ("received", "requests received", { $0.received.count }),
            ("visited_in_period", "groups that visited", { $0.visitedInPeriod.count }),
            ("confirmed_upcoming", "confirmed, still to come", { $0.confirmedUpcoming.count }),
            ("people", "people in the requests", people),
            ("people_visited", "people who visited", { $0.visitedInPeriod.people }),
        ]
        summary.rows = figures.map { key, label, value in
            ReportTable.Line(key: key, label: label, labelZh: "", values: [String(value(report))] + (compare.map { [String(value($0))] } ?? []))
        }
        var tables = [summary]
        tables.append(rows("funnel", "Funnel (status \(report.statusesWhen))", report.funnel, compare?.funnel, other, people: false))
        tables.append(rows("by_status", "By status \(report.statusesWhen)", report.byStatus, compare?.byStatus, other, people: true))
        tables.append(reasons(report, compare, other))
        tables.append(rows("by_interest", "By interest (a request counts once per interest)", report.byInterest, compare?.byInterest, other, people: true))
        tables.append(rows("by_origin", "By origin (region)", report.byOrigin, compare?.byOrigin, other, people: true))
        tables.append(rows("by_direction", "By direction", report.byDirection, compare?.byDirection, other, people: true))
        tables.append(rows("by_host", "By host (visits in the period)", report.byHost, compare?.byHost, other, people: true, count: "visits"))
        tables.append(rows("by_host_organisation", "By host organisation", report.byHostOrganisation, compare?.byHostOrganisation, other,
                           people: true, count: "visits"))
        tables.append(rows("by_owner", "By owner", report.byOwner, compare?.byOwner, other, people: true))
        tables.append(months(report, compare, other))
        tables.append(leadTimes(report, compare))
        tables.append(notCounted(report))
        return tables
    }

    private static func rows(_ id: String, _ title: String, _ rows: [ReportRow], _ compare: [ReportRow]?, _ other: String,
                             people: Bool, count: String = "count") -> ReportTable {
        var columns = [count] + (people ? ["people"] : [])
        if compare != nil { columns.append(count + other) }
        let before = Dictionary((compare ?? []).map { ($0.key, $0.count) }, uniquingKeysWith: { a, _ in a })
        var lines = rows.map { row in
            ReportTable.Line(key: row.key, label: row.label, labelZh: row.labelZh ?? "",
                             values: [String(row.count)] + (people ? [String(row.people)] : []) + (compare != nil ? [String(before[row.key] ?? 0)] : []))
        }
        let shown = Set(rows.map(\.key))
        for row in compare ?? [] where !shown.contains(row.key) {
            lines.append(ReportTable.Line(key: row.key, label: row.label, labelZh: row.labelZh ?? "",
                                          values: ["0"] + (people ? ["0"] : []) + [String(row.count)]))
        }
        return ReportTable(id: id, title: title, columns: columns, rows: lines, barColumn: 0)
    }

    private static func reasons(_ report: SeasonReport, _ compare: SeasonReport?, _ other: String) -> ReportTable {
        func asRows(_ r: SeasonReport) -> [ReportRow] {
            r.closedReasons.map {
                ReportRow(key: $0.status.rawValue + ": " + $0.reason.lowercased(),
                          label: $0.status.rawValue + ": " + ($0.reason.isEmpty ? "(no reason given)" : $0.reason), ids: $0.ids)
            }
        }
        return rows("decline_reasons", "Declined and cancelled, by reason", asRows(report), compare.map(asRows), other, people: false)
    }

    private static func months(_ report: SeasonReport, _ compare: SeasonReport?, _ other: String) -> ReportTable {
        let columns = ["received", "visits"] + (compare != nil ? ["received" + other] : [])
        let lines = report.byMonth.enumerated().map { index, month in
            let before = compare.flatMap { index < $0.byMonth.count ? $0.byMonth[index].received.count : nil }
            return ReportTable.Line(key: month.month, label: month.month, labelZh: "",
                                    values: [String(month.received.count), String(month.visits.count)] + (compare != nil ? [String(before ?? 0)] : []))
        }
        return ReportTable(id: "by_month", title: "Requests and visits per month", columns: columns, rows: lines, barColumn: 0)
    }

    private static func leadTimes(_ report: SeasonReport, _ compare: SeasonReport?) -> ReportTable {
        var lines: [ReportTable.Line] = []
        for r in [report] + (compare.map { [$0] } ?? []) {
            let suffix = r.period == report.period ? "" : " (\(r.period.label))"
            lines.append(spreadLine("received_to_decision", "received → decision" + suffix, r.leadTimes.toDecision,
                                    missing: "no decision dates (needs the store's history)"))
            lines.append(spreadLine("received_to_visit", "received → visit" + suffix, r.leadTimes.toVisit, missing: "no visits"))
        }
        return ReportTable(id: "lead_time_days", title: "Lead times in days", columns: ["count", "min", "q1", "median", "q3", "max"], rows: lines)
    }

    private static func spreadLine(_ key: String, _ label: String, _ spread: Spread?, missing: String) -> ReportTable.Line {
        guard let spread else { return ReportTable.Line(key: key, label: label + ": " + missing, labelZh: "", values: ["0", "", "", "", "", ""]) }
        return ReportTable.Line(key: key, label: label, labelZh: "", values: [
            String(spread.count), String(spread.min), number(spread.lowerQuartile), number(spread.median), number(spread.upperQuartile), String(spread.max),
        ])
    }

    private static func notCounted(_ report: SeasonReport) -> ReportTable {
        let lines = report.notCounted.map { item in
            let shown = item.ids.prefix(8).joined(separator: " ") + (item.count > 8 ? " …" : "")
            return ReportTable.Line(key: item.reason.rawValue, label: item.reason.explanation, labelZh: "", values: [String(item.count), shown])
        }
        return ReportTable(id: "not_counted", title: "Not counted", columns: ["count", "ids"], rows: lines)
    }

    /// 45 for a whole number, 66.5 otherwise: quartiles fall on halves and quarters.
    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
