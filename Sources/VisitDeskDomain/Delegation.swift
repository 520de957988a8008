/// One entry of a visit's programme.
public struct Slot: Hashable, Sendable {
    public var start: LocalDateTime
    public var end: LocalDateTime
    public var place: String
    /// Contact id of the host, if any.
    public var host: String?
    public var topic: String
    /// What the coordinator was warned of when booking it (the host busy then, a holiday…) and
    /// saved anyway: kept with the slot until the slot is changed and the warnings are recomputed.
    public var warnings: [String]

    public init(start: LocalDateTime, end: LocalDateTime, place: String = "", host: String? = nil, topic: String = "", warnings: [String] = []) {
        self.start = start
        self.end = end
        self.place = place
        self.host = host
        self.topic = topic
        self.warnings = warnings
    }

    /// The same booking (times, place, host, topic), whatever warnings either carries.
    public func isSameBooking(as other: Slot) -> Bool {
        start == other.start && end == other.end && place == other.place && host == other.host && topic == other.topic
    }

    /// Whether two slots share any moment (touching ends do not overlap).
    public func overlaps(_ other: Slot) -> Bool {
        start < other.end && other.start < end
    }

    /// The longest slot a programme can hold (a year's stay); a longer one is a typo in a year
    /// (`0001`, `9999`), reported by `Validation`, and only its first year is expanded into days.
    public static let longestSpanDays = 366

    /// Days from the first to the last date the slot touches (0 for a slot within one day).
    public var spanDays: Int {
        var lastDate = end.date
        if end.time.secondsOfDay == 0 && end.date > start.date { lastDate = lastDate.adding(days: -1) }
        return max(0, start.date.days(until: lastDate))
    }

    /// Every date the slot touches (a multi-day slot spans several), at most `longestSpanDays` + 1:
    /// one hand-typed year must not cost millions of days of work on every reload.
    public var dates: [LocalDate] {
        (0...min(spanDays, Slot.longestSpanDays)).map { start.date.adding(days: $0) }
    }
}

public struct FollowUp: Hashable, Sendable {
    public var due: LocalDate?
    public var what: String
    public var done: Bool

    public init(due: LocalDate? = nil, what: String, done: Bool = false) {
        self.due = due
        self.what = what
        self.done = done
    }
}

/// A request and, once confirmed, its visit. Field names follow the store format v1.
///
/// A value, but its fields (all but the id) live in one shared, copy-on-write box: a catalog's
/// array of 10,000 delegations is then 10,000 ids and references, not 3.4 MB of fields. The
/// dashboard's screen holds the last catalog while the store makes the next, so every outside
/// change used to copy the whole array; now it copies the references, and a field written
/// copies only that one record's box.
public struct Delegation: Hashable, Sendable, Identifiable {
    public var id: String
    private var shared: CopyOnWrite<Fields>

