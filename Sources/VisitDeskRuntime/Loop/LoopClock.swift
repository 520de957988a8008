#if canImport(Glibc)
import Glibc
#endif

/// The two clocks the loop needs: a monotonic one for timeouts (never jumps) and the wall clock
/// for aligning the minute tick. Injectable so tests can place "now" just before a minute.
public struct LoopClock: Sendable {
    public var monotonicMilliseconds: @Sendable () -> Int64
    public var wallMilliseconds: @Sendable () -> Int64

    public init(
        monotonicMilliseconds: @escaping @Sendable () -> Int64,
        wallMilliseconds: @escaping @Sendable () -> Int64
    ) {
        self.monotonicMilliseconds = monotonicMilliseconds
        self.wallMilliseconds = wallMilliseconds
    }

    public static let system = LoopClock(
        monotonicMilliseconds: { milliseconds(of: CLOCK_MONOTONIC) },
        wallMilliseconds: { milliseconds(of: CLOCK_REALTIME) }
    )
}

private func milliseconds(of clockID: clockid_t) -> Int64 {
    var now = timespec()
    clock_gettime(clockID, &now)
    return Int64(now.tv_sec) * 1000 + Int64(now.tv_nsec) / 1_000_000
}
