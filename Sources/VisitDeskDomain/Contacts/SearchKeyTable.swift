/// Every contact's search keys, packed one after another into shared chunks of bytes.
///
/// As one `SearchKeys` each, 100,000 contacts' keys were 100,000 heap blocks, each with an
/// array's header and malloc's own, and every ranking retained and released each person's buffer.
/// Here a person costs their bytes, six 2-byte ends and an 8-byte place, and a ranking reads the
/// bytes in place.
///
/// A person's organisation and role (`Affiliation`) are kept apart, once for everyone who shares
/// them, with a 4-byte number a person: most of a large store's people share theirs with hundreds
/// of others. One nobody else has costs a little more than inline (an entry in the table of
/// affiliations), and an affiliation nobody has any more stays in that table while the tables
/// after it are made from it: a few bytes for each organisation or role edited in a session.
///
/// Chunks are immutable and shared by reference: the table after a change on disk keeps the
/// unchanged people's keys where they are and writes only the changed people's into new chunks,
/// so a reload never copies the whole table. What the changed people leave behind in old chunks is
/// reclaimed by repacking once it outweighs the keys still used.
public struct SearchKeyTable: Sendable {
    /// Bytes a chunk is filled to before the next begins: small enough that building the table
    /// never reallocates a large buffer (peak memory), large enough that chunks are few, and no
    /// more than a 16-bit end can point to.
    static let chunkBytes = Int(UInt16.max)

    private var chunks: [Chunk] = []
    /// For each record, its chunk (high 32 bits) and its number in that chunk (low 32).
    private var places: [UInt64] = []
    /// For each person, their affiliation's number in `affiliations` (`noAffiliation`: none).
    /// Empty in a table made from whole `SearchKeys`, whose records hold all their keys.
    private var affiliationOf: [UInt32] = []
    /// The keys of each organisation and role people have, once each.
    private var affiliations: Affiliations?
    private static let noAffiliation = UInt32.max

    public init() {}

    /// The keys of `contacts`, each person's organisation and role kept once for all who share
    /// them; person `position` reuses `old`'s person `oldPosition(position)` when that is set.
    public init(contacts: [Contact], reusing old: SearchKeyTable, oldPosition: (Int) -> Int?) {
        // A table of whole keys has no affiliations to carry over: nothing of it is reused.
        let old = old.affiliationOf.count == old.places.count ? old : SearchKeyTable()
        var numbers = old.affiliations?.numbers ?? [:]
        let known = old.affiliations?.table.count ?? 0
        var met: [Affiliation] = []
        let oldAffiliations = old.affiliations
        self.init(count: contacts.count, reusing: old, oldPosition: oldPosition) { position, writer in
            let contact = contacts[position]
            let affiliation = Affiliation(contact)
            let number: Int?
            if affiliation.isEmpty {
                number = nil
            } else if let known = numbers[affiliation] {
                number = known
            } else {
                number = known + met.count
                numbers[affiliation] = number
                met.append(affiliation)
            }
            let place = SearchKeys(contact: contact, everySwedishWord: false, withAffiliation: false).withText { writer.add($0) }
            return (place, number.map(UInt32.init) ?? Self.noAffiliation)
        }
        if met.isEmpty {
            affiliations = oldAffiliations
        } else {
            let table = SearchKeyTable(count: known + met.count, reusing: oldAffiliations?.table ?? SearchKeyTable(),
                                       oldPosition: { $0 < known ? $0 : nil }) { SearchKeys(affiliation: met[$0 - known]) }
            affiliations = Affiliations(numbers: numbers, table: table)
        }
    }

    /// A table of `count` records where record `position` reuses `old`'s record
    /// `oldPositions[position]` when that is set, and is made by `make(position)` otherwise. Each
    /// record's keys are packed as soon as they are made, so they never all exist as `SearchKeys`
    /// at once (through `(0..<count).lazy.map(make)` they did: a non-escaping `make` picks the
    /// eager `map`, 27 MB more at 100,000 people).
    public init(count: Int, reusing old: SearchKeyTable = SearchKeyTable(), from oldPositions: [Int?] = [],
                make: (Int) -> SearchKeys) {
        self.init(count: count, reusing: old, oldPosition: { $0 < oldPositions.count ? oldPositions[$0] : nil }, make: make)
    }

