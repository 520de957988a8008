import Dispatch

/// Runs two independent pieces of work at once, one on the calling thread and one on another
/// core, and returns both results. The two halves of the catalog index (20,000 contacts to sort,
/// 10,000 delegations to schedule) are built this way when a store opens: the first frame waits
/// for the slower half, not for the sum.
func concurrently<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
) -> (First, Second) {
    let results = PairSlots<First, Second>()
    DispatchQueue.concurrentPerform(iterations: 2) { index in
        if index == 0 { results.first = first() } else { results.second = second() }
    }
    return (results.first!, results.second!)
}

/// Each slot is written by exactly one of the two workers and read after both have finished,
/// which `concurrentPerform` orders.
private final class PairSlots<First, Second>: @unchecked Sendable {
    var first: First?
    var second: Second?
}
