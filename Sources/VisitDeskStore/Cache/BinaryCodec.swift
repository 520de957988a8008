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

    /// Bytes as they are, with no length: a file's magic.
    mutating func raw(_ value: [UInt8]) { bytes.append(contentsOf: value) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func date(_ value: LocalDate?) {
        int(value.map { $0.dayNumber + 1 } ?? 0)
    }

    /// Hour, minute and second each, not seconds of the day: a leap second (`23:59:60`) must come
    /// back exactly as the TOML decoder gave it.
    mutating func dateTime(_ value: LocalDateTime) {
        int(value.date.dayNumber)
        int(value.time.hour); int(value.time.minute); int(value.time.second)
    }
}

/// Any inconsistency in a cache file: too short, an index out of range, an unknown value. The
/// cache is then ignored as a whole and every file is read.
struct CacheDamaged: Error {}

/// Reads the writer's format straight out of the cache file's buffer: strings are made from the
/// bytes in place, and a block is a view of the same buffer, never a copy. Valid only while the
/// buffer it was made from is alive (inside its `withUnsafeBytes`).
struct BinaryReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0

    init(_ bytes: UnsafeRawBufferPointer, from offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    var isAtEnd: Bool { offset >= bytes.count }

    mutating func int() throws(CacheDamaged) -> Int {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw CacheDamaged() }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        // Undo the zigzag with a logical shift: an arithmetic one breaks values beyond ±2^62.
        let magnitude = result >> 1
        return Int(Int64(bitPattern: result & 1 == 0 ? magnitude : ~magnitude))
    }

    /// A count or an index: never negative, never more than the bytes left could describe.
    mutating func count() throws(CacheDamaged) -> Int {
        let value = try int()
        guard value >= 0, value <= bytes.count - offset else { throw CacheDamaged() }
        return value
    }

    mutating func uint64() throws(CacheDamaged) -> UInt64 {
        guard offset + 8 <= bytes.count else { throw CacheDamaged() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(index * 8) }
        offset += 8
        return value
    }

    /// Where the next block lies in the buffer, skipping over it, so another thread can decode it.
    mutating func block() throws(CacheDamaged) -> Range<Int> {
        let count = try count()
        defer { offset += count }
        return offset..<(offset + count)
    }

    mutating func bool() throws(CacheDamaged) -> Bool {
        guard offset < bytes.count else { throw CacheDamaged() }
        offset += 1
        return bytes[offset - 1] != 0
    }

    mutating func string() throws(CacheDamaged) -> String {
        let count = try count()
        defer { offset += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)]), as: UTF8.self)
    }

    /// Day numbers far beyond any four-digit year are damage, and would overflow the calendar
    /// arithmetic that turns them into dates.
    private static let dayNumbers = -10_000_000...10_000_000

    mutating func date() throws(CacheDamaged) -> LocalDate? {
        let value = try int()
        guard value != 0 else { return nil }
        guard BinaryReader.dayNumbers.contains(value) else { throw CacheDamaged() }
        return LocalDate(dayNumber: value - 1)
    }

    mutating func dateTime() throws(CacheDamaged) -> LocalDateTime {
        let day = try int()
        let (hour, minute, second) = (try int(), try int(), try int())
        guard BinaryReader.dayNumbers.contains(day), [hour, minute, second].allSatisfy((0...99).contains) else { throw CacheDamaged() }
        return LocalDateTime(date: LocalDate(dayNumber: day), time: LocalTime(hour: hour, minute: minute, second: second))
    }
}
