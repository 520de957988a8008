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

    /// Reads the text as UTF-8 bytes: every syntax character of a `.po` file is ASCII, and going
    /// by bytes instead of `Character`s (grapheme breaking at each step) makes reading a
    /// 3,000-line catalogue several times faster.
    public init(parsing text: String) {
        let bytes = Array(text.utf8)
        var entry = Entry()
        var field: Field?
        var lineNumber = 0
        var start = 0
        while true {
            let end = bytes[start...].firstIndex(of: Byte.newline) ?? bytes.count
            lineNumber += 1
            let line = Self.trimmed(bytes[start..<end])
            if line.isEmpty {
                finish(&entry)
                field = nil
            } else if line.starts(with: [Byte.hash, Byte.comma]) {
                if Self.text(line).contains("fuzzy") { entry.fuzzy = true }
            } else if line.first == Byte.hash {
                // A comment.
            } else if line.first == Byte.quote {
                if let field, let part = Self.quoted(line) {
                    entry.append(part, to: field)
                } else {
                    problems.append("line \(lineNumber): a string outside msgid/msgstr, or one without its closing quote")
                }
            } else if let (keyword, rest) = Self.keyword(line), let part = Self.quoted(rest) {
                let next = Field(keyword)
                if next == .msgctxt || (next == .msgid && entry.hasMsgstr) { finish(&entry) }
                field = next
                if let next { entry.append(part, to: next) }
            } else {
                problems.append("line \(lineNumber): not .po syntax: \(Self.text(line).prefix(40))")
            }
            if end == bytes.count { break }
            start = end + 1
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

        init?(_ keyword: String) {
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

    private typealias Line = ArraySlice<UInt8>

    private enum Byte {
        static let newline = UInt8(ascii: "\n"), hash = UInt8(ascii: "#"), comma = UInt8(ascii: ",")
        static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\"), space = UInt8(ascii: " ")
        static let tab = UInt8(ascii: "\t"), carriageReturn = UInt8(ascii: "\r")
        static let n = UInt8(ascii: "n"), t = UInt8(ascii: "t")
    }

    private static func text(_ bytes: Line) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Spaces, tabs and a Windows line end's CR trimmed from both ends.
    private static func trimmed(_ line: Line) -> Line {
        func isBlank(_ byte: UInt8) -> Bool { byte == Byte.space || byte == Byte.tab || byte == Byte.carriageReturn }
        guard let first = line.firstIndex(where: { !isBlank($0) }), let last = line.lastIndex(where: { !isBlank($0) }) else { return [] }
        return line[first...last]
    }

    /// `msgid "…"` → (`msgid`, `"…"`).
    private static func keyword(_ line: Line) -> (String, Line)? {
        guard let space = line.firstIndex(of: Byte.space) else { return nil }
        return (text(line[..<space]), trimmed(line[(space + 1)...]))
    }

    /// The text between the quotes with its escapes undone; nil without both quotes.
    private static func quoted(_ line: Line) -> String? {
        guard line.count >= 2, line.first == Byte.quote, line.last == Byte.quote else { return nil }
        let inner = line.dropFirst().dropLast()
        guard inner.contains(Byte.backslash) else { return text(inner) }
        var out: [UInt8] = []
        out.reserveCapacity(inner.count)
        var escaped = false
        for byte in inner {
            if escaped {
                out.append(byte == Byte.n ? Byte.newline : byte == Byte.t ? Byte.tab : byte)
                escaped = false
            } else if byte == Byte.backslash {
                escaped = true
            } else {
                out.append(byte)
            }
        }
        return escaped ? nil : String(decoding: out, as: UTF8.self)
    }
}
