/// CommonMark with pipe tables (GitHub flavour): for a wiki, a chat or a Markdown-to-PDF tool.
public enum MarkdownWriter {
    public static func write(_ body: DocumentBody) -> String {
        var lines = ["# " + escape(body.title)]
        for block in body.blocks {
            switch block {
            case .subtitle(let text):
                lines += ["", "*\(escape(text))*"]
            case .heading(let text):
                lines += ["", "## " + escape(text), ""]
            case .entry(let time, let fields):
                lines.append("- **\(escape(time))**")
                lines += fields.map { "  - \(escape($0.labelled))\(escape($0.value))" }
            case .fields(let fields):
                separate(&lines)
                lines += fields.map { "- **\(escape($0.label))\($0.colon)** \(escape($0.value))" }
            case .paragraph(let text):
                lines += ["", escape(text)]
            case .list(let items):
                separate(&lines)
                lines += items.map { "- " + escape($0) }
            case .table(let header, let rows):
                lines += ["", row(header), row(header.map { _ in "---" })] + rows.map(row)
            case .link(let label, let target):
                lines += ["", "\(escape(label)): [\(escape(target))](\(target.replacingOccurrences(of: " ", with: "%20")))"]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A blank line before a list, unless a heading just left one.
    private static func separate(_ lines: inout [String]) {
        if lines.last != "" { lines.append("") }
    }

    private static func row(_ cells: [String]) -> String {
        "| " + cells.map(escape).joined(separator: " | ") + " |"
    }

    /// Backslash before the characters that would start markup inside a line.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            if "\\`*_[]<>|#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
