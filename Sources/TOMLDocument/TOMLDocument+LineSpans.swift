/// Whole-line spans of what a path writes, for tools that show or mark text around a value
/// (the merge driver's conflict markers) rather than edit it.
extension TOMLDocument {
    /// The UTF-8 byte range of the whole lines that write the value at `path`: a key-value line
    /// (several lines for a multi-line string or array), or a `[header]` table / one `[[header]]`
    /// entry from its header (with the comment lines directly above it) to the line before the
    /// next header. nil for an inline member or array element, for a table that is spread over
    /// separate places in the file, and for a missing path.
    public func lineSpan(of path: TOMLPath) -> Range<Int>? {
        let index = self.index
        let scan = scanner
        if let entry = index.entry(at: path) {
            guard entry.kind == .keyValue else { return nil }
            return scan.lineStart(entry.start)..<scan.nextLineStart(entry.valueEnd)
        }
        guard index.section(at: path) != nil else { return nil }
        let ranges = removalRanges(under: path)
        return ranges.count == 1 ? ranges[0] : nil
    }
}
