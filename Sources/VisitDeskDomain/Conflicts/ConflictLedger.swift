/// The schedule conflicts of a store, kept with what they came from, so that a change of a few
/// delegations recomputes only the clusters those delegations' slots touch and their own day
/// rules — at 10,000 delegations a reload of one file must not sweep every host and place again.
public struct ConflictLedger: Sendable, Equatable {
    /// What a conflict came from: what a changed delegation must match for the conflict to be redone.
    enum Origin: Sendable, Equatable {
        /// The slots at one resource overlapping in a chain over `start ..< reach`.
        case cluster(SharedResource, start: LocalDateTime, reach: LocalDateTime)
        /// The day rules of one delegation.
        case days(of: String)
    }

    struct Entry: Sendable, Equatable {
        var conflict: ScheduleConflict
        var origin: Origin
    }

    /// In `ConflictFinder.precedes` order. Kept apart from their origins, not as entries of
    /// both: the calendar files every conflict and the attention line counts them with each
    /// catalog, and a list made from entries copied 10,000 conflicts each time (50,000 delegations).
    public private(set) var conflicts: [ScheduleConflict] = []
    /// What each of `conflicts` came from, at the same position.
    private var origins: [Origin] = []
    /// The planned slots at each resource, in `SlotRef.precedes` order, lone ones too: an edit
    /// may bring a second slot to any of them.
    private var slotsByResource: [SharedResource: [SlotRef]] = [:]

    public init() {}

    public init(_ delegations: [Delegation]) {
        var found: [Entry] = []
        var places = PlaceKeys()
        // Fields, not records, through the buffer: a record passed whole is copied, twenty retains.
        delegations.withUnsafeBufferPointer { records in
            for i in records.indices where records[i].status.isGroup && !records[i].slots.isEmpty {
                ConflictLedger.forEachResourceSlot(id: records[i].id, slots: records[i].slots, places: &places) { resource, ref in
                    slotsByResource[resource, default: []].append(ref)
                }
                found += ConflictLedger.dayEntries(of: records[i])
            }
        }
        slotsByResource.updateEachValue { refs in
            if refs.count > 1 { refs.sort { $0.precedes($1) } }
        }
        for (resource, refs) in slotsByResource where refs.count > 1 {
            found += ConflictLedger.clusterEntries(at: resource, refs) { _ in true }
        }
        // Sort positions, not the entries: each carries strings and arrays, and moving thousands
        // of them through a merge sort costs more than finding them.
        // By start first, as one number per conflict made once; the full comparison only for ties.
        let starts = found.map(\.conflict.start.wallSeconds)
        let order = found.indices.sorted { a, b in
            starts[a] != starts[b] ? starts[a] < starts[b] : ConflictFinder.precedes(found[a].conflict, found[b].conflict)
        }
        conflicts = order.map { found[$0].conflict }
        origins = order.map { found[$0].origin }
    }

