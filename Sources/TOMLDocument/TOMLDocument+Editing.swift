/// Edits change the smallest span of text that expresses them, then re-parse the result.
/// Re-parsing a store-sized file costs microseconds and guarantees that `text`, `root` and the
/// offsets stay consistent; an edit whose result would not parse, or would not read back as
/// the requested value, is refused and the document is left unchanged.
extension TOMLDocument {
    public mutating func setValue(_ value: TOMLValue, at path: TOMLPath) throws(TOMLEditError) {
        guard let last = path.last else { throw TOMLEditError(path: path, message: "the root cannot be replaced") }
        let written = TOMLWriter.value(value, lineEnding: lineEnding)
        if let entry = index.entry(at: path) {
            try apply([(entry.valueStart..<entry.valueEnd, written)], for: path)
        } else if self.value(at: path) != nil {
            throw TOMLEditError(path: path, message: "it is a table written with a header or dotted keys; set its keys one by one")
        } else if case .index(let position) = last {
            try insertArrayElement(written, at: position, path: path)
        } else {
            try insertKey(value, at: path)
        }
        try verify(path, equals: value)
    }

    public mutating func removeValue(at path: TOMLPath) throws(TOMLEditError) {
        guard !path.isEmpty else { throw TOMLEditError(path: path, message: "the root cannot be removed") }
        if let entry = index.entry(at: path) {
            try apply([(removalRange(of: entry), "")], for: path)
        } else if index.section(at: path) != nil || index.section(at: path.appending(.index(0))) != nil {
            try removeTable(at: path)
        } else if index.dottedTable(at: path) != nil {
            // A table made of dotted-key lines goes away with all of its lines.
            while let entry = index.entries.first(where: { $0.kind == .keyValue && $0.path.hasPrefix(path) }) {
                try apply([(removalRange(of: entry), "")], for: path)
            }
        } else if self.value(at: path) != nil {
            throw TOMLEditError(path: path, message: "it only exists implicitly; remove the tables below it")
        } else {
            throw TOMLEditError(path: path, message: "there is no such key")
        }
        if value(at: path) != nil, case .key = path.last {
            throw TOMLEditError(path: path, message: "the value is still present after removal")
        }
    }

    /// Removes a `[header]` table or one `[[header]]` entry (e.g. `["slots", 1]`) together with
    /// its sub-tables and the comment lines directly above its header. Naming a whole array of
    /// tables (`["slots"]`) removes every entry.
    public mutating func removeTable(at path: TOMLPath) throws(TOMLEditError) {
        let doomed = index.sections.indices.filter { $0 > 0 && index.sections[$0].path.hasPrefix(path) }
        guard !doomed.isEmpty else {
            if index.entry(at: path)?.kind != nil, value(at: path)?.table != nil {
                return try removeValue(at: path)
            }
            throw TOMLEditError(path: path, message: "there is no table written with a header here")
        }
        // Adjacent extents join up; a removal that reaches the end of the file also takes the
        // blank lines before it, so the file does not end in blank lines.
        let scan = scanner
        var ranges: [Range<Int>] = []
        for range in doomed.map(sectionExtent) {
            if let last = ranges.last, range.lowerBound <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                ranges.append(range)
            }
        }
        if let last = ranges.last, last.upperBound == scan.bytes.count {
            ranges[ranges.count - 1] = scan.startOfBlankLines(last.lowerBound)..<last.upperBound
        }
        try apply(ranges.map { ($0, "") }, for: path)
    }

    /// Appends a `[[header]]` block after the last entry of the array of tables (or at the end
    /// of the file when there is none yet), separated by one blank line.
    public mutating func appendTable(_ table: TOMLTable, toArrayOfTables path: TOMLPath) throws(TOMLEditError) {
        guard case .key = path.last else { throw TOMLEditError(path: path, message: "an array of tables is named by a key") }
        let existing = value(at: path)
        let count = existing?.array?.count ?? 0
        if existing != nil {
            guard let lastSection = index.section(at: path.appending(.index(count - 1))), count > 0,
                index.sections[lastSection].isArrayElement else {
                throw TOMLEditError(path: path, message: "it exists but is not an array of tables written with [[…]]")
            }
            try appendEntry(table, after: lastSection, path: path)
        } else {
            guard let keys = headerKeys(for: path) else {
                throw TOMLEditError(path: path, message: "its parent cannot be named by a header")
            }
            try appendAtEnd(header: "[[\(TOMLWriter.keyPath(keys))]]", lines: keyValueLines(table, indent: ""), for: path)
        }
        try verify(path.appending(.index(count)), equals: .table(table))
    }

    // MARK: shared machinery

    /// Applies non-overlapping replacements (given in any order) and re-parses.
    mutating func apply(_ edits: [(Range<Int>, String)], for path: TOMLPath) throws(TOMLEditError) {
        var bytes = Array(text.utf8)
        // Overlapping removals (a table and its sub-table sharing blank lines) are merged;
        // any other overlap would be a logic error and is refused rather than risked.
        var merged: [(Range<Int>, String)] = []
        for edit in edits.sorted(by: { $0.0.lowerBound < $1.0.lowerBound }) {
            if let previous = merged.last, edit.0.lowerBound < previous.0.upperBound {
                guard previous.1.isEmpty, edit.1.isEmpty else {
                    throw TOMLEditError(path: path, message: "internal error: overlapping edits")
                }
                merged[merged.count - 1].0 = previous.0.lowerBound..<max(previous.0.upperBound, edit.0.upperBound)
            } else {
                merged.append(edit)
            }
        }
        for (range, replacement) in merged.reversed() {
            guard range.lowerBound >= 0, range.upperBound <= bytes.count else {
                throw TOMLEditError(path: path, message: "internal error: edit outside the text")
            }
            bytes.replaceSubrange(range, with: replacement.utf8)
        }
        do {
            self = try TOMLDocument(parsing: String(decoding: bytes, as: UTF8.self))
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
