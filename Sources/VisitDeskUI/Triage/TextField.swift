/// One line of editable text. The cursor counts graphemes, never scalars or bytes, so `Zoë`
/// typed as `e` + U+0308 and `张伟` behave as three and two characters; the screen column comes
/// from display widths, so the terminal cursor sits after a wide glyph, not inside it.
public struct TextField: Sendable, Hashable {
    public private(set) var text: String
    /// Graphemes before the cursor.
    public private(set) var cursor: Int

    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// Cells from the start of the text to the cursor.
    public var cursorColumn: Int { DisplayWidth.of(text.prefix(cursor)) }

    /// Inserts at the cursor. A combining mark typed on its own joins the character before it,
    /// and a paste of many characters lands whole, in order.
    public mutating func insert(_ typed: String) {
        let head = String(text.prefix(cursor)) + typed
        text = head + text.dropFirst(cursor)
        cursor = head.count
    }

    public mutating func replaceAll(with new: String) {
        text = new
        cursor = new.count
    }

    /// Handles the editing keys; false for keys a text field does not use (Tab, Enter, Up…).
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .character(let c): insert(String(c))
        case .paste(let pasted): insert(TextField.oneLine(pasted))
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(text.count, cursor + 1)
        case .home, .control("a"): cursor = 0
        case .end, .control("e"): cursor = text.count
        case .backspace:
            guard cursor > 0 else { return true }
            remove(from: cursor - 1, to: cursor)
        case .delete, .control("d"):
            guard cursor < text.count else { return true }
            remove(from: cursor, to: cursor + 1)
        case .control("w"): remove(from: wordStart(before: cursor), to: cursor)
        // readline's word moves, which arrive as Alt keys now that Alt is its own key.
        case .alt("b"): cursor = wordStart(before: cursor)
        case .alt("f"): cursor = wordEnd(after: cursor)
        case .control("u"): remove(from: 0, to: cursor)
        case .control("k"): remove(from: cursor, to: text.count)
        default: return false
        }
        return true
    }

    /// Where C-w stops: back over spaces, then over the word, as in a shell. Ideographs count as
    /// word characters, so C-w after `河北 代表团` removes `代表团`.
    func wordStart(before position: Int) -> Int {
        let characters = Array(text.prefix(position))
        var start = characters.count
        while start > 0, characters[start - 1].isWhitespace { start -= 1 }
        while start > 0, !characters[start - 1].isWhitespace, !TextField.isWordBreak(characters[start - 1]) { start -= 1 }
        if start == characters.count, start > 0 { start -= 1 }  // a lone punctuation mark goes on its own
        return start
    }

    /// Pasted text as one line: line breaks and tabs become spaces, other control characters go,
    /// so a pasted phone number or address lands as text and nothing raw reaches the terminal.
    static func oneLine(_ pasted: String) -> String {
        var out = ""
        for c in pasted {
            if c == "\n" || c == "\r\n" || c == "\r" || c == "\t" {
                if !out.hasSuffix(" ") { out.append(" ") }
            } else if !c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                out.append(c)
            }
        }
        return out.trimmingWhitespace
    }

    /// Pasted text for a field of several lines: each line as `oneLine` makes it, joined by `\n`.
    static func lines(_ pasted: String) -> String {
        pasted.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .map { oneLine(String($0)) }.joined(separator: "\n")
    }

    /// The text cut into lines, with the line the cursor is on and the cursor's place in it.
    public var lineLayout: (lines: [Substring], cursorLine: Int, cursorInLine: Int) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let before = text.prefix(cursor)
        let cursorLine = before.count { $0 == "\n" }
        let cursorInLine = before.count - (before.lastIndex(of: "\n").map { before.distance(from: before.startIndex, to: $0) + 1 } ?? 0)
        return (lines, cursorLine, cursorInLine)
    }

    /// Up/Down in a field of several lines: the cursor to the line above or below, at the same
    /// screen column or the line's end when it is shorter (a wide glyph is not split). False on
    /// the first or last line, where the keys move to the previous or next field instead.
    public mutating func moveLine(_ step: Int) -> Bool {
        let (lines, line, inLine) = lineLayout
        let target = line + step
        guard step != 0, lines.indices.contains(target) else { return false }
        let column = DisplayWidth.of(lines[line].prefix(inLine))
        var offset = 0, width = 0
        for c in lines[target] {
            let next = width + DisplayWidth.of(c)
            if next > column { break }
            width = next
            offset += 1
        }
        // Graphemes before the target line: every earlier line and its line break.
        cursor = lines[..<target].reduce(0) { $0 + $1.count + 1 } + offset
        return true
    }

    /// A field holding `text` with the cursor after `cursor` graphemes (for one line of a
    /// multi-line field, windowed like any other).
    init(_ text: String, cursor: Int) {
        self.text = text
        self.cursor = min(max(0, cursor), text.count)
    }

    /// Where M-f stops: over spaces, then to the end of the word.
    func wordEnd(after position: Int) -> Int {
        let characters = Array(text)
        var end = position
        while end < characters.count, characters[end].isWhitespace { end += 1 }
        while end < characters.count, !characters[end].isWhitespace, !TextField.isWordBreak(characters[end]) { end += 1 }
        return max(end, min(position + 1, characters.count))
    }

    private static func isWordBreak(_ c: Character) -> Bool {
        ",;/".contains(c) || c == "，" || c == "、"
    }

    private mutating func remove(from start: Int, to end: Int) {
        guard start < end else { return }
        text = String(text.prefix(start)) + text.dropFirst(end)
        cursor = start
    }

    /// The part of the text to show in `width` cells so that the cursor is on screen, and the
    /// cursor's column inside that window.
    public func window(width: Int) -> (text: Substring, cursorColumn: Int) {
        let width = max(1, width)
        var start = text.startIndex
        var column = cursorColumn
        // Leave a cell after the cursor so typing at the end never writes past the field.
        while column > width - 1, start < text.endIndex {
            column -= DisplayWidth.of(text[start])
            start = text.index(after: start)
        }
        return (text[start...], column)
    }
}


