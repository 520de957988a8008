#if canImport(Glibc)
import Glibc
#endif
import CursesBackend
import VisitDeskDomain
import VisitDeskUI

/// How a dashboard session ended, so `main` can choose the exit status (128 + signal).
public enum SessionEnd: Equatable, Sendable {
    case quit
    case signal(Int32)
    /// The terminal went away (stdin closed or hung up).
    case terminalClosed
}

/// The running dashboard: keyboard, store watcher, signals and the minute clock feed `update`;
/// every batch of events ends in one `draw(render(state))`. Single-threaded, sleeping in poll().
///
/// The session blocks the dashboard's signals in its own thread and reads them from a signalfd.
/// A thread that does not block them could take a process-wide SIGTERM with the default action
/// and kill the process with the terminal unrestored: call `SignalMask.block(SignalMask.dashboard)`
/// before creating threads of your own (Dispatch's worker threads already block these; measured).
public final class DashboardSession {
    public private(set) var state: AppState
    private let hooks: StoreHooks
    private let clock: ClockReader
    private let inputFD: Int32
    private var loop = EventLoop()
    /// Outcomes of effects run off the main loop (`StoreHooks.background`), delivered to `update`.
    private var inbox: BackgroundInbox?
    private var screen: CursesScreen?
    private var end: SessionEnd?
    private var failure: (any Error)?
    private var pendingReload: EventLoop.TimerID?
    private var pendingTrim: EventLoop.TimerID?
    private var needsDraw = true
    private var settle: SettleTimer
    private let monotonicNow = LoopClock.system.monotonicMilliseconds

    /// `settle` decides when a burst of changes on disk is reloaded; its quiet time is the floor
    /// of the change-to-frame latency.
    public init(
        state: AppState, hooks: StoreHooks, clock: ClockReader = ClockReader(),
        inputFD: Int32 = STDIN_FILENO, settle: SettleTiming = SettleTiming()
    ) {
        self.state = state
        self.hooks = hooks
        self.clock = clock
        self.inputFD = inputFD
        self.settle = SettleTimer(timing: settle)
    }

    /// Takes over the terminal until quit, a terminating signal, or an error from a hook; the
    /// terminal is given back on every one of these paths before this returns or throws.
    @discardableResult
    public func run(device: TerminalDevice = TerminalDevice()) throws -> SessionEnd {
        // A clipboard tool that exits early must not kill the dashboard with SIGPIPE on write;
        // the write fails with EPIPE instead and is reported.
        signal(SIGPIPE, SIG_IGN)
        // A fresh loop per run, so running a session again does not double its handlers.
        loop = EventLoop()
        end = nil
        failure = nil
        pendingReload = nil
        pendingTrim = nil
        let inbox = try BackgroundInbox()
        self.inbox = inbox
        defer {
            // A document still being made finishes before the session (and its inbox) goes.
            inbox.drainQueue()
            self.inbox = nil
        }
        let screen = try CursesScreen(device: device)
        self.screen = screen
        defer {
            screen.restore()
            self.screen = nil
        }
        try start(screen)
        loop.run()
        if let failure { throw failure }
        return end ?? .quit
    }

    private func start(_ screen: CursesScreen) throws {
        applyTheme(named: state.themeName)
        dispatch(.resized(screen.size()))
        dispatch(.clock(clock.reading()))
        loop.watch(fd: inputFD) { [unowned self] readiness in
            if readiness.hangUp && !readiness.readable { return finish(.terminalClosed) }
            let inputs = screen.readInput()
            handle(inputs)
            drawIfNeeded()
            // A terminal that is gone (hung up under su or runuser, where no SIGHUP comes) stays
            // "readable" with nothing to read: without this the loop would spin at 100 % CPU.
            if readiness.hangUp || TerminalGone.afterEmptyRead(inputs.isEmpty, fd: inputFD) {
                finish(.terminalClosed)
            }
        }
        try loop.onSignals(SignalMask.dashboard) { [unowned self] signal in
            handle(signal: signal)
            drawIfNeeded()
        }
        if let inbox {
            loop.watch(fd: inbox.fileDescriptor) { [unowned self] _ in
                for action in inbox.take() { dispatch(action) }
                drawIfNeeded()
            }
            hooks.connect { actions in inbox.post(actions) }
        }
        if let fd = hooks.watchFD {
            loop.watch(fd: fd) { [unowned self] _ in
                guard attempt(hooks.onWatchReadable) else { return }
                scheduleReload()
            }
        }
        loop.everyMinute { [unowned self] in
            dispatch(.clock(clock.reading()))
            for action in hooks.everyMinute() { dispatch(action) }
            drawIfNeeded()
        }
        drawIfNeeded()
        hooks.afterFirstFrame()
        // Search keys and the other deferred indexes start once the first frame is on screen,
        // so on two cores they never slow it down; after the start-up check when there is one
        // (they would index a catalog the check may replace).
        if let inbox, let check = hooks.startupCheck {
            inbox.run(check.check) { [unowned self] in
                let actions = check.finish()
                BackgroundWork.start()
                scheduleMemoryTrim()
                return actions
            }
        } else {
            BackgroundWork.start()
        }
        scheduleMemoryTrim()
    }

