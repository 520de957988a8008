import VisitDeskDomain

/// Writes one cache section: the record fields go to the body as numbers of shared strings, and
/// the shared table is put in front when the section is done.
struct SectionWriter {
    private var body = BinaryWriter()
    private var shared = SharedStringsWriter()

    mutating func int(_ value: Int) { body.int(value) }
    mutating func uint64(_ value: UInt64) { body.uint64(value) }
    mutating func bool(_ value: Bool) { body.bool(value) }
    mutating func date(_ value: LocalDate?) { body.date(value) }
    mutating func dateTime(_ value: LocalDateTime) { body.dateTime(value) }
    mutating func string(_ value: String) { body.int(shared.number(of: value)) }
    /// 0 for none, so an absent field costs one byte.
    mutating func optional(_ value: String?) { body.int(value.map { shared.number(of: $0) + 1 } ?? 0) }
    mutating func strings(_ values: [String]) { body.int(shared.number(of: values)) }
    mutating func strings(_ values: SmallList<String>) { strings(Array(values)) }

    var bytes: [UInt8] {
        var section = BinaryWriter()
        shared.write(to: &section)
        return section.bytes + body.bytes
    }
}

struct SectionReader {
    private var reader: BinaryReader
    private let shared: SharedStrings

    init(_ bytes: UnsafeRawBufferPointer) throws(CacheDamaged) {
        reader = BinaryReader(bytes)
        shared = try SharedStrings(&reader)
    }

    var isAtEnd: Bool { reader.isAtEnd }
    mutating func int() throws(CacheDamaged) -> Int { try reader.int() }
    mutating func count() throws(CacheDamaged) -> Int { try reader.count() }
    mutating func uint64() throws(CacheDamaged) -> UInt64 { try reader.uint64() }
    mutating func bool() throws(CacheDamaged) -> Bool { try reader.bool() }
    mutating func date() throws(CacheDamaged) -> LocalDate? { try reader.date() }
    mutating func dateTime() throws(CacheDamaged) -> LocalDateTime { try reader.dateTime() }
    mutating func string() throws(CacheDamaged) -> String { try shared.string(reader.int()) }
    mutating func optional() throws(CacheDamaged) -> String? {
        let number = try reader.int()
        return number == 0 ? nil : try shared.string(number - 1)
    }
    mutating func strings() throws(CacheDamaged) -> [String] { try shared.list(reader.int()) }
    /// A shared list's one element is held in place, and the list's array stays the table's.
    mutating func smallList() throws(CacheDamaged) -> SmallList<String> { SmallList(try strings()) }
}

/// A record kind the start-up cache holds. Every field of the domain values is written, so a
/// record from the cache equals the record the TOML decoder would give (a test checks it).
protocol CachedRecord: Identifiable, Sendable where ID == String {
    static var kind: RecordKind { get }
    static func read(_ reader: inout SectionReader) throws(CacheDamaged) -> Self
    func write(to writer: inout SectionWriter)
    /// The record a file loaded into, if it is of this kind, moved out of the result (copying it
    /// out retained every field once more, then releasing the result released them: 10,000 times
    /// on a cold start's first frame).
    static func take(from result: inout LoadResult) -> Self?
}

extension Delegation: CachedRecord {
    static var kind: RecordKind { .delegation }

    static func take(from result: inout LoadResult) -> Delegation? { result.delegation.take() }

    func write(to w: inout SectionWriter) {
        w.string(id); w.string(title); w.optional(titleZh)
        w.string(status.rawValue); w.string(direction.rawValue)
        w.optional(organisation); w.optional(organisationZh); w.optional(origin)
        w.date(received)
        w.bool(size != nil); w.int(size ?? 0)
        w.strings(interests); w.date(earliest); w.date(latest)
        w.optional(lead); w.optional(owner); w.strings(members); w.strings(tags)
        w.string(reason); w.string(notes); w.string(outcome); w.strings(history)
        w.int(slots.count)
        for slot in slots {
            w.dateTime(slot.start); w.dateTime(slot.end); w.string(slot.place); w.optional(slot.host); w.string(slot.topic); w.strings(slot.warnings)
        }
        w.int(followUps.count)
        for followUp in followUps {
            w.date(followUp.due); w.string(followUp.what); w.bool(followUp.done)
        }
    }

    static func read(_ r: inout SectionReader) throws(CacheDamaged) -> Delegation {
        let id = try r.string()
        var d = Delegation(id: id, title: try r.string())
        d.titleZh = try r.optional()
        guard let status = DelegationStatus(rawValue: try r.string()), let direction = Direction(rawValue: try r.string()) else {
            throw CacheDamaged()
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
        d.reason = try r.string(); d.notes = try r.string(); d.outcome = try r.string(); d.history = try r.strings()
        let slotCount = try r.count()
        if slotCount > 0 { d.slots.reserveCapacity(slotCount) }
        for _ in 0..<slotCount {
            let start = try r.dateTime(), end = try r.dateTime()
            d.slots.append(Slot(start: start, end: end, place: try r.string(), host: try r.optional(), topic: try r.string(), warnings: try r.strings()))
        }
        let followUpCount = try r.count()
        if followUpCount > 0 { d.followUps.reserveCapacity(followUpCount) }
        for _ in 0..<followUpCount {
            let due = try r.date()
            d.followUps.append(FollowUp(due: due, what: try r.string(), done: try r.bool()))
        }
        return d
    }
}

extension Contact: CachedRecord {
    static var kind: RecordKind { .contact }

    static func take(from result: inout LoadResult) -> Contact? { result.contact.take() }

    func write(to w: inout SectionWriter) {
        w.string(id); w.string(name); w.optional(nameZh); w.optional(country)
        w.optional(organisation); w.optional(organisationZh); w.optional(role)
        w.strings(phones); w.strings(emails); w.optional(wechat)
        w.strings(languages); w.strings(topics); w.strings(tags); w.string(notes)
        w.optional(uid); w.optional(pinyin); w.bool(staff)
    }

    /// One initializer call, its arguments read in the order `write` wrote them (Swift evaluates
    /// arguments left to right): setting the fields of a `var` one by one made the compiler copy
    /// the whole record on return, a dozen retains and releases per contact.
    static func read(_ r: inout SectionReader) throws(CacheDamaged) -> Contact {
        Contact(
            id: try r.string(), name: try r.string(), nameZh: try r.optional(), country: try r.optional(),
            organisation: try r.optional(), organisationZh: try r.optional(), role: try r.optional(),
            phones: try r.smallList(), emails: try r.smallList(), wechat: try r.optional(),
            languages: try r.strings(), topics: try r.strings(), tags: try r.strings(), notes: try r.string(),
            uid: try r.optional(), pinyin: try r.optional(), staff: try r.bool()
        )
    }
}