    /// The same, with each record's old position asked for rather than read from a map: a reload
    /// that edited a few people in place needs no map of 100,000 positions (1.6 MB) to say so.
    public init(count: Int, reusing old: SearchKeyTable, oldPosition: (Int) -> Int?, make: (Int) -> SearchKeys) {
        // A table of people with affiliations has none of their keys in its records.
        let old = old.affiliationOf.isEmpty ? old : SearchKeyTable()
        self.init(count: count, reusing: old, oldPosition: oldPosition) { position, writer in
            (make(position).withText { writer.add($0) }, Self.noAffiliation)
        }
        affiliationOf = []
    }

    /// The records of both: `write` packs record `position`'s own keys and says its affiliation.
    private init(count: Int, reusing old: SearchKeyTable, oldPosition: (Int) -> Int?,
                 write: (Int, inout Writer) -> (place: UInt64, affiliation: UInt32)) {
        var writer = Writer(firstChunk: old.chunks.count)
        places.reserveCapacity(count)
        affiliationOf.reserveCapacity(count)
        for position in 0..<count {
            if let source = oldPosition(position), source >= 0, source < old.places.count {
                places.append(old.places[source])
                affiliationOf.append(source < old.affiliationOf.count ? old.affiliationOf[source] : Self.noAffiliation)
            } else {
                let (place, affiliation) = write(position, &writer)
                places.append(place)
                affiliationOf.append(affiliation)
            }
        }
        chunks = old.chunks + writer.finish()
        affiliations = old.affiliations
        if !old.chunks.isEmpty { reclaim() }
    }

    public var count: Int { places.count }

    /// Bytes held in chunks, used or not: what repacking keeps under twice the bytes in use.
    var heldBytes: Int { chunks.reduce(0) { $0 + $1.bytes.count } }

    /// Chunks whose ends are 32-bit, each holding one record larger than a chunk: for tests.
    var wideChunks: Int { chunks.count { $0.isWide } }

    /// The scores of `positions` against `query`, each with its position; those that do not match
    /// are left out, the rest keep the order of `positions`.
    public func scores(_ query: Matcher.Query, of positions: some Sequence<Int>) -> [(position: Int, score: Int)] {
        withTexts { texts in
            var hits: [(position: Int, score: Int)] = []
            for position in positions {
                if let text = texts.text(position), let score = Matcher.score(query, text: text, shared: texts.affiliation(position)) {
                    hits.append((position, score))
                }
            }
            return hits
        }
    }

    /// Every record's keys, read in place for as long as `body` runs.
    func withTexts<Result>(_ body: (Texts) -> Result) -> Result {
        withPacked { own in
            affiliationOf.withUnsafeBufferPointer { affiliationOf in
                guard let affiliations else { return body(Texts(own: own, affiliationOf: affiliationOf, shared: nil)) }
                return affiliations.table.withPacked { shared in body(Texts(own: own, affiliationOf: affiliationOf, shared: shared)) }
            }
        }
    }

    private func withPacked<Result>(_ body: (Packed) -> Result) -> Result {
        withExtendedLifetime(chunks) {
            places.withUnsafeBufferPointer { places in
                body(Packed(chunks: chunks.map { ($0.bytes.baseAddress, $0.narrowEnds, $0.wideEnds) }, places: places))
            }
        }
    }

    /// Every record's own keys and its affiliation's, read in place.
    struct Texts {
        let own: Packed
        let affiliationOf: UnsafeBufferPointer<UInt32>
        let shared: Packed?

        func text(_ position: Int) -> SearchKeys.Text? { own.text(position) }

