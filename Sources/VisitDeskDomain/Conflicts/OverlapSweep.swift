/// One slot of one delegation, as the conflict rules see it.
struct SlotRef: Sendable, Equatable {
    let delegationID: String
    /// Position in the delegation's `slots`: two identical slots of one record stay two.
    let slotIndex: Int
    let slot: Slot
    /// `slot.start` as one number, for sorting: comparing the dates themselves worked out both
    /// days' numbers in every comparison of a sort.
    let startSeconds: Int

    init(delegationID: String, slotIndex: Int, slot: Slot) {
        self.delegationID = delegationID
        self.slotIndex = slotIndex
        self.slot = slot
        startSeconds = slot.start.wallSeconds
    }

    /// The order a resource's slots are swept in: by start, ties by delegation and slot, so the
    /// same slots always form the same clusters however they arrived.
    func precedes(_ other: SlotRef) -> Bool {
        if startSeconds != other.startSeconds { return startSeconds < other.startSeconds }
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
        guard var reach = sorted.first?.slot.end else { return found }
        var first = 0
        for i in sorted.indices.dropFirst() {
            if sorted[i].slot.start < reach {
                reach = max(reach, sorted[i].slot.end)
                continue
            }
            if i - first > 1 { found.append(OverlapCluster(refs: sorted[first..<i], start: sorted[first].slot.start, reach: reach)) }
            first = i
            reach = sorted[i].slot.end
        }
        if sorted.count - first > 1 {
            found.append(OverlapCluster(refs: sorted[first...], start: sorted[first].slot.start, reach: reach))
        }
        return found
    }
}
