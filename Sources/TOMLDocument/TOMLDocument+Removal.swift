/// How much text a removed value takes with it.
extension TOMLDocument {
    /// A key-value line goes with its comment lines and trailing comment; an array element or
    /// inline-table member goes with one adjoining comma (and its whole line when it stood alone
    /// on one, as in a multi-line array).
    func removalRange(of entry: SourceIndex.Entry) -> Range<Int> {
        let scan = scanner
        if entry.kind == .keyValue {
            return scan.startOfOwnComments(scan.lineStart(entry.start))..<scan.nextLineStart(entry.valueEnd)
        }
        let bytes = scan.bytes
        var after = entry.valueEnd
        while after < bytes.count, scan.isSpace(bytes[after]) { after += 1 }
        if after < bytes.count, bytes[after] == UInt8(ascii: ",") {
            after += 1
            if scan.onlySpacesBefore(entry.start), scan.onlyTriviaAfter(after) {
                return scan.lineStart(entry.start)..<scan.nextLineStart(after)
            }
            while after < bytes.count, scan.isSpace(bytes[after]) { after += 1 }
            return entry.start..<after
        }
        var before = entry.start
        while before > 0, scan.isSpace(bytes[before - 1]) || bytes[before - 1] == UInt8(ascii: "\n")
            || bytes[before - 1] == UInt8(ascii: "\r") { before -= 1 }
        if before > 0, bytes[before - 1] == UInt8(ascii: ",") {
            return (before - 1)..<entry.valueEnd
        }
        return entry.start..<entry.valueEnd
    }
}
