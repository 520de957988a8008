/// Byte offsets of everything the editor may need to touch, recorded during the parse so an
/// edit can splice the original text instead of re-serialising it.
struct SourceIndex: Sendable {
    /// A key-value pair, an inline-table member or an array element.
    struct Entry: Sendable {
        enum Kind: Sendable { case keyValue, inlineMember, arrayElement }
        var path: TOMLPath
        var kind: Kind
        /// Where the key (or the element) starts.
        var start: Int
        var position: TOMLPosition
        var valueStart: Int
        var valueEnd: Int
        /// The section the line belongs to (index into `sections`).
        var section: Int
    }

    /// The root table or a `[header]` / `[[header]]` block with the lines below it.
    struct Section: Sendable {
        var path: TOMLPath
        var isArrayElement: Bool
        /// Offset of the header line's first byte (0 for the root).
        var headerStart: Int
        /// Offset just after the header line.
        var bodyStart: Int
        var position: TOMLPosition
        /// Offset just after the last key-value line of this section, if it has one.
        var lastKeyValueLineEnd: Int?
        /// Leading whitespace of the last key-value line (a byte range), reused for inserted keys.
        var keyIndent: Range<Int> = 0..<0

        /// The keys before the first header; its body starts after a byte-order mark, if any.
        static let root = Section(
            path: [], isArrayElement: false, headerStart: 0, bodyStart: 0,
            position: TOMLPosition(line: 1, column: 1))
    }

    /// A table created by dotted keys (`apple.color = 1` creates `apple`), on key-value lines
    /// of a section or inside an inline table (`point = { x.y = 1 }`).
    struct DottedTable: Sendable {
        var path: TOMLPath
        var section: Int
        var insideInlineTable: Bool
    }

    var entries: [Entry] = []
    var sections: [Section] = []
    var dottedTables: [DottedTable] = []

    /// The index of an empty document: just the root section.
    static let empty = SourceIndex(sections: [.root])

    func entry(at path: TOMLPath) -> Entry? {
        entries.first { $0.path == path }
    }

    func section(at path: TOMLPath) -> Int? {
        sections.firstIndex { $0.path == path }
    }

    func dottedTable(at path: TOMLPath) -> DottedTable? {
        dottedTables.first { $0.path == path }
    }

    /// The inline table value that (directly or through dotted keys) contains `path`.
    func enclosingInlineTable(of path: TOMLPath) -> Entry? {
        var prefix = path.parent
        while !prefix.isEmpty {
            if let entry = entry(at: prefix) { return entry }
            prefix = prefix.parent
        }
        return nil
    }
}
