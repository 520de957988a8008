import VisitDeskUI

/// Puts back together what ncurses hands over one character at a time when it does not know a
/// sequence: Alt+key (Esc and the character, sent together) becomes `M-x`; a CSI or SS3 sequence
/// becomes the key it means (Home, End, Delete in the forms xterm, tmux and rxvt send) or one
/// `unknownSequence`, never Esc followed by characters that would run as commands; a bracketed
/// paste becomes one `paste` of text, even when it arrives over several reads.
public struct InputAssembler: Sendable {
    /// Text of a paste whose end marker has not arrived yet.
    private var pasting: String?
    /// A paste longer than this is handed on in parts rather than held without end.
    static let pasteLimit = 1 << 16

    public init() {}

    public mutating func feed(_ inputs: [TerminalInput]) -> [TerminalInput] {
        var out: [TerminalInput] = []
        var i = 0
        while i < inputs.count {
            if pasting != nil {
                i = continuePaste(inputs, from: i, into: &out)
                continue
            }
            guard inputs[i] == .key(.escape), i + 1 < inputs.count, case .key(let next) = inputs[i + 1] else {
                out.append(inputs[i])
                i += 1
                continue
            }
            switch next {
            case .character("["), .character("O"):
                let (input, end) = sequence(inputs, introducer: next == .character("[") ? "[" : "O", from: i + 2)
                if let input { out.append(input) }
                i = end
            case .character(let c):
                out.append(.key(.alt(c)))
                i += 2
            default:
                out.append(inputs[i])
                i += 1
            }
        }
        if let text = pasting, text.utf8.count > Self.pasteLimit {
            out.append(.key(.paste(text)))
            pasting = ""
        }
        return out
    }

    /// Reads a CSI (`ESC [ params final`) or SS3 (`ESC O final`) sequence starting at `start`;
    /// returns what it means (nil for the paste markers, which change state instead) and the
    /// position after it. A sequence cut short by the end of the read is reported as unknown.
    private mutating func sequence(_ inputs: [TerminalInput], introducer: String, from start: Int) -> (TerminalInput?, Int) {
        var body = ""
        var i = start
        while i < inputs.count, case .key(.character(let c)) = inputs[i], let ascii = c.asciiValue {
            body.append(c)
            i += 1
            let isFinal = introducer == "O" || (0x40...0x7E).contains(ascii)
            if isFinal { break }
        }
        if body.isEmpty {
            // `M-[` or `M-O` typed: nothing followed.
            return (.key(.alt(Character(introducer))), start)
        }
        switch introducer + body {
        case "[200~":
            pasting = ""
            return (nil, i)
        case "[201~":
            return (nil, i)
        default:
            return (Self.known[introducer + body].map { .key($0) } ?? .key(.unknownSequence("ESC" + introducer + body)), i)
        }
    }

    /// Sequences terminals send for keys that terminfo may not list for the TERM in use.
    static let known: [String: Key] = [
        "[1~": .home, "[7~": .home, "[H": .home, "OH": .home,
        "[4~": .end, "[8~": .end, "[F": .end, "OF": .end,
        "[3~": .delete, "[5~": .pageUp, "[6~": .pageDown, "[Z": .backTab,
        "[A": .up, "[B": .down, "[C": .right, "[D": .left,
        "OA": .up, "OB": .down, "OC": .right, "OD": .left,
    ]

    /// Inside a paste every key is text until `ESC [ 2 0 1 ~`.
    private mutating func continuePaste(_ inputs: [TerminalInput], from start: Int, into out: inout [TerminalInput]) -> Int {
        var i = start
        var text = pasting ?? ""
        let end: [TerminalInput] = [.key(.escape), .key(.character("[")), .key(.character("2")), .key(.character("0")),
                                    .key(.character("1")), .key(.character("~"))]
        while i < inputs.count {
            if inputs[i] == .key(.escape), Array(inputs[i..<min(inputs.count, i + end.count)]) == end {
                out.append(.key(.paste(text)))
                pasting = nil
                return i + end.count
            }
            if case .key(let key) = inputs[i] {
                switch key {
                case .character(let c): text.append(c)
                case .enter: text.append("\n")
                case .tab: text.append("\t")
                default: break
                }
            }
            i += 1
        }
        pasting = text
        return i
    }
}
