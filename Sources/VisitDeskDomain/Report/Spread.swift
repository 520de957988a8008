/// How a set of durations is spread: the median and the quartiles, in days.
///
/// Quartiles interpolate linearly between the two nearest values (position p·(n−1) in the
/// sorted list: numpy's default, Excel's QUARTILE.INC), so 1, 2, 3, 4 gives 1.75, 2.5, 3.25.
public struct Spread: Hashable, Sendable {
    public var count: Int
    public var min: Int
    public var lowerQuartile: Double
    public var median: Double
    public var upperQuartile: Double
    public var max: Int

    /// nil for no values: an empty period has no median.
    public init?(days: [Int]) {
        guard !days.isEmpty else { return nil }
        let sorted = days.sorted()
        count = sorted.count
        min = sorted[0]
        max = sorted[sorted.count - 1]
        lowerQuartile = Spread.quantile(0.25, sorted)
        median = Spread.quantile(0.5, sorted)
        upperQuartile = Spread.quantile(0.75, sorted)
    }

    static func quantile(_ p: Double, _ sorted: [Int]) -> Double {
        let position = p * Double(sorted.count - 1)
        let below = Int(position)
        let fraction = position - Double(below)
        guard below + 1 < sorted.count else { return Double(sorted[below]) }
        return Double(sorted[below]) + fraction * Double(sorted[below + 1] - sorted[below])
    }
}

/// Days from a request's arrival to its answer and to the visit.
public struct LeadTimes: Hashable, Sendable {
    /// Received → decision (confirmed, declined, …). nil when no decision date is known: the
    /// store keeps today's status only, so decision dates need the store's history.
    public var toDecision: Spread?
    /// Received → the first day of the visit, for confirmed and visited groups.
    public var toVisit: Spread?
}