        /// The keys of the organisation and role of person `position`, if they have one.
        func affiliation(_ position: Int) -> SearchKeys.Text? {
            guard position >= 0, position < affiliationOf.count, affiliationOf[position] != SearchKeyTable.noAffiliation else { return nil }
            return shared?.text(Int(affiliationOf[position]))
        }
    }

    /// Reads records without touching a chunk object: only its base addresses.
    struct Packed {
        let chunks: [(bytes: UnsafeMutablePointer<UInt8>?, narrow: UnsafeMutablePointer<UInt16>?, wide: UnsafeMutablePointer<Int32>?)]
        let places: UnsafeBufferPointer<UInt64>

        func text(_ position: Int) -> SearchKeys.Text? {
            guard position >= 0, position < places.count else { return nil }
            let place = places[position]
            let chunk = chunks[Int(place >> 32)]
            let record = Int(place & 0xFFFF_FFFF)
            if let narrow = chunk.narrow {
                return Self.text(record, bytes: chunk.bytes, ends: narrow + record * Chunk.endsPerRecord)
            }
            guard let wide = chunk.wide else { return nil }
            return Self.text(record, bytes: chunk.bytes, ends: wide + record * Chunk.endsPerRecord)
        }

        /// Record `record`, whose six ends are at `stored` (the record before it ends at `stored[-1]`).
        private static func text<End: BinaryInteger>(_ record: Int, bytes: UnsafeMutablePointer<UInt8>?, ends stored: UnsafeMutablePointer<End>) -> SearchKeys.Text {
            let start = record == 0 ? 0 : Int(stored[-1])
            let end = Int(stored[5])
            let bytes = UnsafeBufferPointer(start: bytes.map { $0 + start }, count: end - start)
            func key(_ index: Int) -> Int32 { Int32(Int(stored[index]) - start) }
            return SearchKeys.Text(bytes: bytes, ends: (key(0), key(1), key(2), key(3), key(4)))
        }
    }

    /// Drops chunks no record is in; repacks every record into new chunks when the bytes held are
    /// more than twice the bytes used (plus a chunk's worth, so a small table never churns).
    private mutating func reclaim() {
        var referenced = [Bool](repeating: false, count: chunks.count)
        var usedBytes = 0
        withTexts { texts in
            for position in 0..<places.count {
                referenced[Int(places[position] >> 32)] = true
                usedBytes += texts.text(position)?.bytes.count ?? 0
            }
        }
        if heldBytes > 2 * usedBytes + Self.chunkBytes {
            self = SearchKeyTable(repacking: self)
            return
        }
        guard referenced.contains(false) else { return }
        var renumbered = [UInt64](repeating: 0, count: chunks.count)
        var kept: [Chunk] = []
        for (number, chunk) in chunks.enumerated() where referenced[number] {
            renumbered[number] = UInt64(kept.count)
            kept.append(chunk)
        }
        for position in places.indices {
            let place = places[position]
            places[position] = renumbered[Int(place >> 32)] << 32 | (place & 0xFFFF_FFFF)
        }
        chunks = kept
    }

    private init(repacking table: SearchKeyTable) {
        var writer = Writer(firstChunk: 0)
        places = table.withTexts { texts in
            (0..<table.places.count).map { position in
                writer.add(texts.text(position) ?? SearchKeys.emptyText)
            }
        }
        chunks = writer.finish()
        (affiliationOf, affiliations) = (table.affiliationOf, table.affiliations)
    }
}

extension SearchKeyTable: Equatable {
    /// Same records holding the same keys, wherever their bytes lie.
    public static func == (a: SearchKeyTable, b: SearchKeyTable) -> Bool {
        guard a.count == b.count else { return false }
        return a.withTexts { first in
            b.withTexts { second in
                (0..<a.count).allSatisfy { position in
                    guard let x = first.text(position), let y = second.text(position), x.holdsSameKeys(as: y) else { return false }
                    switch (first.affiliation(position), second.affiliation(position)) {
                    case (nil, nil): return true
                    case let (x?, y?): return x.holdsSameKeys(as: y)
                    default: return false
                    }
                }
            }
        }
    }
}

