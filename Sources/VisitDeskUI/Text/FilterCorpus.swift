#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text a pane's filter looks in, for every record at once: lowercased bytes in one
/// contiguous buffer, built once per catalog. Typing a letter then scans a few megabytes with
/// `memchr` instead of lowercasing 20,000 strings, which keeps a key under a millisecond or two.
///
/// Each record holds its lowercased fields and, when a field has accents, a folded copy, so
/// `asa` finds `Åsa` and `oberg` finds `Öberg`, while `å` still finds only `å`.
public struct FilterCorpus: Sendable, Equatable {
    private var bytes: [UInt8] = []
    /// Where each record starts in `bytes`; one extra entry marks the end of the last record.
    private var starts: [Int] = [0]

    public var count: Int { starts.count - 1 }

    /// `fields(record, add)` calls `add` once per searchable field of the record.
    public init(count: Int, fields: (Int, (String?) -> Void) -> Void) {
        bytes.reserveCapacity(count * 96)
        starts.reserveCapacity(count + 1)
        for record in 0..<count { appendRecord(record, fields) }
    }

    /// The corpus of a new set of records that mostly did not change: `unchanged(record)` gives
    /// the position in `old` of a record whose text is the same, whose bytes are then copied
    /// (a run of them at once) instead of lowercased and folded again.
    public init(count: Int, reusing old: FilterCorpus, unchanged: (Int) -> Int?, fields: (Int, (String?) -> Void) -> Void) {
        bytes.reserveCapacity(old.bytes.count + 1024)
        starts.reserveCapacity(count + 1)
        var record = 0
        while record < count {
            guard let first = unchanged(record), first < old.count else {
                appendRecord(record, fields)
                record += 1
                continue
            }
            var end = record + 1
            while end < count, first + (end - record) < old.count, unchanged(end) == first + (end - record) { end += 1 }
            let last = first + (end - record)
            let shift = bytes.count - old.starts[first]
            bytes.append(contentsOf: old.bytes[old.starts[first]..<old.starts[last]])
            for oldRecord in first..<last { starts.append(old.starts[oldRecord + 1] + shift) }
            record = end
        }
    }

    /// The same corpus as `init(count:reusing:unchanged:fields:)` gives, made by changing this
    /// one in place: the stale records' bytes are cut out and the fresh ones' put in, from the
    /// last change to the first, so that no second buffer of the whole text exists (3.8 MB at
    /// 10,000 delegations, made with every change on disk). False, and nothing changed, when the
    /// kept records are not in their old order; the caller then builds a new corpus.
    public mutating func patch(count: Int, unchanged: (Int) -> Int?, fields: (Int, (String?) -> Void) -> Void) -> Bool {
        var kept: [Int?] = []
        kept.reserveCapacity(count)
        var fresh: [Int] = []
        var last = -1
        for record in 0..<count {
            let old = unchanged(record).flatMap { $0 < self.count ? $0 : nil }
            if let old {
                guard old > last else { return false }
                last = old
            } else {
                fresh.append(record)
            }
            kept.append(old)
        }
        // The fresh records' text, lowercased and folded as a corpus of their own.
        var added = FilterCorpus(count: 0) { _, _ in }
        for record in fresh { added.appendRecord(record, fields) }

        // Each edit replaces the old records between two kept ones with the fresh records
        // between them, in old byte offsets.
        var edits: [(bytes: Range<Int>, fresh: Range<Int>)] = []
        var nextOld = 0
        var freshStart = 0
        var freshEnd = 0
        for old in kept {
            guard let old else {
                freshEnd += 1
                continue
            }
            if old > nextOld || freshEnd > freshStart {
                edits.append((starts[nextOld]..<starts[old], freshStart..<freshEnd))
            }
            nextOld = old + 1
            freshStart = freshEnd
        }
        if nextOld < self.count || freshEnd > freshStart {
            edits.append((starts[nextOld]..<starts[self.count], freshStart..<freshEnd))
        }
        for edit in edits.reversed() {
            let text = added.starts[edit.fresh.lowerBound]..<added.starts[edit.fresh.upperBound]
            bytes.replaceSubrange(edit.bytes, with: added.bytes[text])
        }

        var newStarts: [Int] = []
        newStarts.reserveCapacity(count + 1)
        newStarts.append(0)
        var freshIndex = 0
        for old in kept {
            let length: Int
            if let old {
                length = starts[old + 1] - starts[old]
            } else {
                length = added.starts[freshIndex + 1] - added.starts[freshIndex]
                freshIndex += 1
            }
            newStarts.append(newStarts[newStarts.count - 1] + length)
        }
        starts = newStarts
        return true
    }

