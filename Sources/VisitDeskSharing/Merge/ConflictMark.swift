import TOMLDocument

/// Conflict markers for plain git: only the lines of the conflicting key (or entry) are
/// wrapped, ours above `=======`, theirs below, so the rest of the file is merged already and
/// the person resolves one key, not the whole record.
struct ConflictMark {
    var field: FieldPath
    /// Their lines for the field, exactly as written on their side (nil: absent there).
    var theirText: String?

    /// Our merged text with every mark written in. Marks whose lines overlap share one block.
    static func apply(_ marks: [ConflictMark], to document: TOMLDocument, rules: MergeRules) -> String {
        guard !marks.isEmpty else { return document.text }
        let newline = document.lineEnding
        var bytes = Array(document.text.utf8)
        if let last = bytes.last, last != UInt8(ascii: "\n") { bytes.append(contentsOf: newline.utf8) }
        var blocks: [(range: Range<Int>, theirs: String)] = []
        for mark in marks {
            let ours = document.locate(mark.field, rules: rules).flatMap(document.lineSpan(of:))
            let range = ours ?? insertionPoint(for: mark.field, in: document, rules: rules, end: bytes.count)
            blocks.append((range, mark.theirText ?? ""))
        }
        blocks.sort { $0.range.lowerBound < $1.range.lowerBound }
        var joined: [(range: Range<Int>, theirs: String)] = []
        for block in blocks {
            if let last = joined.last, block.range.lowerBound < last.range.upperBound {
                joined[joined.count - 1] = (last.range.lowerBound..<max(last.range.upperBound, block.range.upperBound), last.theirs + block.theirs)
            } else {
                joined.append(block)
            }
        }
        for block in joined.reversed() {
            let ours = String(decoding: bytes[block.range], as: UTF8.self)
            var theirs = block.theirs
            if !theirs.isEmpty, !theirs.hasSuffix("\n") { theirs += newline }
            let text = "<<<<<<< ours" + newline + ours + "=======" + newline + theirs + ">>>>>>> theirs" + newline
            bytes.replaceSubrange(block.range, with: text.utf8)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Where a field our side does not have would go: after its entry's lines, before the first
    /// table header for a top-level key, else at the end of the file.
    private static func insertionPoint(for field: FieldPath, in document: TOMLDocument, rules: MergeRules, end: Int) -> Range<Int> {
        var parent = FieldPath(Array(field.steps.dropLast()))
        while !parent.steps.isEmpty {
            if let span = document.locate(parent, rules: rules).flatMap(document.lineSpan(of:)) {
                return span.upperBound..<span.upperBound
            }
            parent = FieldPath(Array(parent.steps.dropLast()))
        }
        if field.steps.count == 1, case .key = field.steps[0] {
            for (key, value) in document.root.entries {
                let path: TOMLPath = value.array?.first?.table != nil ? [.key(key), .index(0)] : [.key(key)]
                guard value.table != nil || value.array?.first?.table != nil,
                    let span = document.lineSpan(of: path) else { continue }
                return span.lowerBound..<span.lowerBound
            }
        }
        return end..<end
    }
}

extension TOMLDocument {
    /// The lines that write `path`, as text.
    func lineText(_ path: TOMLPath) -> String? {
        lineSpan(of: path).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
    }
}