    private func handle(_ inputs: [TerminalInput]) {
        for input in inputs where end == nil {
            switch input {
            case .resize:
                resize()
            // Raw mode turns C-z into a key; it keeps the meaning every terminal user expects.
            // C-c is a command in the table: quit over the panes, Esc in a form or a box.
            case .key(.control("z")):
                suspend()
            case .key(let key):
                dispatch(.key(key))
            }
        }
    }

    private func handle(signal: Int32) {
        switch signal {
        case SIGWINCH: resize()
        case SIGTSTP: suspend()
        case SIGCONT: resumed()
        default: finish(.signal(signal))  // SIGTERM, SIGHUP, SIGINT
        }
    }

    private func resize() {
        guard let screen else { return }
        dispatch(.resized(screen.resize()))
        // KEY_RESIZE waits in ncurses' queue, not on stdin: take it now so it cannot linger.
        handle(screen.readInput().filter { $0 != .resize })
    }

    private func suspend() {
        guard let screen else { return }
        screen.suspend()
        resumed()
    }

    private func resumed() {
        guard let screen else { return }
        dispatch(.resized(screen.resume()))
        needsDraw = true
    }

    private func scheduleReload() {
        let now = monotonicNow()
        let due = settle.event(at: now)
        if let pendingReload { loop.cancel(pendingReload) }
        pendingReload = loop.after(milliseconds: Int(due - now)) { [unowned self] in
            pendingReload = nil
            settle.fired()
            var actions: [Action] = []
            guard attempt({ actions = try hooks.reload() }) else { return }
            if !actions.isEmpty {
                for action in actions { dispatch(action) }
                drawIfNeeded()
                scheduleMemoryTrim()
            }
        }
    }

    /// A reload frees the last catalog's records and indexes, and background work (search keys,
    /// the calendar feed) frees its buffers in other threads' malloc arenas, which glibc keeps.
    /// Once the disk has been quiet for a while, hand the free pages back: a dashboard left open
    /// for days should hold what it shows, not its history. Measured at 10,000 delegations after
    /// ten changes: 135 MB resident before, 115 MB after.
    private func scheduleMemoryTrim() {
        if let pendingTrim { loop.cancel(pendingTrim) }
        pendingTrim = loop.after(milliseconds: 3_000) { [unowned self] in
            pendingTrim = nil
            _ = releaseFreeMemory(0)
        }
    }

    private func dispatch(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty, end == nil {
            let effects = update(&state, queue.removeFirst())
            needsDraw = true
            for effect in effects where end == nil {
                if effect == .quit {
                    finish(.quit)
                } else if case .themeChanged(let name) = effect {
                    applyTheme(named: name)
                } else if let inbox, let job = hooks.background(effect) {
                    inbox.run(job)
                } else {
                    var actions: [Action] = []
                    let handsOver = hooks.needsTerminal(effect)
                    if handsOver { screen?.leave() }
                    if attempt({ actions = try hooks.perform(effect) }) { queue += actions }
                    if handsOver { resumed() }
                }
            }
        }
    }

    private func applyTheme(named name: String) {
        let (theme, problem) = hooks.theme(name)
        screen?.apply(theme: theme)
        needsDraw = true
        if let problem { dispatch(.message(problem)) }
    }

    private func drawIfNeeded() {
        guard needsDraw, end == nil, let screen else { return }
        screen.draw(render(state), cursor: cursorPosition(state))
        needsDraw = false
    }

    /// Runs a hook; a thrown error ends the session and is rethrown by `run` after the
    /// terminal has been restored.
    private func attempt(_ hook: () throws -> Void) -> Bool {
        do {
            try hook()
            return true
        } catch {
            failure = error
            finish(.quit)
            return false
        }
    }

    private func finish(_ reason: SessionEnd) {
        if end == nil { end = reason }
        loop.stop()
    }
}

/// glibc's `malloc_trim`, which Swift's Glibc module does not export.
@_silgen_name("malloc_trim")
private func releaseFreeMemory(_ pad: Int) -> Int32
