/// Line arithmetic on the document's bytes, used to decide how much text an edit takes with it
/// (a removed key takes its comment lines; an inserted key lands after the last key line).
struct LineScanner {
    let bytes: [UInt8]

    func lineStart(_ offset: Int) -> Int {
        var j = min(offset, bytes.count)
        while j > 0, bytes[j - 1] != UInt8(ascii: "\n") { j -= 1 }
        return j
    }

    /// The offset after the newline that ends the line containing `offset` (or the end).
    func nextLineStart(_ offset: Int) -> Int {
        var j = offset
        while j < bytes.count, bytes[j] != UInt8(ascii: "\n") { j += 1 }
        return min(j + 1, bytes.count)
    }

    func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// Only spaces and tabs between the line start and `offset`.
    func onlySpacesBefore(_ offset: Int) -> Bool {
        bytes[lineStart(offset)..<offset].allSatisfy(isSpace)
    }

    /// After `offset`: spaces, an optional comment, then the end of the line.
    func onlyTriviaAfter(_ offset: Int) -> Bool {
        var j = offset
        while j < bytes.count, isSpace(bytes[j]) { j += 1 }
        return j == bytes.count || [UInt8(ascii: "#"), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[j])
    }

    func isBlankLine(startingAt start: Int) -> Bool {
        var j = start
        while j < bytes.count, isSpace(bytes[j]) { j += 1 }
        return j < bytes.count && (bytes[j] == UInt8(ascii: "\n") || bytes[j] == UInt8(ascii: "\r"))
    }

    func isCommentLine(startingAt start: Int) -> Bool {
        var j = start
        while j < bytes.count, isSpace(bytes[j]) { j += 1 }
        return j < bytes.count && bytes[j] == UInt8(ascii: "#")
    }

    /// Moves a line start up over the comment lines directly above it (no blank line between):
    /// those comments describe the line and go wherever it goes.
    func startOfOwnComments(_ lineStart: Int) -> Int {
        startOfLines(above: lineStart, where: isCommentLine)
    }

    func startOfBlankLines(_ lineStart: Int) -> Int {
        startOfLines(above: lineStart, where: isBlankLine)
    }

    private func startOfLines(above lineStart: Int, where matches: (Int) -> Bool) -> Int {
        var start = lineStart
        while start > 0 {
            let previous = self.lineStart(start - 1)
            guard matches(previous) else { break }
            start = previous
        }
        return start
    }
}
