/// RFC 4180 records, read leniently the way spreadsheet exports need: `,`, `;` or tab as the
/// delimiter, quoted fields with `""` for a quote and line breaks inside, CRLF, LF or CR line
/// ends, a UTF-8 byte-order mark, Excel's `sep=;` first line.
///
/// Hand-written rather than a dependency: it is short, has no state beyond one pass, and the
/// Excel-specific habits above are what matter here, which general CSV libraries handle only in part.
enum CSVReader {
    struct Record {
        var fields: [String]
        /// 1-based line where the record starts (a quoted field may span several lines).
        var line: Int
    }

    static func records(in text: String) -> (records: [Record], delimiter: Character, problems: [String]) {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        var firstLine = 1
        var delimiter: Character
        if let sep = explicitSeparator(body) {
            delimiter = sep
            body = body.drop { !$0.isNewline }.dropFirst()
            firstLine = 2
        } else {
            delimiter = guessDelimiter(body)
        }
        var records: [Record] = []
        var problems: [String] = []
        var fields: [String] = []
        var field = ""
        var line = firstLine
        var recordLine = firstLine
        var inQuotes = false
        var quoteOpenedOnLine = 0
        var fieldWasQuoted = false
        var chars = body.makeIterator()
        var pending: Character?

        func endField() {
            fields.append(fieldWasQuoted ? field : trimmingSpaces(field))
            field = ""
            fieldWasQuoted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(fields: fields, line: recordLine)) }
            fields = []
        }

        while let c = pending ?? chars.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    let next = chars.next()
                    if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if c.isNewline { line += 1 }
                    field.append(c)
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
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.append(c)
            }
        }
        if inQuotes {
            problems.append("line \(quoteOpenedOnLine): a quoted field is not closed: read to the end of the file")
        }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted { endRecord() }
        return (records, delimiter, problems)
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
