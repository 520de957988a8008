/// A table keeps its keys in the order they were written, because people read store files
/// top to bottom and the order carries meaning for them. Lookups are linear: store tables have
/// a few dozen keys at most, where a scan beats hashing.
public struct TOMLTable: Hashable, Sendable {
    public var entries: [(key: String, value: TOMLValue)]

    public init(_ entries: [(String, TOMLValue)] = []) {
        self.entries = entries.map { (key: $0.0, value: $0.1) }
    }

    public var keys: [String] { entries.map(\.key) }
    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    /// Setting `nil` removes the key; setting a new key appends it, keeping the written order.
    public subscript(key: String) -> TOMLValue? {
        get {
            for entry in entries where entry.key == key { return entry.value }
            return nil
        }
        set {
            let index = entries.firstIndex { $0.key == key }
            switch (index, newValue) {
            case (let i?, let value?): entries[i].value = value
            case (let i?, nil): entries.remove(at: i)
            case (nil, let value?): entries.append((key: key, value: value))
            case (nil, nil): break
            }
        }
    }

    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool {
        lhs.entries.count == rhs.entries.count
            && zip(lhs.entries, rhs.entries).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(entries.count)
        for entry in entries {
            hasher.combine(entry.key)
            hasher.combine(entry.value)
        }
    }
}
