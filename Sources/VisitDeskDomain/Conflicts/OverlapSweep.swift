/// One slot of one delegation, as the conflict rules see it.
struct SlotRef {
    let delegationID: String
    let slot: Slot
}

/// Finds every pair of slots that share a host or a place at the same time without comparing
/// every slot with every other: slots are grouped by the shared resource, sorted by start, and
/// swept while keeping only those still running. Cost is O(n log n) plus the pairs found.
enum OverlapSweep {
    static func overlappingPairs<Key: Hashable>(
        _ refs: [SlotRef], key: (SlotRef) -> Key?
    ) -> [(SlotRef, SlotRef)] {
        var groups: [Key: [SlotRef]] = [:]
        for ref in refs where ref.slot.start < ref.slot.end {
            guard let k = key(ref) else { continue }
            groups[k, default: []].append(ref)
        }
        var pairs: [(SlotRef, SlotRef)] = []
        for (_, group) in groups where group.count > 1 {
            let sorted = group.sorted { ($0.slot.start, $0.delegationID) < ($1.slot.start, $1.delegationID) }
            var running: [SlotRef] = []
            for ref in sorted {
                running.removeAll { $0.slot.end <= ref.slot.start }
                for earlier in running { pairs.append((earlier, ref)) }
                running.append(ref)
            }
        }
        return pairs
    }
}
