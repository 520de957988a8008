import CNcursesShim
import VisitDeskUI

/// Turns what `wget_wch` returns into VisitDesk keys. Pure, so the mapping is tested without a
/// terminal; the screen only feeds it.
public enum KeyDecoder {
    /// `code` is a KEY_* constant when `isKeyCode` (wget_wch returned KEY_CODE_YES), otherwise a
    /// Unicode scalar. Nil for codes VisitDesk has no use for (mouse, unknown function keys).
    public static func decode(_ code: UInt32, isKeyCode: Bool) -> TerminalInput? {
        isKeyCode ? decodeKeyCode(Int32(bitPattern: code)) : decodeCharacter(code)
    }

    /// Adds one decoded input, folding a combining mark into the character before it so that
    /// `e` + U+0308 typed or pasted arrives as the one grapheme `ë`.
    public static func append(_ input: TerminalInput, to inputs: inout [TerminalInput]) {
        if case .key(.character(let mark)) = input,
           mark.unicodeScalars.allSatisfy({ $0.properties.isGraphemeExtend }),
           case .key(.character(let base))? = inputs.last {
            let combined = String(base) + String(mark)
            if combined.count == 1, let character = combined.first {
                inputs[inputs.count - 1] = .key(.character(character))
                return
            }
        }
        inputs.append(input)
    }

    private static func decodeKeyCode(_ code: Int32) -> TerminalInput? {
        switch code {
        case KEY_RESIZE: return .resize
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        // xterm's terminfo names `ESC [ 1 ~` and `ESC [ 4 ~` (what tmux and the Linux console send
        // for Home and End) Find and Select; no one presses those, so they are Home and End.
        case KEY_HOME, KEY_FIND, KEY_A1: return .key(.home)
        case KEY_END, KEY_SELECT, KEY_C1: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BTAB: return .key(.backTab)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_ENTER: return .key(.enter)
        case vd_key_f(1)...vd_key_f(63): return .key(.function(Int(code - vd_key_f(0))))
        default: return nil
        }
    }

    private static func decodeCharacter(_ code: UInt32) -> TerminalInput? {
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26:
            // Ctrl-A is 1 … Ctrl-Z is 26 (8, 9, 10 and 13 are taken above).
            return .key(.control(Character(Unicode.Scalar(UInt8(code) + 96))))
        case 0..<32, 0x80..<0xA0:
            return nil
        default:
            guard let scalar = Unicode.Scalar(code) else { return nil }
            return .key(.character(Character(scalar)))
        }
    }
}
