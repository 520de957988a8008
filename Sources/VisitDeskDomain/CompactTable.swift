import OrderedCollections

/// The known files of one record kind, by id, held compactly: the store keeps one entry per
/// record file for as long as the dashboard runs, and at 50,000 delegations and 100,000 contacts a
/// `Dictionary` of them took 25 MB, most of it empty buckets (a table reserved for 100,000 entries
/// has 262,144 buckets of 64 bytes). An `OrderedDictionary` keeps the entries in two dense arrays
/// and its buckets as a few bits each: 10 MB for the same files.
///
/// Order means nothing here, so a removal moves the last entry into the gap (O(1)) instead of
/// shifting every later entry, as `OrderedDictionary`'s own removal does: a `git pull` that
/// deletes a thousand records must not cost a thousand shifts of 100,000 entries.
struct FileTable: Sendable, Sequence, ExpressibleByDictionaryLiteral {
    private var entries: OrderedDictionary<String, KnownFile>

    init() { entries = [:] }

    init(dictionaryLiteral elements: (String, KnownFile)...) {
        entries = OrderedDictionary(uniqueKeysWithValues: elements)
    }

    var count: Int { entries.count }

    mutating func reserveCapacity(_ count: Int) { entries.reserveCapacity(count) }

    subscript(id: String) -> KnownFile? {
        get { entries[id] }
        set {
            if let newValue {
                entries[id] = newValue
            } else if let slot = entries.index(forKey: id) {
                let last = entries.count - 1
                if slot != last { entries.swapAt(slot, last) }
                entries.removeLast()
            }
        }
    }

    /// Where an id's entry is, to read and change it without hashing the id again.
    func slot(of id: String) -> Int? { entries.index(forKey: id) }

    subscript(slot slot: Int) -> KnownFile {
        get { entries.values[slot] }
        set { entries.values[slot] = newValue }
    }

    func makeIterator() -> OrderedDictionary<String, KnownFile>.Iterator { entries.makeIterator() }
}
