/// A key press as the UI core understands it, independent of ncurses' codes or tmux's names.
public enum Key: Hashable, Sendable {
    /// A printable character (letters in any script, digits, punctuation, space).
    case character(Character)
    /// Control + a letter, lowercase (`C-r` is `.control("r")`).
    case control(Character)
    case enter
    case escape
    case tab
    case backTab
    case backspace
    case delete
    case up, down, left, right
    case home, end
    case pageUp, pageDown
    case function(Int)
    /// Alt (Meta) + a character, as readline's `M-b`: the terminal sends Esc and the character
    /// together, which must never run as Esc followed by a command.
    case alt(Character)
    /// An escape sequence the terminal sent that VisitDesk has no meaning for (`ESC [ 1 ; 5 P`);
    /// kept whole so its characters never arrive as commands.
    case unknownSequence(String)
    /// Text pasted with bracketed paste: inserted into a field as text, never run as keys.
    case paste(String)
}
