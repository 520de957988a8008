/// For each record of one array, its position in another, or none: what a reload's diff hands
/// the indexes so that they carry unchanged records over. Four bytes a record: as `[Int?]` each
/// entry took sixteen (the optional's flag pads it to two words), and a change at 100,000 contacts
/// made three such arrays of 1.6 MB beside the index it was patching.
public struct PositionMap: RandomAccessCollection, MutableCollection, ExpressibleByArrayLiteral, Equatable, Sendable {
    /// -1 for none; positions fit: no catalog holds two billion records.
    private var storage: [Int32]

    /// `count` entries, none of them set.
    public init(noneOf count: Int) {
        storage = Array(repeating: -1, count: count)
    }

    public init(_ positions: some Sequence<Int?>) {
        storage = positions.map { $0.map(Int32.init) ?? -1 }
    }

    public init(arrayLiteral positions: Int?...) {
        self.init(positions)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { storage.count }

    public subscript(position: Int) -> Int? {
        get {
            let value = storage[position]
            return value < 0 ? nil : Int(value)
        }
        set { storage[position] = newValue.map(Int32.init) ?? -1 }
    }
}
