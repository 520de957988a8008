/// Where new keys, elements and tables go: after what is already there, in the same style.
extension TOMLDocument {
    /// Inserts a missing key into the nearest table that exists, creating the tables between
    /// them as a header (below the root) or as dotted keys (inside a section, where a new header
    /// at the end of the file could land in the wrong array-of-tables entry).
    mutating func insertKey(_ value: TOMLValue, at path: TOMLPath) throws(TOMLEditError) {
        var anchor = path.parent
        while self.value(at: anchor) == nil { anchor = anchor.parent }
        guard self.value(at: anchor)?.table != nil else {
            throw TOMLEditError(path: path, message: "`\(anchor)` is not a table")
        }
        var keys: [String] = []
        for component in path.components[anchor.components.count...] {
            guard case .key(let key) = component else {
                throw TOMLEditError(path: path, message: "an array entry cannot be created by setting a key inside it")
            }
            keys.append(key)
        }
        let written = TOMLWriter.value(value, lineEnding: lineEnding)
        let keyValue = TOMLWriter.keyPath(keys) + " = " + written
        if let entry = index.entry(at: anchor) {
            try insertIntoInlineTable(entry, member: keyValue, path: path)
        } else if let section = index.section(at: anchor), section > 0 || keys.count == 1 {
            try insertLine(keyValue, inSection: section, path: path)
        } else if let dotted = index.dottedTable(at: anchor), dotted.insideInlineTable {
            guard let table = index.enclosingInlineTable(of: anchor) else {
                throw TOMLEditError(path: path, message: "cannot find the inline table around `\(anchor)`")
            }
            let relative = dottedKeys(of: anchor, below: table.path) + keys
            try insertIntoInlineTable(table, member: TOMLWriter.keyPath(relative) + " = " + written, path: path)
        } else if let dotted = index.dottedTable(at: anchor) {
            let relative = dottedKeys(of: anchor, below: index.sections[dotted.section].path) + keys
            try insertLine(TOMLWriter.keyPath(relative) + " = " + written, inSection: dotted.section, path: path)
        } else {
            guard let headerKeys = headerKeys(for: anchor) else {
                throw TOMLEditError(path: path, message: "`\(anchor)` cannot be named by a header")
            }
            let tableKeys = headerKeys + keys.dropLast()
            let line = TOMLWriter.key(keys[keys.count - 1]) + " = " + written + lineEnding
            try appendAtEnd(header: "[\(TOMLWriter.keyPath(tableKeys))]", lines: line, for: path)
        }
    }

    /// The dotted key that leads from `base` to `path` (both name tables; no indices between).
    private func dottedKeys(of path: TOMLPath, below base: TOMLPath) -> [String] {
        path.components.dropFirst(base.components.count).compactMap { component -> String? in
            if case .key(let key) = component { key } else { nil }
        }
    }

    /// After the section's last key-value line, with its indentation; in a section without
    /// keys, right below the header (or, for the root, before the first header).
    private mutating func insertLine(_ keyValue: String, inSection s: Int, path: TOMLPath) throws(TOMLEditError) {
        let section = index.sections[s]
        let scan = scanner
        if let end = section.lastKeyValueLineEnd {
            try apply([(end..<end, newlineIfNeeded(at: end, scan) + text(scan, section.keyIndent) + keyValue + lineEnding)], for: path)
        } else if s == 0, index.sections.count > 1 {
            let at = scan.startOfOwnComments(index.sections[1].headerStart)
            try apply([(at..<at, keyValue + lineEnding + lineEnding)], for: path)
        } else {
            // A root without keys or headers (only comments, or nothing): add at the end.
            let at = s == 0 ? scan.bytes.count : section.bodyStart
            let indent = s == 0 ? "" : leadingSpaces(from: section.headerStart, scan)
            try apply([(at..<at, newlineIfNeeded(at: at, scan) + indent + keyValue + lineEnding)], for: path)
        }
    }

    private mutating func insertIntoInlineTable(
        _ table: SourceIndex.Entry, member: String, path: TOMLPath
    ) throws(TOMLEditError) {
        let lastMemberEnd = index.entries.lazy
            .filter { $0.kind == .inlineMember && $0.start > table.valueStart && $0.valueEnd < table.valueEnd }
            .map(\.valueEnd).max()
        if let end = lastMemberEnd {
            try apply([(end..<end, ", " + member)], for: path)
        } else {
            try apply([(table.valueStart..<table.valueEnd, "{ " + member + " }")], for: path)
        }
    }