    /// Takes the delegations `old` out (removed ones, and the previous values of changed ones) and
    /// puts `new` in (inserted ones and the new values), and answers which conflicts went and came.
    /// The result equals a ledger built from scratch on the new delegations.
    @discardableResult
    public mutating func replace(_ old: [Delegation], with new: [Delegation]) -> (removed: [ScheduleConflict], added: [ScheduleConflict]) {
        // The stretches of time changed at each resource, old slots and new.
        var touched: [SharedResource: [(start: LocalDateTime, end: LocalDateTime)]] = [:]
        var leaving: [SharedResource: Set<String>] = [:]
        var places = PlaceKeys()
        for delegation in old where ConflictLedger.isPlanned(delegation) {
            ConflictLedger.forEachResourceSlot(id: delegation.id, slots: delegation.slots, places: &places) { resource, ref in
                touched[resource, default: []].append((ref.start, ref.end))
                leaving[resource, default: []].insert(ref.delegationID)
            }
        }
        for (resource, ids) in leaving {
            slotsByResource[resource]?.removeAll { ids.contains($0.delegationID) }
            if slotsByResource[resource]?.isEmpty == true { slotsByResource[resource] = nil }
        }
        for delegation in new where ConflictLedger.isPlanned(delegation) {
            ConflictLedger.forEachResourceSlot(id: delegation.id, slots: delegation.slots, places: &places) { resource, ref in
                touched[resource, default: []].append((ref.start, ref.end))
                slotsByResource[resource, default: []].insertSorted(ref)
            }
        }
        // A few ids: comparing them beats hashing the id of each of thousands of entries.
        let redoDays = old.map(\.id) + new.map(\.id)
        let spans = touched.values.joined()
        let (earliest, latest) = (spans.map(\.start).min(), spans.map(\.end).max())

        // A cluster that shares no moment with a changed slot is the same before and after.
        func isRedone(_ origin: Origin) -> Bool {
            switch origin {
            case .days(let id):
                return redoDays.contains(id)
            case let .cluster(resource, start, reach):
                guard let earliest, let latest, start < latest, earliest < reach else { return false }
                return touched[resource]?.contains { start < $0.end && $0.start < reach } ?? false
            }
        }
        // The redone ones out, the rest kept in order, in place in both arrays.
        var removed: [ScheduleConflict] = []
        var kept = 0
        for index in conflicts.indices {
            if isRedone(origins[index]) {
                removed.append(conflicts[index])
                continue
            }
            if kept != index {
                conflicts.swapAt(kept, index)
                origins.swapAt(kept, index)
            }
            kept += 1
        }
        conflicts.removeLast(conflicts.count - kept)
        origins.removeLast(origins.count - kept)
        var added = new.filter(ConflictLedger.isPlanned).flatMap(ConflictLedger.dayEntries)
        for (resource, spans) in touched {
            guard let refs = slotsByResource[resource], refs.count > 1 else { continue }
            added += ConflictLedger.clusterEntries(at: resource, refs) { cluster in
                spans.contains { cluster.overlaps($0.start, $0.end) }
            }
        }
        for entry in added {
            let at = conflicts.sortedInsertionIndex { ConflictFinder.precedes(entry.conflict, $0) }
            conflicts.insert(entry.conflict, at: at)
            origins.insert(entry.origin, at: at)
        }
        return (removed, added.map(\.conflict))
    }

    /// Confirmed and visited delegations with a programme; requests' slots are only proposals.
    static func isPlanned(_ delegation: Delegation) -> Bool {
        delegation.status.isGroup && !delegation.slots.isEmpty
    }

    private static func forEachResourceSlot(id: String, slots: [Slot], places: inout PlaceKeys, _ body: (SharedResource, SlotRef) -> Void) {
        for (index, slot) in slots.enumerated() where slot.start < slot.end {
            let ref = SlotRef(delegationID: id, slotIndex: index, slot: slot)
            SharedResourceRules.forEachResource(of: slot, places: &places) { body($0, ref) }
        }
    }

    private static func dayEntries(of delegation: Delegation) -> [Entry] {
        DayRules.conflicts(of: delegation).map { Entry(conflict: $0, origin: .days(of: delegation.id)) }
    }

    private static func clusterEntries(at resource: SharedResource, _ refs: [SlotRef], where wanted: (OverlapCluster) -> Bool) -> [Entry] {
        OverlapSweep.clusters(in: refs).compactMap { cluster in
            guard wanted(cluster), let conflict = SharedResourceRules.conflict(at: resource, cluster.refs) else { return nil }
            return Entry(conflict: conflict, origin: .cluster(resource, start: cluster.start, reach: cluster.reach))
        }
    }
}

extension Array where Element == SlotRef {
    fileprivate mutating func insertSorted(_ ref: SlotRef) {
        insert(ref, at: sortedInsertionIndex { ref.precedes($0) })
    }
}