    public var title: String {
        get { shared.value.title }
        _modify { yield &shared.value.title }
    }
    public var titleZh: String? {
        get { shared.value.titleZh }
        _modify { yield &shared.value.titleZh }
    }
    public var status: DelegationStatus {
        get { shared.value.status }
        _modify { yield &shared.value.status }
    }
    public var direction: Direction {
        get { shared.value.direction }
        _modify { yield &shared.value.direction }
    }
    public var organisation: String? {
        get { shared.value.organisation }
        _modify { yield &shared.value.organisation }
    }
    public var organisationZh: String? {
        get { shared.value.organisationZh }
        _modify { yield &shared.value.organisationZh }
    }
    public var origin: String? {
        get { shared.value.origin }
        _modify { yield &shared.value.origin }
    }
    public var received: LocalDate? {
        get { shared.value.received }
        _modify { yield &shared.value.received }
    }
    public var size: Int? {
        get { shared.value.size }
        _modify { yield &shared.value.size }
    }
    public var interests: [String] {
        get { shared.value.interests }
        _modify { yield &shared.value.interests }
    }
    public var earliest: LocalDate? {
        get { shared.value.earliest }
        _modify { yield &shared.value.earliest }
    }
    public var latest: LocalDate? {
        get { shared.value.latest }
        _modify { yield &shared.value.latest }
    }
    public var lead: String? {
        get { shared.value.lead }
        _modify { yield &shared.value.lead }
    }
    public var owner: String? {
        get { shared.value.owner }
        _modify { yield &shared.value.owner }
    }
    public var members: [String] {
        get { shared.value.members }
        _modify { yield &shared.value.members }
    }
    public var tags: [String] {
        get { shared.value.tags }
        _modify { yield &shared.value.tags }
    }
    public var reason: String {
        get { shared.value.reason }
        _modify { yield &shared.value.reason }
    }
    /// Every reason given at hold, decline or cancel, oldest first, each a dated line
    /// (`2026-11-25 declined: no dates in 2026`): `reason` is only the latest.
    public var history: [String] {
        get { shared.value.history }
        _modify { yield &shared.value.history }
    }
    public var notes: String {
        get { shared.value.notes }
        _modify { yield &shared.value.notes }
    }
    public var outcome: String {
        get { shared.value.outcome }
        _modify { yield &shared.value.outcome }
    }
    public var slots: [Slot] {
        get { shared.value.slots }
        _modify { yield &shared.value.slots }
    }
    public var followUps: [FollowUp] {
        get { shared.value.followUps }
        _modify { yield &shared.value.followUps }
    }

    /// Everything a delegation holds but its id.
    ///
    /// Stored in order of size, not of meaning: the 8-byte-aligned text and lists first, then the
    /// one-byte statuses after `size`'s tag and the 4-byte-aligned dates last, so no field is
    /// padded out to eight bytes (272 → 256 bytes, one allocator size class smaller per box).
    private struct Fields: Hashable, Sendable {
        var title: String
        var titleZh: String?
        var organisation: String?
        var organisationZh: String?
        var origin: String?
        var lead: String?
        var owner: String?
        var reason: String
        var notes: String
        var outcome: String
        var interests: [String]
        var members: [String]
        var tags: [String]
        var history: [String]
        var slots: [Slot]
        var followUps: [FollowUp]
        var size: Int?
        var status: DelegationStatus
        var direction: Direction
        var received: LocalDate?
        var earliest: LocalDate?
        var latest: LocalDate?
    }

    public init(
        id: String, title: String, titleZh: String? = nil, status: DelegationStatus = .new,
        direction: Direction = .inbound, organisation: String? = nil, organisationZh: String? = nil,
        origin: String? = nil, received: LocalDate? = nil, size: Int? = nil, interests: [String] = [],
        earliest: LocalDate? = nil, latest: LocalDate? = nil, lead: String? = nil, owner: String? = nil,
        members: [String] = [], tags: [String] = [], reason: String = "", notes: String = "",
        outcome: String = "", slots: [Slot] = [], followUps: [FollowUp] = []
    ) {
        self.id = id
        shared = CopyOnWrite(Fields(
            title: title, titleZh: titleZh, organisation: organisation, organisationZh: organisationZh,
            origin: origin, lead: lead, owner: owner, reason: reason, notes: notes, outcome: outcome,
            interests: interests, members: members, tags: tags, history: [], slots: slots, followUps: followUps,
            size: size, status: status, direction: direction, received: received, earliest: earliest, latest: latest
        ))
    }

    /// Slots in time order.
    public var sortedSlots: [Slot] { slots.sorted { $0.start < $1.start } }

    /// The first slot that has not ended at `now`, else nil.
    public func nextSlot(after now: LocalDateTime) -> Slot? {
        sortedSlots.first { $0.end > now }
    }

    /// Every contact id the record names, for reference checks and "linked contacts".
    public var referencedContactIDs: [String] {
        var ids: [String] = []
        if let lead { ids.append(lead) }
        if let owner { ids.append(owner) }
        ids.append(contentsOf: members)
        ids.append(contentsOf: slots.compactMap(\.host))
        var seen = Set<String>()
        return ids.filter { seen.insert($0).inserted }
    }

    /// Days since the request came in, when known.
    public func age(on today: LocalDate) -> Int? {
        received.map { $0.days(until: today) }
    }
}
