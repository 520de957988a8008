/// How much text a removed value takes with it.
extension TOMLDocument {
    /// A key-value line goes with its comment lines and trailing comment; an array element or
    /// inline-table member goes with one adjoining comma (and its whole line when it stood alone
    /// on one, as in a multi-line array).
    func removalRange(of entry: SourceIndex.Entry, _ scan: LineScanner) -> Range<Int> {
        if entry.kind == .keyValue {
            return scan.startOfOwnComments(scan.lineStart(entry.start))..<scan.nextLineStart(entry.valueEnd)
        }
        return withSeparator(entry.start..<entry.valueEnd, previousEnd: previousSiblingEnd(of: entry), scan)
    }

    /// Extends the text of one or more neighbouring elements by the comma after them, or, for
    /// the last element, by the comma before them (found after the previous element's end, so
    /// that a comma inside a comment is never mistaken for one).
    private func withSeparator(_ span: Range<Int>, previousEnd: Int?, _ scan: LineScanner) -> Range<Int> {
        let bytes = scan.bytes
        var after = skipTrivia(from: span.upperBound, bytes)
        if after < bytes.count, bytes[after] == UInt8(ascii: ",") {
            after += 1
            if scan.onlySpacesBefore(span.lowerBound), scan.onlyTriviaAfter(after) {
                return scan.lineStart(span.lowerBound)..<scan.nextLineStart(after)
            }
            while after < bytes.count, scan.isSpace(bytes[after]) { after += 1 }
            return span.lowerBound..<after
        }
        if let previousEnd {
            let comma = skipTrivia(from: previousEnd, bytes)
            if comma < span.lowerBound, bytes[comma] == UInt8(ascii: ",") { return comma..<span.upperBound }
        }
        return span
    }

    /// Skips spaces, newlines and comments, as TOML allows between array elements.
    private func skipTrivia(from offset: Int, _ bytes: [UInt8]) -> Int {
        var j = offset
        while j < bytes.count {
            switch bytes[j] {
            case 0x20, 0x09, UInt8(ascii: "\n"), UInt8(ascii: "\r"): j += 1
            case UInt8(ascii: "#"):
                while j < bytes.count, bytes[j] != UInt8(ascii: "\n") { j += 1 }
            default: return j
            }
        }
        return j
    }

    /// The end of the element or member written just before this one in the same container.
    private func previousSiblingEnd(of entry: SourceIndex.Entry) -> Int? {
        if case .index(let i)? = entry.path.last {
            return i > 0 ? index.entry(at: entry.path.parent.appending(.index(i - 1)))?.valueEnd : nil
        }
        guard let table = index.enclosingInlineTable(of: entry.path) else { return nil }
        return index.entries.lazy
            .filter { $0.kind == .inlineMember && $0.valueEnd <= entry.start && $0.start > table.valueStart }
            .map(\.valueEnd).max()
    }

    /// Everything that defines the table at `path`: its headers' sections (with the comments
    /// above them), dotted-key lines, and dotted members of an inline table, merged into
    /// disjoint ranges. A removal reaching the end of the file also takes the blank lines
    /// before it, so no trailing blanks remain.
    func removalRanges(under path: TOMLPath) -> [Range<Int>] {
        let scan = scanner
        if let dotted = index.dottedTable(at: path), dotted.insideInlineTable {
            return inlineMemberRanges(under: path, scan)
        }
        let sections = index.sections.indices.filter { $0 > 0 && index.sections[$0].path.hasPrefix(path) }
        let lines = index.entries.filter { $0.kind == .keyValue && $0.path.hasPrefix(path) }
        var ranges = merged(sections.map { sectionExtent($0, scan) } + lines.map { removalRange(of: $0, scan) }) { _ in false }
        if let last = ranges.last, last.upperBound == scan.bytes.count {
            ranges[ranges.count - 1] = scan.startOfBlankLines(last.lowerBound)..<last.upperBound
        }
        return ranges
    }

    /// `{ x = 0, a.b = 1, a.c = 2 }` without `a`: the members of `a` that stand next to each
    /// other are removed as one run with one comma, so no doubled or trailing comma is left.
    private func inlineMemberRanges(under path: TOMLPath, _ scan: LineScanner) -> [Range<Int>] {
        let members = index.entries.filter { $0.kind == .inlineMember && $0.path.hasPrefix(path) }
        let runs = merged(members.map { $0.start..<$0.valueEnd }) { gap in
            scan.bytes[gap].allSatisfy { $0 == UInt8(ascii: ",") || scan.isSpace($0) }
        }
        return runs.map { run in
            let first = members.first { $0.start == run.lowerBound }
            return withSeparator(run, previousEnd: first.flatMap(previousSiblingEnd), scan)
        }
    }

    /// Sorts ranges and joins those that overlap, or whose gap `joinable` accepts.
    private func merged(_ ranges: [Range<Int>], joinable: (Range<Int>) -> Bool) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last,
                range.lowerBound <= last.upperBound || joinable(last.upperBound..<range.lowerBound) {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}
