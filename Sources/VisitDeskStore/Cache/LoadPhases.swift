import Dispatch
import Foundation

/// Where the time of the last load went, step by step: `visitdesk-bench store` prints it, so the
/// start-up figures in docs/performance.md come with their breakdown. One clock read per step.
public struct LoadPhases: Sendable {
    public private(set) var steps: [(name: String, milliseconds: Double)] = []
    private var last = DispatchTime.now().uptimeNanoseconds

    public init() {}

    /// Ends the step that began at the previous lap (or at creation).
    mutating func lap(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        steps.append((name, Double(now - last) / 1e6))
        last = now
    }

    /// A step that ran on another core, beside the main sequence of laps.
    mutating func add(_ name: String, milliseconds: Double) {
        steps.append((name, milliseconds))
    }

    public var summary: String {
        steps.map { "\($0.name) \(String(format: "%.1f", $0.milliseconds))" }.joined(separator: ", ")
    }

    /// Runs `body` and says how long it took, for the jobs that run side by side at start.
    static func timed<Value>(_ body: () -> Value) -> (Value, milliseconds: Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
}
