/// Every contact's Swedish collation key (`SwedishCollation`), in one buffer, parallel to the
/// catalog's contacts. As one `[UInt32]` per person they were 10.8 MB at 100,000 contacts, a third
/// of it array headers and allocator overhead, for as long as the dashboard runs.
///
/// Weights are held in 16 bits: every weight of a letter, digit, mark or a character of the Basic
/// Multilingual Plane (Chinese names included) is below 0xFFFF and takes one unit; a larger one
/// takes three, 0xFFFF and then its high and low halves, which compares in the same order as the
/// 32-bit weight (a one-unit weight is below the 0xFFFF that starts a three-unit one). Half the
/// bytes of 32-bit weights: 6.4 → 3.2 MB at 100,000 contacts.
struct CollationKeys: Sendable {
    private var weights: [UInt16] = []
    /// Where each key ends in `weights`; it starts where the one before it ends.
    private var ends: [Int32] = []

    init() {}

    /// The keys of these names, in order.
    init(names count: Int, _ name: (Int) -> String) {
        ends.reserveCapacity(count)
        var total = 0
        for index in 0..<count { total += name(index).utf8.count }
        // No more units than UTF-8 bytes (a few folded letters aside), usually as many.
        weights.reserveCapacity(total)
        var scratch: [UInt32] = []
        for index in 0..<count { appendKey(of: name(index), scratch: &scratch) }
    }

    var count: Int { ends.count }

    /// Room for `count` keys of `units` weights in all. Grown by appending instead, the weights'
    /// buffer doubled its way to 4.2 MB for 3.2 MB of keys at 100,000 contacts, and held each
    /// smaller buffer beside the next while it copied.
    mutating func reserveCapacity(_ count: Int, units: Int) {
        ends.reserveCapacity(count)
        weights.reserveCapacity(units)
    }

    /// How many weights key `index` has.
    func units(of index: Int) -> Int {
        Int(ends[index]) - (index == 0 ? 0 : Int(ends[index - 1]))
    }

    mutating func appendKey(of name: String) {
        var scratch: [UInt32] = []
        appendKey(of: name, scratch: &scratch)
    }

    /// `scratch` holds the 32-bit key on its way in, reused from one name to the next.
    private mutating func appendKey(of name: String, scratch: inout [UInt32]) {
        scratch.removeAll(keepingCapacity: true)
        SwedishCollation.appendKey(name, to: &scratch)
        for weight in scratch {
            if weight < 0xFFFF {
                weights.append(UInt16(weight))
            } else {
                weights.append(0xFFFF)
                weights.append(UInt16(weight >> 16))
                weights.append(UInt16(truncatingIfNeeded: weight))
            }
        }
        ends.append(Int32(weights.count))
    }

    /// Key `index` of `other`, added as the next key here (a patch keeps unchanged people's keys).
    mutating func appendKey(_ index: Int, of other: CollationKeys) {
        other.withBuffers { keys in weights.append(contentsOf: keys.weights[keys.bounds(of: index)]) }
        ends.append(Int32(weights.count))
    }

    /// The keys read in place, for a sort's comparisons.
    func withBuffers<Result>(_ body: (Buffers) -> Result) -> Result {
        weights.withUnsafeBufferPointer { weights in ends.withUnsafeBufferPointer { ends in body(Buffers(weights: weights, ends: ends)) } }
    }

    struct Buffers {
        let weights: UnsafeBufferPointer<UInt16>
        let ends: UnsafeBufferPointer<Int32>

        /// Where key `index` is in `weights`.
        func bounds(of index: Int) -> Range<Int> {
            (index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])
        }

        /// The key `a` compared with key `b`: the first differing weight decides, else the shorter
        /// key comes first. nil when they are equal.
        func precedes(_ a: Int, _ b: Int) -> Bool? {
            let (keyA, keyB) = (bounds(of: a), bounds(of: b))
            var (x, y) = (keyA.lowerBound, keyB.lowerBound)
            let (endX, endY) = (keyA.upperBound, keyB.upperBound)
            while x < endX && y < endY {
                if weights[x] != weights[y] { return weights[x] < weights[y] }
                x += 1
                y += 1
            }
            let (lengthA, lengthB) = (endX - x, endY - y)
            return lengthA == lengthB ? nil : lengthA < lengthB
        }
    }
}
