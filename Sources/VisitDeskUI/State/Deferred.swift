import Foundation

/// A value derived from a catalog that no frame needs at once — search keys, the sort by
/// organisation, host suggestions' topic index — computed on another core so the first frame and
/// the frame after a change on disk do not wait for it.
///
/// Whoever reads `value` before the work has started does it at once on their own thread; whoever
/// reads it while it runs waits. So the work never waits for a queue: the background queue only
/// starts it early. Small inputs are computed in place, which keeps tests single-threaded. The
/// queue holds the work weakly: work for an index a newer change has replaced is never done, and
/// a value whose owners are gone is not kept alive by a queue that has not reached it.
final class Deferred<Value: Sendable>: @unchecked Sendable {
    private enum Phase {
        case waiting(@Sendable () -> Value)
        case running
        case done(Value)
        /// Moved out by `takeIfDone()`, by the last holder: nobody can read it any more.
        case taken
    }

    private let condition = NSCondition()
    private var phase: Phase

    init(inBackground: Bool, _ make: @escaping @Sendable () -> Value) {
        guard inBackground else {
            phase = .done(make())
            return
        }
        phase = .waiting(make)
        BackgroundWork.queue.async { [weak self] in self?.runIfWaiting() }
    }

    convenience init(_ value: Value) {
        self.init(inBackground: false) { value }
    }

    /// Work that goes to the background queue only when `start()` says so (a reader who comes
    /// first does it, as always): for work that must not begin before its caller has let go of
    /// what it will reuse (`DeferredCorpus(patching:)`).
    init(startedLater make: @escaping @Sendable () -> Value) {
        phase = .waiting(make)
    }

    /// Queues work made with `startedLater`; nothing if it has begun or is done.
    func start() {
        condition.lock()
        defer { condition.unlock() }
        guard case .waiting = phase else { return }
        BackgroundWork.queue.async { [weak self] in self?.runIfWaiting() }
    }

    /// The value moved out, if it is done, so that its last owner can change it in place rather
    /// than copy it. Call only on the last reference (`isKnownUniquelyReferenced`): no one may read
    /// this afterwards.
    func takeIfDone() -> Value? {
        condition.lock()
        defer { condition.unlock() }
        guard case .done(let value) = phase else { return nil }
        phase = .taken
        return value
    }

    /// The value if it is done, else nil at once: for a reader with a cheaper way round.
    var ifReady: Value? {
        condition.lock()
        defer { condition.unlock() }
        if case .done(let value) = phase { return value }
        return nil
    }

    var value: Value {
        condition.lock()
        while true {
            switch phase {
            case .done(let value):
                condition.unlock()
                return value
            case .taken:
                preconditionFailure("a deferred value was read after its last holder took it")
            case .running:
                condition.wait()
            case .waiting:
                condition.unlock()
                runIfWaiting()
                condition.lock()
            }
        }
    }

    /// Does the work if nobody has begun it; never waits and never reads the value. The queue's
    /// part: its turn may come after a reader did the work, or after the last holder took the value.
    private func runIfWaiting() {
        condition.lock()
        guard case .waiting(let make) = phase else {
            condition.unlock()
            return
        }
        phase = .running
        condition.unlock()
        let value = make()
        condition.lock()
        phase = .done(value)
        condition.broadcast()
        condition.unlock()
    }
}

/// An old deferred value, held for the work that patches it alone, which takes it out of here:
/// its reference must not linger in a captured constant, or it could never be the last one.
final class DeferredHandoff<Value: Sendable>: @unchecked Sendable {
    private var deferred: Deferred<Value>?
    private let lock = NSLock()

    init(_ deferred: Deferred<Value>) { self.deferred = deferred }

    /// The old value, and whether the caller now holds it alone: then it was moved out of its
    /// `Deferred` (nobody else held that any more), and a change to it happens in place; else it
    /// was read, and the first change copies it. Nil the second time.
    func takeValue() -> (value: Value, owned: Bool)? {
        lock.lock()
        var previous = deferred
        deferred = nil
        lock.unlock()
        if isKnownUniquelyReferenced(&previous), let value = previous?.takeIfDone() { return (value, true) }
        return previous.map { ($0.value, false) }
    }
}

/// Where deferred work runs. The queue starts held: on two cores, work started while the first
/// frame is being built would take the core the index builds on. The runtime calls `start()`
/// once that frame is on screen; a program that never does (a snapshot) computes a deferred value
/// when it first reads it.
public enum BackgroundWork {
    /// Utility, not user-initiated: the work must yield to the main thread, which draws frames
    /// and follows the disk.
    static let queue = DispatchQueue(label: "visitdesk.deferred", qos: .utility, attributes: [.concurrent, .initiallyInactive])
    private static let started = StartedFlag()

    /// Lets queued and future deferred work run. Safe to call more than once.
    public static func start() {
        if started.setOnce() { queue.activate() }
    }
}

/// `activate()` may be called only once on an inactive queue.
private final class StartedFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var isSet = false

    func setOnce() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if isSet { return false }
        isSet = true
        return true
    }
}
