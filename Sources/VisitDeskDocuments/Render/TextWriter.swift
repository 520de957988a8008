/// Plain text to paste into a mail or print in a terminal: indentation instead of markup, no
/// table borders (their alignment breaks with Chinese characters in proportional mail fonts).
public enum TextWriter {
    public static func write(_ body: DocumentBody) -> String {
        var lines = [body.title]
        for block in body.blocks {
            switch block {
            case .subtitle(let text):
                lines.append(text)
            case .heading(let text):
                lines += ["", text]
            case .entry(let time, let fields):
                lines.append("  " + time)
                lines += fields.map { "      \($0.labelled)\($0.value)" }
            case .fields(let fields):
                lines += [""] + fields.map { $0.labelled + $0.value }
            case .paragraph(let text):
                lines += ["", text]
            case .list(let items):
                lines += items.map { "  - " + $0 }
            case .table(let header, let rows):
                lines += ["", header.joined(separator: " | ")]
                lines += rows.map { $0.map { $0.isEmpty ? "–" : $0 }.joined(separator: " | ") }
            case .link(let label, let target):
                lines += ["", "\(label): \(target)"]
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
