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
public struct Delegation: Hashable, Sendable, Identifiable {
    public var id: String
    public var title: String
    public var titleZh: String?
    public var status: DelegationStatus
    public var direction: Direction
    public var organisation: String?
    public var organisationZh: String?
    public var origin: String?
    public var received: LocalDate?
    public var size: Int?
    public var interests: [String]
    public var earliest: LocalDate?
    public var latest: LocalDate?
    public var lead: String?
    public var owner: String?
    public var members: [String]
    public var tags: [String]
    public var reason: String
    /// Every reason given at hold, decline or cancel, oldest first, each a dated line
    /// (`2026-11-25 declined: no dates in 2026`): `reason` is only the latest.
    public var history: [String] = []
    public var notes: String
    public var outcome: String
    public var slots: [Slot]
    public var followUps: [FollowUp]

    public init(
        id: String, title: String, titleZh: String? = nil, status: DelegationStatus = .new,
        direction: Direction = .inbound, organisation: String? = nil, organisationZh: String? = nil,
        origin: String? = nil, received: LocalDate? = nil, size: Int? = nil, interests: [String] = [],
        earliest: LocalDate? = nil, latest: LocalDate? = nil, lead: String? = nil, owner: String? = nil,
        members: [String] = [], tags: [String] = [], reason: String = "", notes: String = "",
        outcome: String = "", slots: [Slot] = [], followUps: [FollowUp] = []
    ) {
        self.id = id
        self.title = title
        self.titleZh = titleZh
        self.status = status
        self.direction = direction
        self.organisation = organisation
        self.organisationZh = organisationZh
        self.origin = origin
        self.received = received
        self.size = size
        self.interests = interests
        self.earliest = earliest
        self.latest = latest
        self.lead = lead
        self.owner = owner
        self.members = members
        self.tags = tags
        self.reason = reason
        self.notes = notes
        self.outcome = outcome
        self.slots = slots
        self.followUps = followUps
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
