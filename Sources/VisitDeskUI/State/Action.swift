import VisitDeskDomain

/// Everything that can happen to the dashboard, named for what happened rather than what to do:
/// the edges (keyboard, watcher, timer, effect runners) report, `update` decides.
public enum Action: Sendable {
    case key(Key)
    case resized(TerminalSize)
    /// The store changed on disk; `summary` ("reloaded delegations/x.toml") goes to the status bar.
    case catalogReplaced(Catalog, summary: String?)
    case clock(ClockReading)
    /// An edge reports an outcome ("copied +46 72 …", "write failed: …").
    case message(String)
}

/// Work that only the edges can do. `update` returns these instead of doing I/O, so every
/// key can be tested without a terminal and the runtime stays the only place with side effects.
public enum Effect: Hashable, Sendable {
    case quit
    /// The backend re-applies colours for the named theme.
    case themeChanged(name: String)
}
