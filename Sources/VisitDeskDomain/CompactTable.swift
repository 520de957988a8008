import OrderedCollections

/// A table held compactly, for the ones kept per record for as long as the dashboard runs: at
/// 50,000 delegations and 100,000 contacts a `Dictionary` of the store's known files took 25 MB,
/// most of it empty buckets (reserved for 100,000 entries it has 262,144 buckets of 64 bytes), and
/// the contacts' links 6.3 MB. An `OrderedDictionary` keeps the entries in two dense arrays and its
/// buckets as a few bits each: about 10 MB and 3 MB for the same entries.
///
/// Order means nothing here, so a removal moves the last entry into the gap (O(1)) instead of
/// shifting every later entry, as `OrderedDictionary`'s own removal does: a `git pull` that
/// deletes a thousand records must not cost a thousand shifts of 100,000 entries. For the same
/// reason two tables are equal when they hold the same entries, in whatever order.
public struct CompactTable<Key: Hashable & Sendable, Value: Sendable>: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    private var entries: OrderedDictionary<Key, Value>

    public init() { entries = [:] }

    public init(dictionaryLiteral elements: (Key, Value)...) {
        entries = OrderedDictionary(uniqueKeysWithValues: elements)
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    public mutating func reserveCapacity(_ count: Int) { entries.reserveCapacity(count) }

    public subscript(key: Key) -> Value? {
        get { entries[key] }
        set {
            if let newValue {
                entries[key] = newValue
            } else if let slot = entries.index(forKey: key) {
                let last = entries.count - 1
                if slot != last { entries.swapAt(slot, last) }
                entries.removeLast()
            }
        }
    }

    /// A key's value changed in place, added as `defaultValue` first if missing.
    public subscript(key: Key, default defaultValue: @autoclosure () -> Value) -> Value {
        get { entries[key] ?? defaultValue() }
        _modify { yield &entries[key, default: defaultValue()] }
    }

    /// Where a key's entry is, to read and change it without hashing the key again.
    public func slot(of key: Key) -> Int? { entries.index(forKey: key) }

    public subscript(slot slot: Int) -> Value {
        get { entries.values[slot] }
        set { entries.values[slot] = newValue }
    }

    /// Puts `key`, equal to the one at `slot`, in its place: a table keyed by record ids can then
    /// share the id strings the records hold instead of keeping copies of its own.
    public mutating func shareKey(_ key: Key, atSlot slot: Int) {
        entries.replaceElement(at: slot, withKey: key, value: entries.values[slot])
    }

    /// Each value changed in place, without copying the table.
    public mutating func updateEachValue(_ body: (inout Value) -> Void) {
        for slot in 0..<entries.count { body(&entries.values[slot]) }
    }

    public func makeIterator() -> OrderedDictionary<Key, Value>.Iterator { entries.makeIterator() }
}

extension CompactTable: Equatable where Value: Equatable {
    public static func == (a: CompactTable, b: CompactTable) -> Bool {
        a.count == b.count && a.entries.allSatisfy { b.entries[$0.key] == $0.value }
    }
}
