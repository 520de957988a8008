/// A document as a short list of blocks, independent of the output format: the programme, the
/// name list and the letters are laid out once and written as text, Markdown or HTML by the
/// writers beside this file, so the three formats cannot say different things.
public struct DocumentBody: Sendable {
    /// The language the document leads with (the HTML `lang`, the PDF's fonts).
    public var language: DocumentLanguage
    public var title: String
    public var blocks: [Block]

    public init(language: DocumentLanguage, title: String, blocks: [Block]) {
        self.language = language
        self.title = title
        self.blocks = blocks
    }
}

/// A labelled value: `Place: Dalarna Science Park`.
public struct Field: Sendable, Hashable {
    public var label: String
    public var value: String

    public init(_ label: String, _ value: String) {
        self.label = label
        self.value = value
    }

    /// The full-width colon after a Chinese label (`地点：`), as Chinese text writes it.
    var colon: String {
        guard let last = label.last, HTMLWriter.isChinese(last) else { return ":" }
        return "："
    }

    /// `Place: `, `地点：`
    var labelled: String { label + colon + (colon == ":" ? " " : "") }
}

public enum Block: Sendable, Hashable {
    /// A line under the title (the document's kind, the delegation's other-script title).
    case subtitle(String)
    /// A section heading: a day of the programme, "Contacts".
    case heading(String)
    /// One item of a day: its times as a line, then its labelled details.
    case entry(time: String, fields: [Field])
    case fields([Field])
    case paragraph(String)
    case list([String])
    case table(header: [String], rows: [[String]])
    /// A reference to a file that goes with the document (the `.ics` of the visit).
    case link(label: String, target: String)
}
