import VisitDeskDomain

/// A compact byte format for the start-up cache: varints and length-prefixed UTF-8. Written by
/// hand because Codable's JSON or property-list coders spend more time decoding 30,000 records
/// than reading the TOML files would, which would defeat the cache.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func int(_ value: Int) {
        var zigzag = UInt64(bitPattern: Int64((value << 1) ^ (value >> 63)))
        while zigzag >= 0x80 {
            bytes.append(UInt8(zigzag & 0x7F) | 0x80)
            zigzag >>= 7
        }
        bytes.append(UInt8(zigzag))
    }

    mutating func uint64(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8((value >> UInt64(shift)) & 0xFF)) }
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// A length-prefixed block, so a reader can hand it to another thread without decoding it.
    mutating func block(_ block: [UInt8]) {
        int(block.count)
        bytes.append(contentsOf: block)
    }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional(_ value: String?) {
        bool(value != nil)
        if let value { string(value) }
    }

    mutating func strings(_ values: [String]) {
        int(values.count)
        values.forEach { string($0) }
    }

    mutating func date(_ value: LocalDate?) {
        int(value.map { $0.dayNumber + 1 } ?? 0)
    }

    mutating func dateTime(_ value: LocalDateTime) {
        int(value.date.dayNumber)
        int(value.time.secondsOfDay)
    }
}

struct BinaryReader {
    struct Truncated: Error {}

    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var isAtEnd: Bool { offset >= bytes.count }

    mutating func int() throws(Truncated) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Truncated() }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        let signed = Int64(bitPattern: result)
        return Int((signed >> 1) ^ -(signed & 1))
    }

    mutating func uint64() throws(Truncated) -> UInt64 {
        guard offset + 8 <= bytes.count else { throw Truncated() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(index * 8) }
        offset += 8
        return value
    }

    mutating func block() throws(Truncated) -> [UInt8] {
        let count = try int()
        guard count >= 0, offset + count <= bytes.count else { throw Truncated() }
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }

    mutating func bool() throws(Truncated) -> Bool {
        guard offset < bytes.count else { throw Truncated() }
        offset += 1
        return bytes[offset - 1] != 0
    }

    mutating func string() throws(Truncated) -> String {
        let count = try int()
        guard count >= 0, offset + count <= bytes.count else { throw Truncated() }
        defer { offset += count }
        return String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
    }

    mutating func optional() throws(Truncated) -> String? {
        try bool() ? try string() : nil
    }

    mutating func strings() throws(Truncated) -> [String] {
        let count = try int()
        guard count >= 0, count <= bytes.count - offset else { throw Truncated() }
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func date() throws(Truncated) -> LocalDate? {
        let value = try int()
        return value == 0 ? nil : LocalDate(dayNumber: value - 1)
    }

    mutating func dateTime() throws(Truncated) -> LocalDateTime {
        let day = try int()
        let seconds = try int()
        return LocalDateTime(
            date: LocalDate(dayNumber: day),
            time: LocalTime(hour: seconds / 3600, minute: seconds / 60 % 60, second: seconds % 60)
        )
    }
}

/// Records to and from the cache's byte format. Every field of the domain values is written, so
/// a record from the cache equals the record the TOML decoder would give (a test checks it).
enum RecordCoding {
    static func write(_ d: Delegation, to w: inout BinaryWriter) {
        w.string(d.id); w.string(d.title); w.optional(d.titleZh)
        w.string(d.status.rawValue); w.string(d.direction.rawValue)
        w.optional(d.organisation); w.optional(d.organisationZh); w.optional(d.origin)
        w.date(d.received)
        w.bool(d.size != nil); w.int(d.size ?? 0)
        w.strings(d.interests); w.date(d.earliest); w.date(d.latest)
        w.optional(d.lead); w.optional(d.owner); w.strings(d.members); w.strings(d.tags)
        w.string(d.reason); w.string(d.notes); w.string(d.outcome)
        w.int(d.slots.count)
        for slot in d.slots {
            w.dateTime(slot.start); w.dateTime(slot.end); w.string(slot.place); w.optional(slot.host); w.string(slot.topic)
        }
        w.int(d.followUps.count)
        for followUp in d.followUps {
            w.date(followUp.due); w.string(followUp.what); w.bool(followUp.done)
        }
    }

    static func readDelegation(_ r: inout BinaryReader) throws(BinaryReader.Truncated) -> Delegation {
        let id = try r.string()
        var d = Delegation(id: id, title: try r.string())
        d.titleZh = try r.optional()
        guard let status = DelegationStatus(rawValue: try r.string()), let direction = Direction(rawValue: try r.string()) else {
            throw BinaryReader.Truncated()
        }
        d.status = status
        d.direction = direction
        d.organisation = try r.optional(); d.organisationZh = try r.optional(); d.origin = try r.optional()
        d.received = try r.date()
        let hasSize = try r.bool()
        let size = try r.int()
        d.size = hasSize ? size : nil
        d.interests = try r.strings(); d.earliest = try r.date(); d.latest = try r.date()
        d.lead = try r.optional(); d.owner = try r.optional(); d.members = try r.strings(); d.tags = try r.strings()
        d.reason = try r.string(); d.notes = try r.string(); d.outcome = try r.string()
        let slotCount = try r.int()
        for _ in 0..<max(0, slotCount) {
            let start = try r.dateTime(), end = try r.dateTime()
            d.slots.append(Slot(start: start, end: end, place: try r.string(), host: try r.optional(), topic: try r.string()))
        }
        let followUpCount = try r.int()
        for _ in 0..<max(0, followUpCount) {
            let due = try r.date()
            d.followUps.append(FollowUp(due: due, what: try r.string(), done: try r.bool()))
        }
        return d
    }

    static func write(_ c: Contact, to w: inout BinaryWriter) {
        w.string(c.id); w.string(c.name); w.optional(c.nameZh); w.optional(c.country)
        w.optional(c.organisation); w.optional(c.organisationZh); w.optional(c.role)
        w.strings(c.phones); w.strings(c.emails); w.optional(c.wechat)
        w.strings(c.languages); w.strings(c.topics); w.strings(c.tags); w.string(c.notes)
    }

    static func readContact(_ r: inout BinaryReader) throws(BinaryReader.Truncated) -> Contact {
        let id = try r.string()
        var c = Contact(id: id, name: try r.string())
        c.nameZh = try r.optional(); c.country = try r.optional()
        c.organisation = try r.optional(); c.organisationZh = try r.optional(); c.role = try r.optional()
        c.phones = try r.strings(); c.emails = try r.strings(); c.wechat = try r.optional()
        c.languages = try r.strings(); c.topics = try r.strings(); c.tags = try r.strings(); c.notes = try r.string()
        return c
    }
}
