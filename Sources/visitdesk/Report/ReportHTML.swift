import VisitDeskDomain

/// `report --format html`: one self-contained page (no scripts, fonts or images from elsewhere)
/// with the charts as inline SVG and every table, laid out to print on A4.
enum ReportHTML {
    static func page(_ report: SeasonReport, compare: SeasonReport?, tables: [ReportTable]) -> String {
        let heading = ReportText.heading(report, compare: compare)
        var body = "<h1>\(escape(heading[0]))</h1>\n"
        for line in heading.dropFirst() { body += "<p class=\"note\">\(escape(line))</p>\n" }
        body += "<section class=\"charts\">\n"
        body += figure("Funnel", ReportSVG.bars("Funnel", report.funnel.map { ($0.label, $0.count) }))
        body += figure("Requests received per month", ReportSVG.columns("Requests received per month", report.byMonth.map { (String($0.month.suffix(2)), $0.received.count) }))
        body += figure("Interests", ReportSVG.bars("Interests", report.byInterest.prefix(12).map { ($0.label, $0.count) }))
        body += figure("Hosts (visits)", ReportSVG.bars("Hosts (visits)", report.byHost.prefix(12).map { (hostLabel($0), $0.count) }))
        body += "</section>\n"
        for table in tables { body += section(table) }
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape("VisitDesk report " + report.period.label))</title>
            <style>
            body { font-family: "Noto Sans", "Noto Sans CJK SC", sans-serif; color: #111; background: #fff; max-width: 60rem; margin: 1rem auto; padding: 0 1rem; }
            h1 { font-size: 1.4rem; } h2 { font-size: 1.1rem; margin-top: 1.5rem; }
            .note { color: #444; }
            .charts { display: flex; flex-wrap: wrap; gap: 1rem; }
            figure { margin: 0; flex: 1 1 26rem; } figcaption { font-weight: bold; margin-bottom: .3rem; }
            table { border-collapse: collapse; } th, td { padding: .15rem .6rem; border-bottom: 1px solid #ccc; text-align: left; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            svg text { font-size: 12px; fill: #111; } svg rect { fill: #3a6ea5; }
            @media print { body { max-width: none; margin: 0; } section, figure { break-inside: avoid; } svg rect { fill: #555; } }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>
            """
    }

    private static func hostLabel(_ row: ReportRow) -> String {
        row.labelZh.map { "\(row.label) \($0)" } ?? row.label
    }

    private static func figure(_ caption: String, _ svg: String) -> String {
        "<figure>\n<figcaption>\(escape(caption))</figcaption>\n\(svg)</figure>\n"
    }

    private static func section(_ table: ReportTable) -> String {
        var out = "<section id=\"\(table.id)\">\n<h2>\(escape(table.title))</h2>\n"
        guard !table.rows.isEmpty else { return out + "<p>(none)</p>\n</section>\n" }
        let hasZh = table.rows.contains { !$0.labelZh.isEmpty }
        out += "<table>\n<thead><tr><th></th>" + (hasZh ? "<th lang=\"zh\">中文</th>" : "")
            + table.columns.map { "<th class=\"n\">\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for line in table.rows {
            out += "<tr><td>\(escape(line.label))</td>" + (hasZh ? "<td>\(escape(line.labelZh))</td>" : "")
                + line.values.map { "<td class=\"n\">\(escape($0))</td>" }.joined() + "</tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    /// Text for HTML and SVG: markup characters escaped, control characters dropped, and Chinese
    /// wrapped in `lang="zh"` so browsers and screen readers pick the right font and voice.
    static func escape(_ text: String) -> String {
        isChinese(text) ? "<span lang=\"zh\">\(markup(text))</span>" : markup(text)
    }

    /// Markup characters escaped and control characters dropped (valid in HTML and in XML).
    static func markup(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.properties.generalCategory != .control }))
            .replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func isChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3400...0x9FFF).contains($0.value) || (0xF900...0xFAFF).contains($0.value) || $0.value >= 0x20000 }
    }
}

/// The report's charts as SVG 1.1 that is also well-formed XML (checked in the CLI tests).
enum ReportSVG {
    typealias Bar = (label: String, value: Int)

    /// Horizontal bars, one row per label, the largest value filling the width.
    static func bars(_ title: String, _ rows: [Bar]) -> String {
        let (rowHeight, labelWidth, barWidth) = (20, 200, 260)
        return chart(title, rows, width: labelWidth + barWidth + 50, height: rows.count * rowHeight + 4) { index, row, maximum in
            let y = index * rowHeight + 2
            let width = row.value * barWidth / maximum
            return "<text x=\"0\" y=\"\(y + 14)\"\(lang(row.label))>\(text(row.label))</text>"
                + "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(width)\" height=\"\(rowHeight - 6)\"/>"
                + "<text x=\"\(labelWidth + width + 4)\" y=\"\(y + 14)\">\(row.value)</text>\n"
        }
    }

    /// Vertical columns (requests per month), each labelled below with its value above.
    static func columns(_ title: String, _ rows: [Bar]) -> String {
        let (columnWidth, chartHeight) = (34, 120)
        return chart(title, rows, width: rows.count * columnWidth + 4, height: chartHeight + 40) { index, row, maximum in
            let x = index * columnWidth + 2
            let height = row.value * chartHeight / maximum
            return "<rect x=\"\(x + 4)\" y=\"\(chartHeight + 16 - height)\" width=\"\(columnWidth - 8)\" height=\"\(height)\"/>"
                + "<text x=\"\(x + 6)\" y=\"\(chartHeight + 12 - height)\">\(row.value)</text>"
                + "<text x=\"\(x + 6)\" y=\"\(chartHeight + 32)\">\(text(row.label))</text>\n"
        }
    }

    /// One `<svg>` with a drawing per row; "(none)" instead of an empty chart.
    private static func chart(_ title: String, _ rows: [Bar], width: Int, height: Int, row draw: (Int, Bar, Int) -> String) -> String {
        guard !rows.isEmpty else { return "<p>(none)</p>\n" }
        let maximum = max(1, rows.map(\.value).max() ?? 1)
        var svg = open(width: width, height: height) + "<title>\(ReportHTML.markup(title))</title>\n"
        for (index, row) in rows.enumerated() { svg += draw(index, row, maximum) }
        return svg + "</svg>\n"
    }

    private static func open(width: Int, height: Int) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\">\n"
    }

    private static func text(_ label: String) -> String {
        ReportHTML.markup(label.count > 30 ? String(label.prefix(29)) + "…" : label)
    }

    private static func lang(_ label: String) -> String {
        ReportHTML.isChinese(label) ? " lang=\"zh\"" : ""
    }
}
