import Foundation
import Testing
@testable import VisitDeskUI

/// Deferred work must never leave a reader waiting on a queue that has not started (a snapshot
/// never starts it), and must run exactly once however many threads ask.
@Suite struct DeferredTests {
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.lock(); count += 1; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return count }
    }

    @Test func aReaderComputesTheValueItselfWhenNoWorkerHasTakenIt() {
        let runs = Counter()
        let deferred = Deferred<[Int]>(inBackground: true) {
            runs.add()
            return Array(0..<1_000)
        }
        #expect(deferred.value.count == 1_000)
        #expect(deferred.value.last == 999)
        BackgroundWork.start()
        Thread.sleep(forTimeInterval: 0.05)
        #expect(runs.value == 1, "the queued job finds the value taken and does not compute it again")
    }

    @Test func manyReadersAtOnceShareOneComputation() {
        BackgroundWork.start()
        let runs = Counter()
        let deferred = Deferred<String>(inBackground: true) {
            runs.add()
            Thread.sleep(forTimeInterval: 0.02)
            return "keys"
        }
        let results = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            if deferred.value == "keys" { results.add() }
        }
        #expect(results.value == 8)
        #expect(runs.value == 1)
    }

    /// A filter read the text before the queue reached its work, then a change took the value
    /// to patch it in place: the queue's turn must find nothing to do, not read a taken value.
    @Test func theQueueLeavesAValueTakenBeforeItsTurnAlone() {
        BackgroundWork.start()
        let gate = DispatchSemaphore(value: 0)
        BackgroundWork.queue.async(flags: .barrier) { gate.wait() }
        let runs = Counter()
        let deferred = Deferred<[Int]>(inBackground: true) {
            runs.add()
            return [1, 2, 3]
        }
        #expect(deferred.value == [1, 2, 3])
        #expect(deferred.takeIfDone() == [1, 2, 3])
        gate.signal()
        BackgroundWork.queue.sync(flags: .barrier) {}
        #expect(runs.value == 1)
        withExtendedLifetime(deferred) {}
    }

    @Test func workStartedLaterWaitsForItsStartOrItsFirstReader() {
        BackgroundWork.start()
        let runs = Counter()
        let deferred = Deferred<Int>(startedLater: {
            runs.add()
            return 42
        })
        BackgroundWork.queue.sync(flags: .barrier) {}
        #expect(runs.value == 0, "nothing is queued before start()")
        deferred.start()
        BackgroundWork.queue.sync(flags: .barrier) {}
        #expect(runs.value == 1)
        #expect(deferred.value == 42)
        deferred.start()
        BackgroundWork.queue.sync(flags: .barrier) {}
        #expect(runs.value == 1, "a second start() after the work is done queues nothing")
    }
}
