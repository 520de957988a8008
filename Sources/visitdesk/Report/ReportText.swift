import VisitDeskDomain
import VisitDeskUI

/// The report as aligned text (with bars) and as Markdown tables.
enum ReportText {
    /// What every format says first: the period, the date, and that statuses are today's.
    static func heading(_ report: SeasonReport, compare: SeasonReport?, l10n: Localization = .of(.en)) -> [String] {
        let period = report.period
        var lines = [l10n.format("Report %s (%s – %s), as of %s", period.label, period.from, period.to, report.today)]
        if let compare { lines.append(l10n.format("Compared with %s (%s – %s)", compare.period.label, compare.period.from, compare.period.to)) }
        if !report.statusesAreToday {
            lines.append(l10n.format("Statuses as they stood on %s, from the store's git history.", period.to))
        } else if period.to < report.today {
            lines.append(l10n.text("Statuses are today's: the store has no git history to read, so an earlier period shows where its requests stand now."))
        } else {
            lines.append(l10n.text("Statuses are today's."))
        }
        if report.isEmpty { lines.append(l10n.text("This period is empty: no requests were received and no group visited in it.")) }
        return lines
    }

    static let barWidth = 20

    static func plain(_ tables: [ReportTable], report: SeasonReport, compare: SeasonReport?, l10n: Localization = .of(.en)) -> String {
        var out = heading(report, compare: compare, l10n: l10n).joined(separator: "\n") + "\n"
        for table in tables {
            out += "\n" + table.title + "\n"
            guard !table.rows.isEmpty else { out += "  " + l10n.text("(none)") + "\n"; continue }
            let hasZh = table.rows.contains { !$0.labelZh.isEmpty }
            let maximum = table.barColumn.map { column in table.rows.map { Int($0.values[column]) ?? 0 }.max() ?? 0 } ?? 0
            let header = [""] + (hasZh ? [""] : []) + table.columns + (table.barColumn != nil ? [""] : [])
            let rows = table.rows.map { line in
                [cut(line.label)] + (hasZh ? [cut(line.labelZh)] : []) + line.values
                    + (table.barColumn.map { [BarText.bar(Int(line.values[$0]) ?? 0, of: maximum, width: barWidth)] } ?? [])
            }
            out += TextTable.render(header: header, rows: rows).split(separator: "\n", omittingEmptySubsequences: false)
                .map { "  " + $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }.joined(separator: "\n") + "\n"
        }
        return out
    }

    /// Labels longer than 60 cells (a reason written as a paragraph) are cut with `…`.
    static func cut(_ label: String) -> String {
        String(TextFitting.fit(TextTable.clean(label), width: 60).glyphs.map(\.character))
    }

    static func markdown(_ tables: [ReportTable], report: SeasonReport, compare: SeasonReport?, l10n: Localization = .of(.en)) -> String {
        var out = "# " + heading(report, compare: compare, l10n: l10n).map(cell).joined(separator: "\n\n") + "\n"
        for table in tables {
            out += "\n## \(cell(table.title))\n\n"
            guard !table.rows.isEmpty else { out += l10n.text("(none)") + "\n"; continue }
            let hasZh = table.rows.contains { !$0.labelZh.isEmpty }
            let header = ["", ] + (hasZh ? ["中文"] : []) + table.columns
            out += "| " + header.map(cell).joined(separator: " | ") + " |\n"
            out += "|" + header.enumerated().map { $0.offset == 0 || (hasZh && $0.offset == 1) ? "---|" : "---:|" }.joined() + "\n"
            for line in table.rows {
                let cells = [line.label] + (hasZh ? [line.labelZh] : []) + line.values
                out += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
            }
        }
        return out
    }

    /// One Markdown table cell: no line breaks or control characters, `|` escaped.
    static func cell(_ text: String) -> String {
        TextTable.clean(text).replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
    }
}

/// One CSV table for spreadsheets: `section,key,label,label_zh` and the section's values in
/// `value1…value6` (their names are in the JSON docs), quoted as RFC 4180 says.
enum ReportCSV {
    static func text(_ tables: [ReportTable]) -> String {
        let width = tables.map(\.columns.count).max() ?? 0
        var lines = [(["section", "key", "label", "label_zh"] + (1...max(1, width)).map { "value\($0)" }).map(field).joined(separator: ",")]
        for table in tables {
            // A row naming the section's value columns, so a spreadsheet reader knows what value1… mean.
            lines.append(([table.id, "#columns", "", ""] + padded(table.columns, width)).map(field).joined(separator: ","))
            for line in table.rows {
                lines.append(([table.id, line.key, line.label, line.labelZh] + padded(line.values, width)).map(field).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    private static func padded(_ values: [String], _ width: Int) -> [String] {
        values + Array(repeating: "", count: max(0, width - values.count))
    }

    /// Control characters (an escape sequence pasted into a reason) become spaces, so nothing raw
    /// reaches a terminal; quoted when it holds a comma or a quote, quotes doubled.
    static func field(_ text: String) -> String {
        let clean = TextTable.clean(text)
        guard clean.contains(where: { $0 == "," || $0 == "\"" }) else { return clean }
        return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
