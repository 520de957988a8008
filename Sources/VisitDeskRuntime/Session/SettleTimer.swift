/// When to reload after changes on disk. Changes come in bursts (an editor's write-rename-
/// delete dance takes a few milliseconds, a `git pull` longer): reload once the disk has been
/// quiet for `quietMilliseconds`, but never later than `limitMilliseconds` after the burst
/// began, so a steady trickle of writes still shows on screen.
///
/// The defaults are short because the quiet time is the floor of the change-to-frame latency
/// (target: 50 ms) and an editor's save (write, rename, delete) is over within a millisecond or
/// two. A file is never read half-written: the watcher reports writes on close and renames, and
/// a reload that catches the middle of a burst is followed by another one.
public struct SettleTiming: Sendable, Equatable {
    public var quietMilliseconds: Int
    public var limitMilliseconds: Int

    public init(quietMilliseconds: Int = 10, limitMilliseconds: Int = 35) {
        self.quietMilliseconds = max(0, quietMilliseconds)
        self.limitMilliseconds = max(self.quietMilliseconds, limitMilliseconds)
    }
}

/// The deadline arithmetic of `SettleTiming`, apart from any clock or loop.
struct SettleTimer {
    let timing: SettleTiming
    private var burstStart: Int64?

    init(timing: SettleTiming) {
        self.timing = timing
    }

    /// An event arrived at `now`: the moment the reload is due.
    mutating func event(at now: Int64) -> Int64 {
        let start = burstStart ?? now
        burstStart = start
        return min(now + Int64(timing.quietMilliseconds), start + Int64(timing.limitMilliseconds))
    }

    /// The reload ran: the next event starts a new burst.
    mutating func fired() {
        burstStart = nil
    }
}
