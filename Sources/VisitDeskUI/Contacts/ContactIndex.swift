import VisitDeskDomain

/// Contacts sorted the Swedish way, with what lookup, the other sort order and host suggestions
/// need.
///
/// Only the name order is on the path of a frame; it is patched when a few people change, so a
/// contact file saved in an editor reaches the screen without re-sorting 20,000 names. The rest
/// (search keys, the organisation order, the topic index) is built on the other core.
struct ContactIndex: Sendable {
    private(set) var order: [Int] = []
    /// Each contact's collation key, parallel to the catalog's contacts: a patch re-keys only the
    /// people who changed.
    private var nameKeys = CollationKeys()
    private(set) var finding = ContactFinding()
    private var topics = Deferred<[String: [Int]]>([:])

    /// Past this many changed people a patch costs about what a fresh sort does.
    static let patchLimit = 64

    init() {}

    init(_ contacts: [Contact], previous: (contacts: [Contact], index: ContactIndex)? = nil) {
        guard let previous, let diff = RecordDiff(from: previous.contacts, to: contacts, limit: ContactIndex.patchLimit) else {
            topics = Deferred(inBackground: true) { HostSuggestions.topicIndex(contacts) }
            // Through the buffer: `contacts.map` copied each person whole into the closure (and
            // destroyed the copy), a sixth of this index's time at 100,000 contacts.
            nameKeys = contacts.withUnsafeBufferPointer { people in CollationKeys(names: people.count) { people[$0].name } }
            var order = Array(contacts.indices)
            contacts.withUnsafeBufferPointer { people in
                nameKeys.withBuffers { keys in order.sort { a, b in ContactIndex.precedes(a, b, people, keys) } }
            }
            self.order = order
            finding = ContactFinding(contacts, nameKeys: nameKeys, previous: nil)
            return
        }
        let source = UnchangedPositions(diff, newCount: contacts.count)
        let edits = EditsInPlace(diff, old: previous.contacts, new: contacts)
        // The topic index and the name order hold positions: kept as they are when no position
        // moved and no edit touched what they are made of.
        topics = edits?.keep(\.topics) == true ? previous.index.topics : Deferred(inBackground: true) { HostSuggestions.topicIndex(contacts) }
        if edits?.keep(\.name) == true {
            // Same names at the same positions: the same keys and the same order (`precedes` reads
            // nothing else), shared with the last index rather than copied (3.8 MB at 100,000).
            nameKeys = previous.index.nameKeys
            order = previous.index.order
        } else {
            var keys = CollationKeys()
            // A new name has about as many weights as UTF-8 bytes (`CollationKeys(names:)`).
            let units = contacts.indices.reduce(0) { total, position in
                total + (source[position].map(previous.index.nameKeys.units) ?? contacts[position].name.utf8.count)
            }
            keys.reserveCapacity(contacts.count, units: units)
            for position in contacts.indices {
                if let old = source[position] { keys.appendKey(old, of: previous.index.nameKeys) } else { keys.appendKey(of: contacts[position].name) }
            }
            nameKeys = keys
            order = ContactIndex.patched(previous.index.order, diff: diff, contacts: contacts, keys: nameKeys)
        }
        finding = ContactFinding(contacts, nameKeys: nameKeys, previous: (previous.index.finding, source, edits))
    }

    /// Contacts by hosting topic, for host suggestions; waits for the background build.
    var byTopic: [String: [Int]] { topics.value }

    /// A total order: people with the same name keep the catalog's (id) order, so a patched list
    /// and a freshly sorted one agree.
    static func precedes(_ a: Int, _ b: Int, _ contacts: [Contact], _ keys: CollationKeys) -> Bool {
        contacts.withUnsafeBufferPointer { people in keys.withBuffers { keys in precedes(a, b, people, keys) } }
    }

    /// The same through buffers, for sorting: read from the arrays, each comparison copied two
    /// people whole and compared their keys three times over (a third of sorting 100,000 names).
    static func precedes(_ a: Int, _ b: Int, _ contacts: UnsafeBufferPointer<Contact>, _ keys: CollationKeys.Buffers) -> Bool {
        // `SwedishCollation.precedes` in one pass: the first differing weight, else the shorter key.
        if let byKey = keys.precedes(a, b) { return byKey }
        if contacts[a].name != contacts[b].name { return contacts[a].name < contacts[b].name }
        return a < b
    }

    /// The old name order with removed and changed people taken out, the kept ones moved to their
    /// new positions, and the new and changed ones inserted where the sort would put them.
    private static func patched(_ old: [Int], diff: RecordDiff<Contact>, contacts: [Contact], keys: CollationKeys) -> [Int] {
        var stale = Set(diff.staleOld)
        var order: [Int] = []
        order.reserveCapacity(contacts.count)
        for position in old where stale.remove(position) == nil {
            if let moved = diff.newPosition[position] { order.append(moved) }
        }
        for fresh in diff.freshNew {
            order.insert(fresh, at: order.sortedInsertionIndex { precedes(fresh, $0, contacts, keys) })
        }
        return order
    }
}
