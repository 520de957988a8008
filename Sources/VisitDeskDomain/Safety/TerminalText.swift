/// Text on its way to a terminal or a clipboard, made harmless.
///
/// Store files are written by people and by other programs: a field, a file name or a pasted
/// "phone number" can carry escape sequences (OSC 52 writes the clipboard, OSC 0 the window
/// title, CSI clears the screen), bidi overrides that reorder what is read, or a newline that
/// breaks the `FILE:LINE:` format and smuggles a shell command into a copied value. Every path
/// from the program to a terminal or clipboard goes through `sanitised`; JSON output does not
/// (JSON escapes control characters itself, and scripts need the exact text).
public enum TerminalText {
    /// `text` with every control character shown as a visible stand-in: C0 controls as Unicode's
    /// control pictures (ESC → `␛`, newline → `␊`), DEL → `␡`, C1 controls and bidi controls as
    /// `U+XXXX`. `keepingNewlines` keeps `\n` (and tabs) for multi-line messages of our own.
    public static func sanitised(_ text: String, keepingNewlines: Bool = false) -> String {
        guard needsWork(text, keepingNewlines: keepingNewlines) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if keepingNewlines && (scalar == "\n" || scalar == "\t") {
                result.append(scalar)
            } else if value < 0x20 {
                result.append(Unicode.Scalar(0x2400 + value)!)
            } else if value == 0x7F {
                result.append("\u{2421}")
            } else if (0x80...0x9F).contains(value) || isBidiControl(value) {
                result.append(contentsOf: codePoint(value).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `text` holds anything `sanitised` would change: the fast path for clean text.
    public static func needsWork(_ text: String, keepingNewlines: Bool = false) -> Bool {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x20 {
                if keepingNewlines && (scalar == "\n" || scalar == "\t") { continue }
                return true
            }
            if value == 0x7F || (0x80...0x9F).contains(value) || isBidiControl(value) { return true }
        }
        return false
    }

    /// Explicit direction marks, embeddings, overrides and isolates (Unicode's Bidi_Control).
    static func isBidiControl(_ value: UInt32) -> Bool {
        value == 0x061C || value == 0x200E || value == 0x200F || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    static func codePoint(_ value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
