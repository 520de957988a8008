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
}
