import Dispatch
import Foundation

/// Runs a handful of independent jobs on every core and hands back their results in job order.
/// Start-up has uneven jobs (a folder listing, cache blocks of a few thousand records); with more
/// jobs than cores, a core that finishes early takes the next one instead of idling.
enum ConcurrentJobs {
    static func run<Result: Sendable>(_ count: Int, _ job: @Sendable (Int) -> Result) -> [Result] {
        let results = CollectedResults<Result>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in results.set(index, job(index)) }
        return results.values
    }
}

private final class CollectedResults<Result: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Result) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    /// Only after every job has returned.
    var values: [Result] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
