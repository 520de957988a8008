/// One self-contained HTML file (no external CSS, fonts or scripts) that prints on A4: for a
/// mail's HTML part, a browser, or a PDF engine. Chinese text is marked `lang="zh-CN"` wherever
/// it appears in a Latin-script document, so browsers and WeasyPrint choose a Simplified Chinese
/// font for it instead of a Japanese one.
public enum HTMLWriter {
    public static func write(_ body: DocumentBody) -> String {
        let lang = body.language
        var html = """
        <!DOCTYPE html>
        <html lang="\(lang.htmlCode)">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(body.title))</title>
        <style>\n\(stylesheet)</style>
        </head>
        <body>
        <h1>\(text(body.title, lang))</h1>\n
        """
        var openList = false
        func closeList() {
            if openList { html += "</ul>\n" }
            openList = false
        }
        for block in body.blocks {
            if case .entry = block {} else { closeList() }
            switch block {
            case .subtitle(let line):
                html += "<p class=\"subtitle\">\(text(line, lang))</p>\n"
            case .heading(let line):
                html += "<h2>\(text(line, lang))</h2>\n"
            case .entry(let time, let fields):
                if !openList { html += "<ul class=\"entries\">\n" }
                openList = true
                html += "<li><p class=\"time\">\(text(time, lang))</p>\n\(definitions(fields, lang))</li>\n"
            case .fields(let fields):
                html += definitions(fields, lang)
            case .paragraph(let line):
                html += "<p>\(text(line, lang))</p>\n"
            case .list(let items):
                html += "<ul>\n" + items.map { "<li>\(text($0, lang))</li>\n" }.joined() + "</ul>\n"
            case .table(let header, let rows):
                html += "<table>\n<thead><tr>" + header.map { "<th>\(text($0, lang))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
                html += rows.map { "<tr>" + $0.map { "<td>\(text($0, lang))</td>" }.joined() + "</tr>\n" }.joined()
                html += "</tbody>\n</table>\n"
            case .link(let label, let target):
                html += "<p class=\"link\">\(text(label, lang)): <a href=\"\(escape(target))\">\(escape(target))</a></p>\n"
            }
        }
        closeList()
        return html + "</body>\n</html>\n"
    }

    private static func definitions(_ fields: [Field], _ lang: DocumentLanguage) -> String {
        "<dl>\n" + fields.map { "<dt>\(text($0.label, lang))</dt><dd>\(text($0.value, lang))</dd>\n" }.joined() + "</dl>\n"
    }

    /// Escaped text with its Chinese runs marked when the document is not Chinese.
    static func text(_ line: String, _ documentLanguage: DocumentLanguage) -> String {
        guard documentLanguage != .zh else { return escape(line) }
        var out = ""
        var run = ""
        var runIsChinese = false
        func flush() {
            guard !run.isEmpty else { return }
            out += runIsChinese ? "<span lang=\"zh-CN\">\(escape(run))</span>" : escape(run)
            run = ""
        }
        for character in line {
            let chinese = isChinese(character)
            if chinese != runIsChinese { flush() }
            runIsChinese = chinese
            run.append(character)
        }
        flush()
        return out
    }

    /// Han characters and the full-width punctuation written with them (`，`, `（`, `。`).
    static func isChinese(_ character: Character) -> Bool {
        character.unicodeScalars.contains { scalar in
            scalar.properties.isIdeographic || (0x3000...0x303F).contains(scalar.value) || (0xFF00...0xFFEF).contains(scalar.value)
        }
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out.append(character)
            // A control character from a record is a parse error in HTML: shown as a replacement mark.
            case _ where character.unicodeScalars.contains { $0.properties.generalCategory == .control }: out += "\u{FFFD}"
            default: out.append(character)
            }
        }
        return out
    }

    /// A4 with margins that suit both a printer and a PDF; entries never split across pages.
    /// Noto CJK (Debian fonts-noto-cjk) covers Chinese; the others are what Windows and macOS have.
    public static let stylesheet = """
    @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
    html { font-family: "Noto Sans", "DejaVu Sans", "Helvetica Neue", Arial, "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; font-size: 11pt; line-height: 1.4; color: #111; }
    :lang(zh-CN) { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", sans-serif; }
    body { max-width: 178mm; margin: 1.5em auto; padding: 0 1em; }
    h1 { font-size: 18pt; margin: 0 0 .2em; }
    h2 { font-size: 13pt; margin: 1.2em 0 .4em; border-bottom: 1px solid #999; page-break-after: avoid; break-after: avoid; }
    .subtitle { margin: 0; color: #444; }
    ul.entries { list-style: none; padding: 0; margin: 0; }
    ul.entries > li { margin: 0 0 .8em; page-break-inside: avoid; break-inside: avoid; }
    .time { font-weight: bold; margin: 0; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: .2em 0 .6em 1.2em; }
    dt { color: #444; }
    dd { margin: 0; }
    table { border-collapse: collapse; width: 100%; margin: .6em 0; }
    th, td { border: 1px solid #999; padding: .25em .5em; text-align: left; vertical-align: top; }
    thead { display: table-header-group; }
    tr { page-break-inside: avoid; break-inside: avoid; }
    a { color: inherit; }
    @media print { body { margin: 0; padding: 0; max-width: none; } a { text-decoration: none; } }

    """
}
