/// One slot of one delegation at one resource, as the conflict rules see it: what a sweep
/// compares and a message names, not the whole slot. The ledger keeps one for each host and place
/// of every planned slot for as long as the dashboard runs; with the whole slot (its topic and
/// warnings too) and its start again in seconds each was 128 bytes, this is 88.
struct SlotRef: Sendable, Equatable {
    let delegationID: String
    /// The place as typed, for the message; the resource holds only its folded key.
    let place: String
    /// The host's key: a place whose overlapping slots all have one host is that host's clash.
    let host: String?
    let start: LocalDateTime
    let end: LocalDateTime
    /// Position in the delegation's `slots`: two identical slots of one record stay two.
    let slotIndex: Int32

    init(delegationID: String, slotIndex: Int, slot: Slot) {
        self.delegationID = delegationID
        place = slot.place
        host = SharedResourceRules.hostKey(slot.host)
        start = slot.start
        end = slot.end
        self.slotIndex = Int32(truncatingIfNeeded: slotIndex)
    }

    /// The order a resource's slots are swept in: by start, ties by delegation and slot, so the
    /// same slots always form the same clusters however they arrived. Date, then time of day:
    /// `LocalDateTime`'s `<` works out both day numbers, in every comparison of a sort.
    func precedes(_ other: SlotRef) -> Bool {
        if start.date != other.start.date { return start.date < other.start.date }
        if start.time != other.start.time { return start.time < other.start.time }
        if delegationID != other.delegationID { return delegationID < other.delegationID }
        return slotIndex < other.slotIndex
    }
}

/// Slots at one resource that overlap in a chain, and the stretch of time they cover together.
struct OverlapCluster {
    var refs: ArraySlice<SlotRef>
    var start: LocalDateTime
    var reach: LocalDateTime

    /// Whether the cluster shares a moment with `[start, end)`: only then can a slot changed
    /// there have joined, split or left it.
    func overlaps(_ start: LocalDateTime, _ end: LocalDateTime) -> Bool {
        self.start < end && start < reach
    }
}

/// Finds slots that share a host or a place at the same time without comparing every slot with
/// every other: a resource's slots, sorted by start, are swept once. Slots that overlap in a
/// chain form one cluster: a dozen groups booked into one room at nine is one problem to solve,
/// not 66 pairs — pairs grow with the square of the crowding, clusters with the slots.
enum OverlapSweep {
    /// The clusters of two or more among `sorted` (in `SlotRef.precedes` order, each start < end).
    static func clusters(in sorted: [SlotRef]) -> [OverlapCluster] {
        var found: [OverlapCluster] = []
        guard var reach = sorted.first?.end else { return found }
        var first = 0
        for i in sorted.indices.dropFirst() {
            if sorted[i].start < reach {
                reach = max(reach, sorted[i].end)
                continue
            }
            if i - first > 1 { found.append(OverlapCluster(refs: sorted[first..<i], start: sorted[first].start, reach: reach)) }
            first = i
            reach = sorted[i].end
        }
        if sorted.count - first > 1 {
            found.append(OverlapCluster(refs: sorted[first...], start: sorted[first].start, reach: reach))
        }
        return found
    }
}
