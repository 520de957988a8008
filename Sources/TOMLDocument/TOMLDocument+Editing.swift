/// Edits change the smallest span of text that expresses them, then re-parse the result.
/// Re-parsing a store-sized file costs microseconds and guarantees that `text`, `root` and the
/// offsets stay consistent; an edit whose result would not parse, or would not read back as
/// the requested value, is refused and the document is left unchanged.
extension TOMLDocument {
    public mutating func setValue(_ value: TOMLValue, at path: TOMLPath) throws(TOMLEditError) {
        guard let last = path.last else { throw TOMLEditError(path: path, message: "the root cannot be replaced") }
        var draft = self
        draft.recordSourceIndex()
        let written = TOMLWriter.value(value, lineEnding: lineEnding)
        if let entry = draft.index.entry(at: path) {
            try draft.apply([(entry.valueStart..<entry.valueEnd, written)], for: path)
        } else if self.value(at: path) != nil {
            throw TOMLEditError(path: path, message: "it is a table written with a header or dotted keys; set its keys one by one")
        } else if case .index(let position) = last {
            try draft.insertArrayElement(written, at: position, path: path)
        } else {
            try draft.insertKey(value, at: path)
        }
        try draft.verify(path, equals: value)
        self = draft
    }

    /// Removes a key, array element or inline-table member; for a table written with headers
    /// or dotted keys, every line that defines it goes (see `removeTable`).
    public mutating func removeValue(at path: TOMLPath) throws(TOMLEditError) {
        guard !path.isEmpty else { throw TOMLEditError(path: path, message: "the root cannot be removed") }
        guard value(at: path) != nil else { throw TOMLEditError(path: path, message: "there is no such key") }
        var draft = self
        draft.recordSourceIndex()
        let ranges = if let entry = draft.index.entry(at: path) {
            [draft.removalRange(of: entry, draft.scanner)]
        } else {
            draft.removalRanges(under: path)
        }
        try draft.apply(ranges.map { ($0, "") }, for: path)
        if case .key = path.last, draft.value(at: path) != nil {
            throw TOMLEditError(path: path, message: "the value is still present after removal")
        }
        self = draft
    }

    /// Removes a `[header]` table or one `[[header]]` entry (e.g. `["slots", 1]`) with its
    /// sub-tables and the comment lines directly above its header. Naming a whole array of
    /// tables (`["slots"]`) removes every entry.
    public mutating func removeTable(at path: TOMLPath) throws(TOMLEditError) {
        switch value(at: path) {
        case .table?: try removeValue(at: path)
        case .array(let elements)? where elements.allSatisfy({ $0.table != nil }): try removeValue(at: path)
        default: throw TOMLEditError(path: path, message: "there is no table here")
        }
    }

    /// Appends a `[[header]]` block after the last entry of the array of tables (or at the end
    /// of the file when there is none yet), separated by one blank line.
    public mutating func appendTable(_ table: TOMLTable, toArrayOfTables path: TOMLPath) throws(TOMLEditError) {
        guard case .key = path.last else { throw TOMLEditError(path: path, message: "an array of tables is named by a key") }
        var draft = self
        draft.recordSourceIndex()
        let existing = value(at: path)
        let count = existing?.array?.count ?? 0
        if existing != nil {
            guard let lastSection = draft.index.section(at: path.appending(.index(count - 1))), count > 0,
                draft.index.sections[lastSection].isArrayElement else {
                throw TOMLEditError(path: path, message: "it exists but is not an array of tables written with [[…]]")
            }
            try draft.appendEntry(table, after: lastSection, path: path)
        } else {
            guard let keys = draft.headerKeys(for: path) else {
                throw TOMLEditError(path: path, message: "its parent cannot be named by a header")
            }
            try draft.appendAtEnd(header: "[[\(TOMLWriter.keyPath(keys))]]", lines: keyValueLines(table, indent: ""), for: path)
        }
        try draft.verify(path.appending(.index(count)), equals: .table(table))
        self = draft
    }

    // MARK: shared machinery

    /// Applies non-overlapping replacements (given in any order) and re-parses.
    mutating func apply(_ edits: [(Range<Int>, String)], for path: TOMLPath) throws(TOMLEditError) {
        var bytes = Array(text.utf8)
        // Nothing may be written before a byte-order mark: it must stay the file's first bytes.
        let floor = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let edits = edits.map { edit in
            (max(edit.0.lowerBound, floor)..<max(edit.0.upperBound, floor), edit.1)
        }
        // Callers merge what belongs together; an overlap here would be a logic error, and is
        // refused rather than risked.
        let sorted = edits.sorted { $0.0.lowerBound < $1.0.lowerBound }
        for (previous, next) in zip(sorted, sorted.dropFirst()) where next.0.lowerBound < previous.0.upperBound {
            throw TOMLEditError(path: path, message: "internal error: overlapping edits")
        }
        for (range, replacement) in sorted.reversed() {
            guard range.upperBound <= bytes.count else {
                throw TOMLEditError(path: path, message: "internal error: edit outside the text")
            }
            bytes.replaceSubrange(range, with: replacement.utf8)
        }
        do {
            self = try TOMLDocument(parsing: String(decoding: bytes, as: UTF8.self), recordingSource: true)
        } catch {
            throw TOMLEditError(path: path, message: "the result would not be valid TOML (\(error))")
        }
    }

    /// Compares by written form, so that nan matches nan and -0.0 does not match 0.0.
    private func verify(_ path: TOMLPath, equals expected: TOMLValue) throws(TOMLEditError) {
        guard let actual = value(at: path),
            TOMLWriter.value(actual) == TOMLWriter.value(expected) else {
            throw TOMLEditError(path: path, message: "the edited file does not read back as the value that was set")
        }
    }

    var scanner: LineScanner { LineScanner(bytes: Array(text.utf8)) }

    /// The header path for a table, or nil when an array index in it is not the last entry
    /// (a header can only reach the last entry of an array of tables).
    func headerKeys(for path: TOMLPath) -> [String]? {
        var keys: [String] = []
        var prefix = TOMLPath([])
        for component in path.components {
            switch component {
            case .key(let key): keys.append(key)
            case .index(let i):
                guard let array = value(at: prefix)?.array, i == array.count - 1,
                    index.section(at: prefix.appending(component)) != nil else { return nil }
            }
            prefix = prefix.appending(component)
        }
        return keys
    }

    func keyValueLines(_ table: TOMLTable, indent: String) -> String {
        table.entries.map {
            indent + TOMLWriter.key($0.key) + " = " + TOMLWriter.value($0.value, lineEnding: lineEnding) + lineEnding
        }.joined()
    }
}
