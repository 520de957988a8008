/// A gettext `.po` file read into a table from English text to translation.
///
/// The catalogues are ordinary `.po` files (the format of calcurse, abook and neomutt, which
/// translators' tools and `msgfmt --check` know), but they are read here rather than through
/// glibc's gettext: gettext only translates when the process runs under an installed locale of
/// that language (`sv_SE.UTF-8`), and many machines, this project's CI among them, have only
/// C.UTF-8. Reading the text ourselves also lets the dashboard switch language while it runs.
///
/// What is read: `msgctxt`, `msgid`, `msgstr`, strings continued over several lines, the C
/// escapes `\n \t \" \\`, and the `fuzzy` flag (a fuzzy entry is a guess waiting for review and is
/// not used, as msgfmt does). An empty `msgstr` is an untranslated entry: the lookup falls back
/// to English. Plural entries (`msgid_plural`) are not used by VisitDesk; their `msgstr[0]` is
/// read so a catalogue that has one still works.
public struct POCatalogue: Sendable {
    /// `msgid`, or `msgctxt` + U+0004 + `msgid` (gettext's own key), to the translation.
    public private(set) var translations: [String: String] = [:]
    /// `line N: what is wrong` for lines that are not `.po` syntax; tests require none.
    public private(set) var problems: [String] = []

    /// The key of an entry with a context, as gettext forms it.
    public static func key(_ msgid: String, context: String?) -> String {
        context.map { $0 + "\u{4}" + msgid } ?? msgid
    }

    public init(parsing text: String) {
        var entry = Entry()
        var field: Field?
        for (offset, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingSpaces()
            if line.isEmpty {
                finish(&entry)
                field = nil
            } else if line.hasPrefix("#,") {
                if line.contains("fuzzy") { entry.fuzzy = true }
            } else if line.hasPrefix("#") {
                continue
            } else if line.hasPrefix("\"") {
                guard let field, let part = Self.quoted(line) else {
                    problems.append("line \(offset + 1): a string outside msgid/msgstr, or one without its closing quote")
                    continue
                }
                entry.append(part, to: field)
            } else if let (keyword, rest) = Self.keyword(line), let part = Self.quoted(rest) {
                let next = Field(keyword)
                if next == .msgctxt || (next == .msgid && entry.hasMsgstr) { finish(&entry) }
                field = next
                if let next { entry.append(part, to: next) }
            } else {
                problems.append("line \(offset + 1): not .po syntax: \(line.prefix(40))")
            }
        }
        finish(&entry)
    }

    private mutating func finish(_ entry: inout Entry) {
        defer { entry = Entry() }
        guard let msgid = entry.msgid, !msgid.isEmpty, let msgstr = entry.msgstr, !msgstr.isEmpty, !entry.fuzzy else { return }
        translations[Self.key(msgid, context: entry.msgctxt)] = msgstr
    }

    private enum Field: Equatable {
        case msgctxt, msgid, msgidPlural, msgstr, otherPluralForm

        init?(_ keyword: Substring) {
            switch keyword {
            case "msgctxt": self = .msgctxt
            case "msgid": self = .msgid
            case "msgid_plural": self = .msgidPlural
            case "msgstr", "msgstr[0]": self = .msgstr
            default:
                guard keyword.hasPrefix("msgstr[") else { return nil }
                self = .otherPluralForm
            }
        }
    }

    private struct Entry {
        var msgctxt: String?
        var msgid: String?
        var msgstr: String?
        var fuzzy = false
        var hasMsgstr: Bool { msgstr != nil }

        mutating func append(_ part: String, to field: Field) {
            switch field {
            case .msgctxt: msgctxt = (msgctxt ?? "") + part
            case .msgid: msgid = (msgid ?? "") + part
            case .msgstr: msgstr = (msgstr ?? "") + part
            case .msgidPlural, .otherPluralForm: break
            }
        }
    }

    /// `msgid "…"` → (`msgid`, `"…"`).
    private static func keyword(_ line: Substring) -> (Substring, Substring)? {
        guard let space = line.firstIndex(of: " ") else { return nil }
        return (line[..<space], line[line.index(after: space)...].trimmingSpaces())
    }

    /// The text between the quotes with its escapes undone; nil without both quotes.
    private static func quoted(_ text: Substring) -> String? {
        guard text.count >= 2, text.first == "\"", text.last == "\"" else { return nil }
        var out = ""
        var escaped = false
        for c in text.dropFirst().dropLast() {
            if escaped {
                switch c {
                case "n": out.append("\n")
                case "t": out.append("\t")
                default: out.append(c)
                }
                escaped = false
            } else if c == "\\" {
                escaped = true
            } else {
                out.append(c)
            }
        }
        return escaped ? nil : out
    }
}

private extension Substring {
    func trimmingSpaces() -> Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" || first == "\r" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return text
    }
}
