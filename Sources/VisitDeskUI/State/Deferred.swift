import Foundation

/// A value derived from a catalog that no frame needs at once — search keys, the sort by
/// organisation, host suggestions' topic index — computed on another core so the first frame and
/// the frame after a change on disk do not wait for it. Whoever reads `value` first waits for the
/// work to finish; after that the value never changes.
///
/// Small inputs are computed in place: below a few thousand records the work takes milliseconds,
/// and tests stay single-threaded.
final class Deferred<Value: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var result: Value?

    init(inBackground: Bool, _ make: @escaping @Sendable () -> Value) {
        guard inBackground else {
            result = make()
            return
        }
        // Utility, not user-initiated: on two cores the work must yield to the main thread,
        // which is drawing a frame or following the disk.
        DispatchQueue.global(qos: .utility).async { [self] in
            let value = make()
            condition.lock()
            result = value
            condition.broadcast()
            condition.unlock()
        }
    }

    convenience init(_ value: Value) {
        self.init(inBackground: false) { value }
    }

    var value: Value {
        condition.lock()
        defer { condition.unlock() }
        while result == nil { condition.wait() }
        return result!
    }
}