extension SearchKeys {
    /// Keys with nothing in them, as a `Text`.
    static var emptyText: Text { Text(bytes: UnsafeBufferPointer(start: nil, count: 0), ends: (0, 0, 0, 0, 0)) }
}

/// The distinct organisations and roles of a table's people and their keys; never changed once
/// made, so tables after a reload share it until someone new brings another.
private final class Affiliations: Sendable {
    let numbers: [Affiliation: Int]
    let table: SearchKeyTable

    init(numbers: [Affiliation: Int], table: SearchKeyTable) {
        (self.numbers, self.table) = (numbers, table)
    }
}

/// Bytes and ends of some records, written once and never changed.
private final class Chunk: @unchecked Sendable {
    // @unchecked: the buffers are written in `init` and only read afterwards.
    static let endsPerRecord = 6

    let bytes: UnsafeMutableBufferPointer<UInt8>
    /// Six for each record, counted from the chunk's start: where its five first keys end and
    /// where the record ends (the next record starts there). In 16 bits, since a chunk holds no
    /// more bytes than that counts (1.2 MB less than 32-bit ends at 100,000 people); the one
    /// exception, a single record too large for that, has 32-bit ends in `wideEnds` instead.
    let narrowEnds: UnsafeMutablePointer<UInt16>?
    let wideEnds: UnsafeMutablePointer<Int32>?

    init(bytes: [UInt8], ends: [Int32]) {
        self.bytes = .allocate(capacity: bytes.count)
        _ = self.bytes.initialize(from: bytes)
        if bytes.count <= Int(UInt16.max) {
            let narrow = UnsafeMutablePointer<UInt16>.allocate(capacity: ends.count)
            for (index, end) in ends.enumerated() { (narrow + index).initialize(to: UInt16(end)) }
            (narrowEnds, wideEnds) = (narrow, nil)
        } else {
            let wide = UnsafeMutablePointer<Int32>.allocate(capacity: ends.count)
            wide.initialize(from: ends, count: ends.count)
            (narrowEnds, wideEnds) = (nil, wide)
        }
    }

    /// Whether the ends are 32-bit: for tests.
    var isWide: Bool { wideEnds != nil }

    deinit {
        bytes.deallocate()
        narrowEnds?.deallocate()
        wideEnds?.deallocate()
    }
}

/// Fills chunks with records, one after another.
private struct Writer {
    private let firstChunk: Int
    private var sealed: [Chunk] = []
    private var bytes: [UInt8] = []
    private var ends: [Int32] = []

    init(firstChunk: Int) {
        self.firstChunk = firstChunk
    }

    /// Writes `text`'s keys and returns the record's place. A chunk takes records while they fit
    /// in `chunkBytes`; a record larger than that alone has a chunk of its own.
    mutating func add(_ text: SearchKeys.Text) -> UInt64 {
        if !ends.isEmpty, bytes.count + text.bytes.count > SearchKeyTable.chunkBytes { seal() }
        if bytes.capacity == 0 { bytes.reserveCapacity(max(SearchKeyTable.chunkBytes, text.bytes.count)) }
        let start = Int32(bytes.count)
        bytes.append(contentsOf: text.bytes)
        let stored = text.ends
        for end in [stored.0, stored.1, stored.2, stored.3, stored.4] { ends.append(start + end) }
        ends.append(Int32(bytes.count))
        let record = ends.count / Chunk.endsPerRecord - 1
        return UInt64(firstChunk + sealed.count) << 32 | UInt64(record)
    }

    /// The chunks written, the last one cut to its size.
    mutating func finish() -> [Chunk] {
        if !ends.isEmpty { seal() }
        return sealed
    }

    private mutating func seal() {
        sealed.append(Chunk(bytes: bytes, ends: ends))
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }
}
