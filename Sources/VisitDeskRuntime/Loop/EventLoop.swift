#if canImport(Glibc)
import Glibc
#endif

/// What poll() said about a watched descriptor.
public struct Readiness: Sendable, Equatable {
    public var readable: Bool
    /// The other end is gone (terminal closed, pipe writer exited): reading will never block
    /// again, so a handler that ignores this would make the loop spin.
    public var hangUp: Bool
}

/// A single-threaded loop that sleeps in poll() until a descriptor is readable or a timer is
/// due. It never wakes on its own: an idle program with only a minute tick wakes once a minute.
///
/// Main-thread only (not Sendable): handlers run on the thread that called `run()`.
public final class EventLoop {
    public struct TimerID: Hashable, Sendable { fileprivate let value: Int }
    public struct WatchID: Hashable, Sendable { fileprivate let value: Int }

    private struct Watch {
        let id: WatchID
        let fd: Int32
        let handler: (Readiness) -> Void
    }

    private struct Timer {
        let id: TimerID
        let deadline: Int64
        let sequence: Int
        let handler: () -> Void
    }

    private var watches: [Watch] = []
    private var timers: [Timer] = []
    private var nextID = 0
    private var stopped = false
    private var signalSource: SignalSource?
    private let clock: LoopClock

    /// How many times poll() returned: the figure that shows an idle loop does not wake.
    public private(set) var wakeUps = 0

    public init(clock: LoopClock = .system) {
        self.clock = clock
    }

    @discardableResult
    public func watch(fd: Int32, handler: @escaping (Readiness) -> Void) -> WatchID {
        let id = WatchID(value: makeID())
        watches.append(Watch(id: id, fd: fd, handler: handler))
        return id
    }

    public func unwatch(_ id: WatchID) {
        watches.removeAll { $0.id == id }
    }

    /// Runs `handler` once, `milliseconds` from now. Timers due at the same moment run in the
    /// order they were scheduled.
    @discardableResult
    public func after(milliseconds: Int, _ handler: @escaping () -> Void) -> TimerID {
        let id = TimerID(value: makeID())
        let deadline = clock.monotonicMilliseconds() + Int64(max(0, milliseconds))
        timers.append(Timer(id: id, deadline: deadline, sequence: id.value, handler: handler))
        return id
    }

    public func cancel(_ id: TimerID) {
        timers.removeAll { $0.id == id }
    }

    /// Calls `handler` just after every full minute of the wall clock (hh:mm:00), so a clock on
    /// screen turns over with the real one; the next tick is re-aligned each time, which also
    /// absorbs clock changes and time spent suspended.
    public func everyMinute(_ handler: @escaping () -> Void) {
        let millisecondsIntoMinute = clock.wallMilliseconds() % 60_000
        after(milliseconds: Int(60_000 - millisecondsIntoMinute) + 5) { [unowned self] in
            handler()
            self.everyMinute(handler)
        }
    }

    /// Delivers `signals` through a signalfd instead of asynchronous handlers, so they arrive
    /// in the loop like any other event. Blocks them in the calling thread; for signals sent to
    /// the whole process, block them with `SignalMask.block` at the top of main, before any
    /// thread exists, or another thread may take them with their default action.
    public func onSignals(_ signals: [Int32], handler: @escaping (Int32) -> Void) throws {
        let source = try SignalSource(signals: signals)
        signalSource = source
        watch(fd: source.fd) { _ in
            for signal in source.drain() { handler(signal) }
        }
    }

    public func stop() {
        stopped = true
    }

    /// Sleeps and dispatches until `stop()`; returns at once if there is nothing to wait for.
    public func run() {
        stopped = false
        while !stopped {
            let timeout = pollTimeout()
            if watches.isEmpty && timeout < 0 { return }
            var fds = watches.map { pollfd(fd: $0.fd, events: Int16(POLLIN), revents: 0) }
            let result = poll(&fds, nfds_t(fds.count), timeout)
            wakeUps += 1
            if result < 0 {
                if errno == EINTR { continue }
                return
            }
            if result > 0 { dispatchReady(fds) }
            if !stopped { fireDueTimers() }
        }
    }

    private func pollTimeout() -> Int32 {
        guard let next = timers.map(\.deadline).min() else { return -1 }
        let wait = next - clock.monotonicMilliseconds()
        return Int32(clamping: max(0, wait))
    }

    private func dispatchReady(_ fds: [pollfd]) {
        let snapshot = watches
        for (watch, entry) in zip(snapshot, fds) where entry.revents != 0 {
            if stopped { return }
            if entry.revents & Int16(POLLNVAL) != 0 {
                unwatch(watch.id)
                continue
            }
            let hangUp = entry.revents & Int16(POLLHUP | POLLERR) != 0
            // Skip a watch removed by an earlier handler in this round.
            guard watches.contains(where: { $0.id == watch.id }) else { continue }
            watch.handler(Readiness(readable: entry.revents & Int16(POLLIN) != 0, hangUp: hangUp))
        }
    }

    private func fireDueTimers() {
        let now = clock.monotonicMilliseconds()
        let due = timers.filter { $0.deadline <= now }
            .sorted { ($0.deadline, $0.sequence) < ($1.deadline, $1.sequence) }
        guard !due.isEmpty else { return }
        let dueIDs = Set(due.map(\.id))
        timers.removeAll { dueIDs.contains($0.id) }
        for timer in due {
            if stopped { return }
            timer.handler()
        }
    }

    private func makeID() -> Int {
        nextID += 1
        return nextID
    }
}
