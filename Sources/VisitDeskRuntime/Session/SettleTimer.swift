/// When to reload after changes on disk. Changes come in bursts (an editor's write-rename-
/// delete dance takes a few milliseconds, a `git pull` longer): reload once the disk has been
/// quiet for `quietMilliseconds`, but never later than `limitMilliseconds` after the burst
/// began, so a steady trickle of writes still shows on screen.
public struct SettleTiming: Sendable, Equatable {
    public var quietMilliseconds: Int
    public var limitMilliseconds: Int

    public init(quietMilliseconds: Int = 20, limitMilliseconds: Int = 50) {
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
