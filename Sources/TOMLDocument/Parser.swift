/// A single pass over UTF-8 bytes. Working on bytes rather than `Character`s keeps the parse
/// cheap (grapheme breaking is the dominant cost otherwise) and makes byte offsets for the
/// editor come for free.
struct Parser: ~Copyable {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var line = 1
    var lineStart = 0
    let root = BuildTable(origin: .root)
    var index = SourceIndex()
    var table: BuildTable
    var sectionPath: [TOMLPath.Component] = []
    var section = 0
    /// Bounds nesting (arrays, inline tables, dotted parts) so hostile input cannot exhaust the
    /// stack when the tree is built, compared or released.
    var depth = 0
    static let maxDepth = 128

    /// Whether to record entries and dotted tables: only editing and position queries need
    /// them, so plain loading skips the work and the memory.
    let recordsSource: Bool

    init(bytes: UnsafeBufferPointer<UInt8>, recordsSource: Bool) {
        self.bytes = bytes
        self.recordsSource = recordsSource
        self.table = root
        index.sections.append(.root)
        // Store files hold an entry (key, member or element) every 20-30 bytes.
        if recordsSource { index.entries.reserveCapacity(bytes.count / 24) }
    }

    mutating func parse() throws(TOMLParseError) -> (TOMLTable, SourceIndex) {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            i = 3
            lineStart = 3
            index.sections[0].bodyStart = 3
        }
        while i < bytes.count {
            skipSpaces()
            guard i < bytes.count else { break }
            switch bytes[i] {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "#"):
                try endOfLine()
            case UInt8(ascii: "["):
                try header()
            default:
                try keyValueLine()
            }
        }
        return (root.freeze(), index)
    }

    // MARK: lines

    private mutating func header() throws(TOMLParseError) {
        let position = here
        let headerLineStart = lineStart
        i += 1
        let isArray = peek == UInt8(ascii: "[")
        if isArray { i += 1 }
        skipSpaces()
        let keys = try key().keys
        skipSpaces()
        guard peek == UInt8(ascii: "]") else { throw error("expected `]` to close the table header") }
        i += 1
        if isArray {
            guard peek == UInt8(ascii: "]") else { throw error("expected `]]` to close the array-of-tables header") }
            i += 1
        }
        let opened: (BuildTable, [TOMLPath.Component])
        do {
            opened = try root.openHeader(keys, isArray: isArray)
        } catch {
            throw TOMLParseError(line: position.line, column: position.column, message: error.message)
        }
        try endOfLine()
        table = opened.0
        sectionPath = opened.1
        index.sections.append(SourceIndex.Section(
            path: TOMLPath(opened.1), isArrayElement: isArray, headerStart: headerLineStart,
            bodyStart: i, position: position))
        section = index.sections.count - 1
    }

    private mutating func keyValueLine() throws(TOMLParseError) {
        let indentStart = lineStart
        let keyStart = i
        try keyValue(into: table, basePath: ValuePath(sectionPath, recording: recordsSource), kind: .keyValue)
        try endOfLine()
        index.sections[section].lastKeyValueLineEnd = i
        index.sections[section].keyIndent = indentStart..<keyStart
    }

    /// Parses `key = value` and adds it to `target`; shared by lines and inline tables.
    mutating func keyValue(
        into target: BuildTable, basePath: ValuePath, kind: SourceIndex.Entry.Kind
    ) throws(TOMLParseError) {
        let start = i
        let position = here
        let parsed = try key()
        let keyEnd = i
        skipSpaces()
        guard peek == UInt8(ascii: "=") else {
            let found = i < bytes.count ? "found \(describeByte(bytes[i]))" : "found the end of the file"
            let written = String(decoding: bytes[parsed.start..<keyEnd], as: UTF8.self)
            throw error("expected `=` after key `\(written)`, \(found)")
        }
        i += 1
        skipSpaces()
        var path = basePath
        for key in parsed.keys { path.append(.key(key)) }
        if path.depth > Parser.maxDepth {
            throw TOMLParseError(line: position.line, column: position.column,
                                 message: "values are nested more than \(Parser.maxDepth) levels deep")
        }
        let valueStart = i
        let value = try self.value(path: path)
        let created: Int
        do {
            created = try target.insert(parsed.keys, value: value)
        } catch {
            throw TOMLParseError(line: position.line, column: position.column, message: error.message)
        }
        guard recordsSource else { return }
        if created > 0 {
            let keyCount = parsed.keys.count
            for length in (keyCount - created)..<keyCount {
                index.dottedTables.append(SourceIndex.DottedTable(
                    path: TOMLPath(Array(path.components.prefix(basePath.depth + length))), section: section,
                    insideInlineTable: kind == .inlineMember))
            }
        }
        index.entries.append(SourceIndex.Entry(
            path: TOMLPath(path.components), kind: kind, start: start, position: position,
            valueStart: valueStart, valueEnd: i, section: section))
    }

    /// After a value or header only spaces, a comment and a newline (or the end) may follow.
    private mutating func endOfLine() throws(TOMLParseError) {
        skipSpaces()
        if peek == UInt8(ascii: "#") { try comment() }
        guard i < bytes.count else { return }
        guard try newline() else {
            throw error("expected the end of the line, found \(describeByte(bytes[i]))")
        }
    }

    // MARK: keys

    /// The keys of a possibly dotted key, and where it started (for messages quoting it).
    mutating func key() throws(TOMLParseError) -> (keys: [String], start: Int) {
        let start = i
        var keys = [try simpleKey()]
        while true {
            let save = i
            skipSpaces()
            guard peek == UInt8(ascii: ".") else { i = save; break }
            i += 1
            skipSpaces()
            keys.append(try simpleKey())
            if keys.count > Parser.maxDepth { throw error("values are nested more than \(Parser.maxDepth) levels deep") }
        }
        return (keys, start)
    }

    private mutating func simpleKey() throws(TOMLParseError) -> String {
        guard i < bytes.count else { throw error("expected a key, found the end of the file") }
        switch bytes[i] {
        case UInt8(ascii: "\""):
            if i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "\""), bytes[i + 2] == UInt8(ascii: "\"") {
                throw error("a key cannot be a multi-line string")
            }
            return try basicString()
        case UInt8(ascii: "'"):
            if i + 2 < bytes.count, bytes[i + 1] == UInt8(ascii: "'"), bytes[i + 2] == UInt8(ascii: "'") {
                throw error("a key cannot be a multi-line string")
            }
            return try literalString()
        default:
            let start = i
            while i < bytes.count, isBareKeyByte(bytes[i]) { i += 1 }
            guard i > start else { throw error("expected a key, found \(describeByte(bytes[i]))") }
            return String(decoding: bytes[start..<i], as: UTF8.self)
        }
    }

    // MARK: trivia

    var peek: UInt8? { i < bytes.count ? bytes[i] : nil }

    mutating func skipSpaces() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x09 { i += 1 }
    }

    /// Consumes LF or CRLF and counts the line; false if there is no newline here.
    mutating func newline() throws(TOMLParseError) -> Bool {
        guard i < bytes.count else { return false }
        if bytes[i] == UInt8(ascii: "\r") {
            guard i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\n") else {
                throw error("a carriage return must be followed by a line feed")
            }
            i += 1
        } else if bytes[i] != UInt8(ascii: "\n") {
            return false
        }
        i += 1
        line += 1
        lineStart = i
        return true
    }

    mutating func comment() throws(TOMLParseError) {
        i += 1
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\n") { return }
            if byte == UInt8(ascii: "\r") {
                if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\n") { return }
                throw error("a carriage return in a comment must be followed by a line feed")
            }
            if isForbiddenControl(byte) { throw error("control character \(describeByte(byte)) is not allowed in a comment") }
            i += 1
        }
    }

    /// Spaces, newlines and comments, as allowed between array elements.
    mutating func skipBlank() throws(TOMLParseError) {
        while i < bytes.count {
            skipSpaces()
            if peek == UInt8(ascii: "#") { try comment() }
            guard try newline() else { return }
        }
    }

    // MARK: errors

    var here: TOMLPosition { position(of: i) }

    /// Columns count scalars (not bytes) from the start of the current line.
    func position(of offset: Int) -> TOMLPosition {
        var column = 1
        var j = lineStart
        while j < offset, j < bytes.count {
            if bytes[j] & 0xC0 != 0x80 { column += 1 }
            j += 1
        }
        return TOMLPosition(line: line, column: column)
    }

    func error(_ message: String) -> TOMLParseError {
        let position = here
        return TOMLParseError(line: position.line, column: position.column, message: message)
    }

    func error(_ message: String, at offset: Int) -> TOMLParseError {
        let position = position(of: offset)
        return TOMLParseError(line: position.line, column: position.column, message: message)
    }
}

func isBareKeyByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
        true
    default: false
    }
}

/// Control characters TOML forbids in comments and strings (tab is allowed).
func isForbiddenControl(_ byte: UInt8) -> Bool {
    (byte < 0x20 && byte != 0x09) || byte == 0x7F
}

func describeByte(_ byte: UInt8) -> String {
    switch byte {
    case UInt8(ascii: "\n"): "a newline"
    case UInt8(ascii: "\r"): "a carriage return"
    case UInt8(ascii: "\t"): "a tab"
    case 0x20...0x7E: "`\(Character(Unicode.Scalar(byte)))`"
    case 0x80...: "a non-ASCII character"
    default: "control character U+\(String(byte, radix: 16, uppercase: true))"
    }
}

/// The path of the value being parsed. Its components are collected only when the source
/// index is recorded; its depth always is, to bound nesting.
struct ValuePath {
    private(set) var components: [TOMLPath.Component]
    private(set) var depth: Int
    let recording: Bool

    init(_ components: [TOMLPath.Component], recording: Bool) {
        self.components = recording ? components : []
        self.depth = components.count
        self.recording = recording
    }

    mutating func append(_ component: TOMLPath.Component) {
        depth += 1
        if recording { components.append(component) }
    }
}
