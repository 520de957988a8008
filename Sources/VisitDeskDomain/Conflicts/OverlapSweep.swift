/// One slot of one delegation, as the conflict rules see it.
struct SlotRef {
    let delegationID: String
    let slot: Slot
}

/// Finds slots that share a host or a place at the same time without comparing every slot with
/// every other: slots are grouped by the shared resource, sorted by start, and swept. Slots that
/// overlap in a chain form one cluster: a dozen groups booked into one room at nine is one problem
/// to solve, not 66 pairs — pairs grow with the square of the crowding, clusters with the slots.
/// Cost is O(n log n).
enum OverlapSweep {
    static func overlappingClusters<Key: Hashable>(
        _ refs: [SlotRef], key: (SlotRef) -> Key?
    ) -> [[SlotRef]] {
        var groups: [Key: [SlotRef]] = [:]
        for ref in refs where ref.slot.start < ref.slot.end {
            guard let k = key(ref) else { continue }
            groups[k, default: []].append(ref)
        }
        var clusters: [[SlotRef]] = []
        for (_, group) in groups where group.count > 1 {
            let sorted = group.sorted { ($0.slot.start, $0.delegationID) < ($1.slot.start, $1.delegationID) }
            var current: [SlotRef] = []
            var reach = sorted[0].slot.end
            for ref in sorted {
                if !current.isEmpty && ref.slot.start < reach {
                    current.append(ref)
                    reach = max(reach, ref.slot.end)
                } else {
                    if current.count > 1 { clusters.append(current) }
                    current = [ref]
                    reach = ref.slot.end
                }
            }
            if current.count > 1 { clusters.append(current) }
        }
        return clusters
    }
}
