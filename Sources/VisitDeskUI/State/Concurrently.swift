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

/// Three pieces of work on as many cores as there are; the calling thread takes part. With two
/// cores, the first two start at once and the third goes to whichever finishes first.
func concurrently<First: Sendable, Second: Sendable, Third: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second, _ third: @Sendable () -> Third
) -> (First, Second, Third) {
    let results = TripleSlots<First, Second, Third>()
    DispatchQueue.concurrentPerform(iterations: 3) { index in
        switch index {
        case 0: results.first = first()
        case 1: results.second = second()
        default: results.third = third()
        }
    }
    return (results.first!, results.second!, results.third!)
}

/// As `PairSlots`, for three workers.
private final class TripleSlots<First, Second, Third>: @unchecked Sendable {
    var first: First?
    var second: Second?
    var third: Third?
}
