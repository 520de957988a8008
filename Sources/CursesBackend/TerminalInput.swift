import VisitDeskUI

/// What the keyboard side of the terminal reported: a key, or that the window changed size
/// (ncurses queues KEY_RESIZE among the keys).
public enum TerminalInput: Hashable, Sendable {
    case key(Key)
    case resize
}