    /// Only appending is supported: setting index `count` of an inline array adds an element.
    mutating func insertArrayElement(_ written: String, at position: Int, path: TOMLPath) throws(TOMLEditError) {
        guard let arrayEntry = index.entry(at: path.parent), let array = value(at: path.parent)?.array else {
            throw TOMLEditError(path: path, message: "there is no array written inline here")
        }
        guard position == array.count else {
            throw TOMLEditError(path: path, message: "index out of range: the array has \(array.count) elements")
        }
        if let last = index.entry(at: path.parent.appending(.index(array.count - 1))) {
            try apply(elementAppend(written, after: last, scanner), for: path)
        } else {
            try apply([(arrayEntry.valueStart..<arrayEntry.valueEnd, "[" + written + "]")], for: path)
        }
    }

    /// In a one-line array the element follows the last one (`, "c"`); in an array written one
    /// element per line it gets its own line with the same indentation and comma style.
    private func elementAppend(_ written: String, after last: SourceIndex.Entry, _ scan: LineScanner) -> [(Range<Int>, String)] {
        var afterLast = last.valueEnd
        while afterLast < scan.bytes.count, scan.isSpace(scan.bytes[afterLast]) { afterLast += 1 }
        let trailingComma = afterLast < scan.bytes.count && scan.bytes[afterLast] == UInt8(ascii: ",")
        let lineRest = trailingComma ? afterLast + 1 : last.valueEnd
        guard scan.onlySpacesBefore(last.start), scan.onlyTriviaAfter(lineRest),
            scan.nextLineStart(lineRest) < scan.bytes.count else {
            return [(last.valueEnd..<last.valueEnd, ", " + written)]
        }
        let next = scan.nextLineStart(lineRest)
        let line = text(scan, scan.lineStart(last.start)..<last.start) + written + (trailingComma ? "," : "") + lineEnding
        let comma = trailingComma ? [] : [(last.valueEnd..<last.valueEnd, ",")]
        return comma + [(next..<next, line)]
    }

    /// A new `[[header]]` entry goes after the last entry and its sub-tables, before any blank
    /// lines and the comments that introduce the next header.
    mutating func appendEntry(_ table: TOMLTable, after lastSection: Int, path: TOMLPath) throws(TOMLEditError) {
        let elementPath = index.sections[lastSection].path
        guard let keys = headerKeys(for: path) else {
            throw TOMLEditError(path: path, message: "its parent cannot be named by a header")
        }
        let scan = scanner
        let related = index.sections.indices.filter { index.sections[$0].path.hasPrefix(elementPath) }
        let end = scan.startOfBlankLines(related.map { sectionExtent($0, scan).upperBound }.max() ?? scan.bytes.count)
        let section = index.sections[lastSection]
        let indent = leadingSpaces(from: section.headerStart, scan)
        let block = newlineIfNeeded(at: end, scan) + lineEnding + indent + "[[\(TOMLWriter.keyPath(keys))]]" + lineEnding
            + keyValueLines(table, indent: section.lastKeyValueLineEnd == nil ? indent : text(scan, section.keyIndent))
        try apply([(end..<end, block)], for: path)
    }

    /// Appends a new header block at the end of the file, after one blank line.
    mutating func appendAtEnd(header: String, lines: String, for path: TOMLPath) throws(TOMLEditError) {
        let scan = scanner
        let end = scan.bytes.count
        var separator = newlineIfNeeded(at: end, scan)
        if end > 0, !scan.isBlankLine(startingAt: scan.lineStart(end - 1)) { separator += lineEnding }
        try apply([(end..<end, separator + header + lineEnding + lines)], for: path)
    }

    /// From the comment lines above a header to where the next header's comments begin.
    func sectionExtent(_ s: Int, _ scan: LineScanner) -> Range<Int> {
        let start = scan.startOfOwnComments(index.sections[s].headerStart)
        let end = s + 1 < index.sections.count
            ? scan.startOfOwnComments(index.sections[s + 1].headerStart) : scan.bytes.count
        return start..<end
    }

    private func newlineIfNeeded(at offset: Int, _ scan: LineScanner) -> String {
        offset > 0 && scan.bytes[offset - 1] != UInt8(ascii: "\n") ? lineEnding : ""
    }

    private func text(_ scan: LineScanner, _ range: Range<Int>) -> String {
        String(decoding: scan.bytes[range], as: UTF8.self)
    }

    private func leadingSpaces(from lineStart: Int, _ scan: LineScanner) -> String {
        var end = lineStart
        while end < scan.bytes.count, scan.isSpace(scan.bytes[end]) { end += 1 }
        return String(decoding: scan.bytes[lineStart..<end], as: UTF8.self)
    }
}