    private mutating func appendRecord(_ record: Int, _ fields: (Int, (String?) -> Void) -> Void) {
        fields(record) { field in
            guard let field, !field.isEmpty else { return }
            self.append(field)
            self.bytes.append(FilterCorpus.fieldSeparator)
        }
        starts.append(bytes.count)
    }

    /// Never typed, so no match can span two fields.
    private static let fieldSeparator: UInt8 = 0x1F

    /// The filter as the corpus stores text: lowercased bytes. Empty means "everything matches".
    public static func needle(_ filter: String) -> [UInt8] {
        Array(filter.lowercased().utf8)
    }

    /// The records among `rows` (in their order) whose text contains `needle`.
    public func filter(_ rows: [Int], containing needle: [UInt8]) -> [Int] {
        if needle.isEmpty { return rows }
        if rows.count * 4 < count {
            return rows.filter { matches(record: $0, needle) }
        }
        let mask = matchMask(needle)
        return rows.filter { $0 < mask.count && mask[$0] }
    }

    public func matches(record: Int, _ needle: [UInt8]) -> Bool {
        guard record >= 0, record < count else { return false }
        return bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                FilterCorpus.find(pin, in: hay, from: starts[record], to: starts[record + 1]) != nil
            }
        }
    }

    /// One pass over the whole buffer: after a hit, the search jumps to the next record.
    private func matchMask(_ needle: [UInt8]) -> [Bool] {
        var mask = [Bool](repeating: false, count: count)
        bytes.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var record = 0
                var position = 0
                while let hit = FilterCorpus.find(pin, in: hay, from: position, to: hay.count) {
                    while starts[record + 1] <= hit { record += 1 }
                    mask[record] = true
                    position = starts[record + 1]
                    record += 1
                    if record >= count { break }
                }
            }
        }
        return mask
    }

    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard let base = hay.baseAddress, let pin = needle.baseAddress, needle.count > 0 else { return nil }
        let last = end - needle.count
        var position = start
        while position <= last {
            guard let raw = memchr(base + position, Int32(pin[0]), last - position + 1) else { return nil }
            let hit = base.distance(to: raw.assumingMemoryBound(to: UInt8.self))
            if needle.count == 1 { return hit }
            if base[hit + 1] == pin[1], memcmp(base + hit + 1, pin + 1, needle.count - 1) == 0 { return hit }
            position = hit + 1
        }
        return nil
    }

    private mutating func append(_ field: String) {
        var ascii = true
        for byte in field.utf8 where byte >= 0x80 {
            ascii = false
            break
        }
        if ascii {
            for byte in field.utf8 { bytes.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
            return
        }
        var folded: [UInt8] = []
        var changed = false
        Lowercase.forEachScalar(of: field) { s in
            UTF8.encode(s) { bytes.append($0) }
            // Only Latin letters and combining accents (below U+0370) have a folded form.
            if s.value >= 0xC0, s.value < 0x370, let replacement = FilterCorpus.fold(s) {
                folded.append(contentsOf: replacement.utf8)
                changed = true
            } else {
                UTF8.encode(s) { folded.append($0) }
            }
        }
        if changed {
            bytes.append(FilterCorpus.fieldSeparator)
            bytes.append(contentsOf: folded)
        }
    }

    /// The unaccented spelling of a lowercase Latin letter ("" drops a combining accent); nil keeps it.
    private static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "å", "ä", "à", "á", "â", "ã", "ā", "ǎ": return "a"
        case "ö", "ø", "ó", "ò", "ô", "õ", "ō", "ǒ": return "o"
        case "é", "è", "ê", "ë", "ē", "ě": return "e"
        case "ü", "ú", "ù", "û", "ū", "ǔ", "ǖ", "ǘ", "ǚ", "ǜ": return "u"
        case "í", "ì", "î", "ï", "ī", "ǐ": return "i"
        case "æ": return "ae"
        case "ç": return "c"
        case "ñ": return "n"
        case "\u{300}"..."\u{36F}": return ""
        default: return nil
        }
    }
}
