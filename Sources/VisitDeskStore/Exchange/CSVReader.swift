/// RFC 4180 records, read leniently the way spreadsheet exports need: `,`, `;` or tab as the
/// delimiter, quoted fields with `""` for a quote and line breaks inside, CRLF, LF or CR line
/// ends, a UTF-8 byte-order mark, Excel's `sep=;` first line.
///
/// Hand-written rather than a dependency: it is short, has no state beyond one pass, and the
/// Excel-specific habits above are what matter here, which general CSV libraries handle only in part.
/// Text is fed in pieces as the file is read (`feed`), each record handed on as soon as it ends,
/// so a quoted field may span any number of pieces and memory holds one record.
struct CSVReader {
    struct Record {
        var fields: [String]
        /// 1-based line where the record starts (a quoted field may span several lines).
        var line: Int
    }

    /// Whole-text reading (tests, callers with the text in memory).
    static func records(in text: String) -> (records: [Record], delimiter: Character, problems: [String]) {
        var reader = CSVReader()
        var records: [Record] = []
        reader.feed(text) { records.append($0) }
        reader.finish { records.append($0) }
        return (records, reader.delimiter, reader.problems)
    }

    /// A field longer than this is cut (a quote never closed in a 2 GB file must not fill memory).
    var fieldLimit = 64 << 20
    private(set) var delimiter: Character = ","
    private(set) var problems: [String] = []
    /// Text before the header line is complete: the delimiter is decided on the whole header.
    private var head: String? = ""
    private var headInQuotes = false
    private var fields: [String] = []
    private var field = ""
    private var line = 1
    private var recordLine = 1
    private var inQuotes = false
    /// A quote inside a quoted field, waiting for the next character: `""` or the field's end.
    private var quoteWaiting = false
    private var quoteOpenedOnLine = 0
    private var fieldWasQuoted = false
    private var fieldCut = false

    mutating func feed(_ text: String, _ emit: (Record) -> Void) {
        guard var waiting = head else {
            parse(Substring(text), emit)
            return
        }
        waiting += text
        var complete = false
        for c in text {
            if c == "\"" { headInQuotes.toggle() } else if !headInQuotes && c.isNewline { complete = true; break }
        }
        if complete || waiting.utf8.count > 1 << 20 {
            head = nil
            start(waiting, emit)
        } else {
            head = waiting
        }
    }

    mutating func finish(_ emit: (Record) -> Void) {
        if let waiting = head {
            head = nil
            start(waiting, emit)
        }
        if quoteWaiting {
            quoteWaiting = false
            inQuotes = false
        }
        if inQuotes {
            problems.append("line \(quoteOpenedOnLine): a quoted field is not closed: read to the end of the file")
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord(emit) }
    }

    /// The header is whole: the byte-order mark, `sep=` and the delimiter are decided on it.
    private mutating func start(_ text: String, _ emit: (Record) -> Void) {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        if let sep = Self.explicitSeparator(body) {
            delimiter = sep
            body = body.drop { !$0.isNewline }.dropFirst()
            line = 2
            recordLine = 2
        } else {
            delimiter = Self.guessDelimiter(body)
        }
        parse(body, emit)
    }

    private mutating func parse(_ text: Substring, _ emit: (Record) -> Void) {
        for c in text {
            if quoteWaiting {
                quoteWaiting = false
                if c == "\"" {
                    append("\"")
                    continue
                }
                inQuotes = false
            }
            if inQuotes {
                if c == "\"" {
                    quoteWaiting = true
                } else {
                    if c.isNewline { line += 1 }
                    append(c)
                }
            } else if c == "\"" && field.allSatisfy({ $0 == " " }) {
                field = ""
                inQuotes = true
                fieldWasQuoted = true
                quoteOpenedOnLine = line
            } else if c == delimiter {
                endField()
            } else if c.isNewline {
                // "\r\n" is one Character in Swift, so every kind of line end counts once.
                endRecord(emit)
                line += 1
                recordLine = line
            } else {
                append(c)
            }
        }
    }

    private mutating func append(_ c: Character) {
        if field.utf8.count < fieldLimit {
            field.append(c)
        } else if !fieldCut {
            fieldCut = true
            problems.append("line \(recordLine): a field longer than \(fieldLimit >> 20) MB: cut there")
        }
    }

    private mutating func endField() {
        fields.append(fieldWasQuoted ? field : Self.trimmingSpaces(field))
        field = ""
        fieldWasQuoted = false
        fieldCut = false
    }

    private mutating func endRecord(_ emit: (Record) -> Void) {
        endField()
        if !(fields.count == 1 && fields[0].isEmpty) { emit(Record(fields: fields, line: recordLine)) }
        fields = []
    }

    /// Problems found so far, handed over once (the caller reports them in file order).
    mutating func takeProblems() -> [String] {
        defer { problems = [] }
        return problems
    }

    private static func trimmingSpaces(_ text: String) -> String {
        var s = Substring(text)
        while let c = s.first, c == " " || c == "\t" { s = s.dropFirst() }
        while let c = s.last, c == " " || c == "\t" { s = s.dropLast() }
        return String(s)
    }

    /// Excel writes `sep=;` as the first line when asked to.
    private static func explicitSeparator(_ text: Substring) -> Character? {
        let first = text.prefix { !$0.isNewline }
        guard first.lowercased().hasPrefix("sep="), first.count == 5 else { return nil }
        return first.last
    }

    /// The candidate that occurs most often outside quotes in the header line; Swedish Excel
    /// writes `;` (the comma is the decimal separator there), most other programs `,`.
    static func guessDelimiter(_ text: Substring) -> Character {
        let candidates: [Character] = [",", ";", "\t"]
        var counts = [0, 0, 0]
        var inQuotes = false
        for c in text {
            if c == "\"" { inQuotes.toggle() }
            else if !inQuotes && c.isNewline { break }
            else if !inQuotes, let index = candidates.firstIndex(of: c) { counts[index] += 1 }
        }
        // Ties go to the earlier candidate, so a header without any delimiter reads as one column.
        let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) } ?? 0
        return candidates[best]
    }
}
