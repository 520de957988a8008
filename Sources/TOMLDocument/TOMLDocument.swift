/// A TOML file as a person wrote it: the exact text plus a typed view and the byte offsets
/// needed to change one value without disturbing any other byte. Edits splice the text and
/// re-parse it, so the typed view and the text can never disagree.
public struct TOMLDocument: Sendable {
    public private(set) var text: String
    public private(set) var root: TOMLTable
    private var recordedIndex: SourceIndex?

    public init(parsing text: String) throws(TOMLParseError) {
        try self.init(parsing: text, recordingSource: false)
    }

    init(parsing text: String, recordingSource: Bool) throws(TOMLParseError) {
        var text = text
        let result = text.withUTF8 { buffer in
            var parser = Parser(bytes: buffer, recordsSource: recordingSource)
            return Result { () throws(TOMLParseError) in try parser.parse() }
        }
        let (root, index) = try result.get()
        self.text = text
        self.root = root
        self.recordedIndex = recordingSource ? index : nil
    }

    /// An empty document, for writing a new file key by key with the editing methods.
    public init() {
        text = ""
        root = TOMLTable()
        recordedIndex = SourceIndex.empty
    }

    /// Byte offsets for edits and positions. Loading does not record them (they cost a fifth
    /// of the parse and most of a loaded document's memory, and most files are only read);
    /// they are rebuilt from the text when asked for, and kept while a document is edited.
    var index: SourceIndex {
        if let recordedIndex { return recordedIndex }
        return (try? TOMLDocument(parsing: text, recordingSource: true))?.recordedIndex ?? .empty
    }

    /// Called on a draft before a series of edit steps, so they share one recorded index.
    mutating func recordSourceIndex() {
        if recordedIndex == nil { recordedIndex = index }
    }

    /// Parses raw file bytes, rejecting invalid UTF-8 (which `String` would silently repair).
    public init(parsing bytes: [UInt8]) throws(TOMLParseError) {
        if let bad = UTF8Check.firstInvalidOffset(bytes) {
            let before = bytes[..<bad]
            let line = before.reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
            let column = bytes[lineStart..<bad].reduce(1) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
            throw TOMLParseError(line: line, column: column, message: "the file is not valid UTF-8")
        }
        try self.init(parsing: String(decoding: bytes, as: UTF8.self))
    }

    public func value(at path: TOMLPath) -> TOMLValue? {
        var current = TOMLValue.table(root)
        for component in path.components {
            switch (component, current) {
            case (.key(let key), .table(let table)):
                guard let next = table[key] else { return nil }
                current = next
            case (.index(let i), .array(let array)):
                guard array.indices.contains(i) else { return nil }
                current = array[i]
            default:
                return nil
            }
        }
        return current
    }

    /// Where the key (or array element, or table header) was written. A table that only
    /// exists through dotted keys or deeper headers (`fruit` in `fruit.apple = 1`) is placed
    /// where it is first mentioned.
    public func position(of path: TOMLPath) -> TOMLPosition? {
        let index = self.index
        if path.isEmpty { return TOMLPosition(line: 1, column: 1) }
        if let entry = index.entry(at: path) { return entry.position }
        if let section = index.section(at: path) { return index.sections[section].position }
        guard value(at: path) != nil else { return nil }
        let entry = index.entries.filter { $0.path.hasPrefix(path) }.min { $0.start < $1.start }
        let section = index.sections.filter { $0.path.hasPrefix(path) }.min { $0.headerStart < $1.headerStart }
        switch (entry, section) {
        case let (entry?, section?): return entry.start < section.headerStart ? entry.position : section.position
        case let (entry?, nil): return entry.position
        case let (nil, section?): return section.position
        case (nil, nil): return nil
        }
    }

    /// `"\r\n"` when the file's first line ends that way, so inserted lines match it.
    public var lineEnding: String {
        let bytes = text.utf8
        guard let newline = bytes.firstIndex(of: UInt8(ascii: "\n")), newline > bytes.startIndex else { return "\n" }
        return bytes[bytes.index(before: newline)] == UInt8(ascii: "\r") ? "\r\n" : "\n"
    }
}

extension TOMLDocument: CustomStringConvertible {
    public var description: String { text }
}

enum UTF8Check {
    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar): offset += scalar.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }
}
