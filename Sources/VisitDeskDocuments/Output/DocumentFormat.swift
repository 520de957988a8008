/// The written forms of a document.
public enum DocumentFormat: String, CaseIterable, Sendable {
    case text, md, html, pdf, csv, eml

    /// Writes a laid-out document as text, Markdown or HTML (PDF is made from the HTML by an
    /// engine outside this module; CSV and mail have writers of their own).
    public static func write(_ body: DocumentBody, as format: DocumentFormat) -> String {
        switch format {
        case .md: return MarkdownWriter.write(body)
        case .html, .pdf, .eml: return HTMLWriter.write(body)
        case .text, .csv: return TextWriter.write(body)
        }
    }
}
