import VisitDeskDocuments

/// What the preview's `w` and `o` write, chosen with `f` (and `a` for a letter's attachments).
/// Text is first because it is what the preview shows; the rest are what goes out.
enum DocumentOutput {
    /// The formats `f` steps through: a programme or name list as text, HTML or PDF; a letter as
    /// text or a ready-to-send message.
    static func formats(for kind: DocumentPreview.Kind) -> [DocumentFormat] {
        if case .letter = kind { return [.text, .eml] }
        return [.text, .html, .pdf]
    }

    /// `.txt`, `.html`, `.pdf`, `.eml`: the file name's ending and the header's word for it.
    static func fileExtension(_ format: DocumentFormat) -> String {
        format == .text ? "txt" : format.rawValue
    }
}

/// What a letter's `.eml` carries besides the text, `a` stepping through them.
public enum LetterAttachments: String, CaseIterable, Sendable, Equatable {
    case none, calendar, pdf, both

    var calendar: Bool { self == .calendar || self == .both }
    var pdf: Bool { self == .pdf || self == .both }

    /// For the preview's header after ".eml" (short: the header has 80 columns at worst).
    var label: String {
        switch self {
        case .none: return "without attachments"
        case .calendar: return "+ .ics"
        case .pdf: return "+ PDF"
        case .both: return "+ .ics + PDF"
        }
    }
}

/// A document on its way to `export/`, as `update` asks for it: everything the runner needs is in
/// the request, so the slow parts (a PDF engine, the attachments) run off the main loop on values.
public struct DocumentWrite: Hashable, Sendable {
    public enum Content: Hashable, Sendable {
        /// Text or HTML, written as it is.
        case text(String)
        /// A PDF, made from this HTML by an engine on the machine.
        case pdf(html: String)
        /// A mail, with the attachments the runner adds (a PDF engine, the store's calendar).
        case mail(MailMessage, MailAttachmentRequest)
    }

    /// The name inside the store's `export/` folder.
    public var fileName: String
    public var content: Content
    /// Replace a file of the same name (`W`); otherwise an existing one is kept.
    public var replace: Bool
    /// Open the file with the desktop's program afterwards (`o`).
    public var open: Bool
}

/// The attachments a mail asks for, to be made by the runner: the delegation's slots as iCalendar
/// (from the store's catalog) and the programme as PDF (from its HTML).
public struct MailAttachmentRequest: Hashable, Sendable {
    /// The delegation whose slots go in the `.ics`; nil for none.
    public var calendarOf: String?
    /// The programme's PDF: the attachment's file name and the HTML it is made from; nil for none.
    public var programmePDF: ProgrammePDF?

    public struct ProgrammePDF: Hashable, Sendable {
        public var fileName: String
        public var html: String
    }

    public static let none = MailAttachmentRequest()

    public var isEmpty: Bool { calendarOf == nil && programmePDF == nil }
}
