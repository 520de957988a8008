import VisitDeskDomain
import VisitDeskUI

/// What the dashboard needs from the store side, as closures so the runtime stays independent
/// of how the store reads and watches files. Throw only for errors that must end the session
/// (the terminal is restored before the error leaves `DashboardSession.run`); report anything
/// the user can live with as an action or a nil reload.
public struct StoreHooks {
    /// The watcher's descriptor (inotify); nil for a dashboard that does not follow the disk.
    public var watchFD: Int32?
    /// Called when `watchFD` is readable: drain its events (remember what changed if you like).
    public var onWatchReadable: () throws -> Void
    /// Called once changes have settled (50 ms after the first event of a burst): what changed,
    /// as actions for `update` — the new catalog with a status-bar summary, the letter templates —
    /// or none when nothing relevant changed.
    public var reload: () throws -> [Action]
    /// Effects the runtime does not perform itself; the actions returned are fed back to update.
    public var perform: (Effect) throws -> [Action]
    /// The theme for a name (`T` cycles names). When it cannot be loaded, return
    /// `Theme.fallback` and a message saying why; the status bar shows it.
    public var theme: (String) -> (Theme, String?)
    /// Effects that run a child process on the terminal (the editor): the session leaves curses
    /// before `perform` and takes the screen back after it.
    public var needsTerminal: (Effect) -> Bool = { _ in false }
    /// Asked once a minute, with the clock: actions from work that runs on its own time (the
    /// background sync's "offline · 3 to send"). Empty when there is nothing new to say.
    public var everyMinute: () -> [Action] = { [] }
    /// Effects too slow for the key path (a PDF engine, sendmail): return the work as a closure
    /// over values, made on the main thread; the session runs it on a background queue and feeds
    /// the actions it returns to `update` when they come back. nil: perform it as usual.
    public var background: (Effect) -> (@Sendable () -> [Action])? = { _ in nil }
    /// Called once as the session starts with a function any thread may call to hand actions
    /// to `update` (they arrive on the loop's thread, in order): work on its own time, such as
    /// the background sync, reports the moment it has something to say.
    public var connect: (@escaping @Sendable ([Action]) -> Void) -> Void = { _ in }

    /// Draw first, verify after: work that checks what the first frame was drawn from (the
    /// store's folders against its start-up cache). `check` runs off the main thread once the
    /// first frame is on screen; `finish` then runs on the main thread and answers with actions
    /// (the checked catalog). The deferred indexes start after it, so they never compete with it.
    public var startupCheck: (check: @Sendable () -> Void, finish: () -> [Action])?
    /// Called on the main thread once the first frame is on screen, before `startupCheck` starts:
    /// set-up the first frame need not wait for (the watcher's folder watches, the store's table
    /// of known files).
    public var afterFirstFrame: () -> Void = {}

    public init(
        watchFD: Int32? = nil,
        onWatchReadable: @escaping () throws -> Void = {},
        reload: @escaping () throws -> [Action] = { [] },
        perform: @escaping (Effect) throws -> [Action] = { _ in [] },
        theme: @escaping (String) -> (Theme, String?) = { _ in (Theme.fallback, nil) }
    ) {
        self.watchFD = watchFD
        self.onWatchReadable = onWatchReadable
        self.reload = reload
        self.perform = perform
        self.theme = theme
    }
}
