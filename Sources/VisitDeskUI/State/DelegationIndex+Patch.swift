import VisitDeskDomain

extension DelegationIndex {
    /// Past this many changed records a reload rebuilds the index: patching costs per record,
    /// rebuilding per catalog, and a sync that touched hundreds of files is rare.
    static let patchLimit = 48

    /// The index of `delegations`, patched from `previous` (the index of `previous.delegations`
    /// on the same `today`) when only a few records differ, else built from scratch. Equal to a
    /// fresh build either way; a reload of one file costs a millisecond or two instead of a
    /// hundred at 10,000 delegations.
    init(_ delegations: [Delegation], today: LocalDate, previous: (delegations: [Delegation], index: DelegationIndex)?) {
        guard let previous, let diff = DelegationIndex.patchableDiff(from: previous.delegations, to: delegations) else {
            self.init(delegations, today: today)
            return
        }
        self = previous.index
        patch(from: previous.delegations, to: delegations, diff, today: today)
    }

    /// This index, of `old` on `today`, made the index of `new` in place: patched when only a few
    /// records differ, else built again (after letting go of the old one, which a fresh build
    /// does not need).
    mutating func update(from old: [Delegation], to new: [Delegation], today: LocalDate) {
        update(from: old, to: new, today: today, diff: DelegationIndex.patchableDiff(from: old, to: new))
    }

    /// The same, with the changes already found (`patchableDiff`); nil: build again.
    mutating func update(from old: [Delegation], to new: [Delegation], today: LocalDate, diff: RecordDiff<Delegation>?) {
        guard let diff else {
            self = DelegationIndex()
            self = DelegationIndex(new, today: today)
            return
        }
        patch(from: old, to: new, diff, today: today)
    }

    /// What changed from `old` to `new`, when few enough records did for a patch (and no two
    /// share an id); nil when the index is better built again.
    static func patchableDiff(from old: [Delegation], to new: [Delegation]) -> RecordDiff<Delegation>? {
        guard let diff = RecordDiff(from: old, to: new, limit: DelegationIndex.patchLimit),
              !DelegationIndex.sharesID(diff.staleOld, in: old),
              !DelegationIndex.sharesID(diff.freshNew, in: new)
        else { return nil }
        return diff
    }

    /// Whether a record at one of `positions` has the same id as its neighbour. The store keeps one
    /// file per id, but a catalog built elsewhere may not; the patch finds records by id, and a
    /// full build settles who wins.
    private static func sharesID(_ positions: [Int], in delegations: [Delegation]) -> Bool {
        positions.contains { p in
            (p > 0 && delegations[p - 1].id == delegations[p].id)
                || (p + 1 < delegations.count && delegations[p + 1].id == delegations[p].id)
        }
    }

    private mutating func patch(from old: [Delegation], to new: [Delegation], _ diff: RecordDiff<Delegation>, today: LocalDate) {
        guard diff.count > 0 else { return }
        let (stale, fresh, shifted) = (diff.staleOld, diff.freshNew, diff.shiftsPositions)

        // Take the stale records out while positions are still old ones.
        for position in stale {
            let d = old[position]
            if d.status == .new { newRequestCount -= 1 }
            overdueFollowUps -= FollowUpAgenda.overdueCount(of: d, today: today)
            if DelegationIndex.isGroupThisMonth(d.status, d.slots, today: today) { groupsThisMonth -= 1 }
            if !d.status.isClosed { removeSlots(of: position, d) }
        }

        if shifted {
            // Move every kept position to its new place: an insert or a removal shifts all later ones.
            let carried = diff.unchangedNewPosition
            requestOrder = requestOrder.compactMap { carried[$0] }
            archiveOrder = archiveOrder.compactMap { carried[$0] }
            groupOrder = groupOrder.compactMap { carried[$0] }
            var moved: [Int: Int] = [:]
            moved.reserveCapacity(groupSlot.count)
            for (position, slot) in groupSlot { if let to = carried[position] { moved[to] = slot } }
            groupSlot = moved
            for i in slotsByDay.values.indices {
                for j in slotsByDay.values[i].indices { slotsByDay.values[i][j].delegation = carried[slotsByDay.values[i][j].delegation] ?? -1 }
            }
        } else {
            // Nobody moved: the edited records come out where they are, in place.
            let edited = Set(stale)
            requestOrder.removeAll { edited.contains($0) }
            archiveOrder.removeAll { edited.contains($0) }
            groupOrder.removeAll { edited.contains($0) }
            for position in stale { groupSlot[position] = nil }
        }
        contactLinks = DeferredLinks(patching: contactLinks, stale: stale, in: old, fresh: fresh, in: new)

        // Put the fresh records in, each where a full sort would have placed it.
        let dayStart = DelegationIndex.start(of: today)
        for position in fresh {
            let d = new[position]
            if d.status == .new { newRequestCount += 1 }
            overdueFollowUps += FollowUpAgenda.overdueCount(of: d, today: today)
            if d.status.isClosed {
                let at = archiveOrder.sortedInsertionIndex { DelegationIndex.requestPrecedes(position, $0, d.received, new[$0].received) }
                archiveOrder.insert(position, at: at)
            }
            if DelegationIndex.isGroupThisMonth(d.status, d.slots, today: today) { groupsThisMonth += 1 }
            if d.status.isRequest {
                let at = requestOrder.sortedInsertionIndex { DelegationIndex.requestPrecedes(position, $0, d.received, new[$0].received) }
                requestOrder.insert(position, at: at)
            }
            if let shown = DelegationIndex.shownSlot(d.status, d.slots, today: today) { groupSlot[position] = shown }
            if d.status.isGroup {
                let slot = shownSlot(of: position, in: new)
                let at = groupOrder.sortedInsertionIndex { DelegationIndex.groupPrecedes(position, $0, slot, shownSlot(of: $0, in: new), dayStart: dayStart) }
                groupOrder.insert(position, at: at)
            }
            if !d.status.isClosed { addSlots(of: position, in: new) }
        }

        let unchangedOld = UnchangedPositions(diff, newCount: new.count)
        // Off the frame that shows the change, like the first build; a filter on screen waits for
        // it. In a large store the work starts once the state has let go of the old index
        // (`AppState.reindex`), so the old text can be patched in place; a small one is done here.
        filterText = DeferredCorpus(patching: filterText, with: new, unchanged: unchangedOld)
        if !DelegationIndex.defersCorpus(new) { _ = filterText.value }
        schedule.patch(replacing: stale.map { old[$0] }, with: fresh.map { new[$0] }, slotsByDay: slotsByDay, positionsShifted: shifted)
    }

    private mutating func removeSlots(of position: Int, _ d: Delegation) {
        for slot in d.slots {
            for day in DelegationIndex.dayNumbers(of: slot) {
                slotsByDay[day]?.removeAll { $0.delegation == position }
                if slotsByDay[day]?.isEmpty == true { slotsByDay[day] = nil }
            }
        }
    }

    private mutating func addSlots(of position: Int, in delegations: [Delegation]) {
        for (slotIndex, slot) in delegations[position].slots.enumerated() {
            let ref = SlotRef(delegation: position, slot: slotIndex)
            for day in DelegationIndex.dayNumbers(of: slot) {
                let at = slotsByDay[day]?.sortedInsertionIndex { DelegationIndex.dayPrecedes(ref, $0, in: delegations) }
                slotsByDay[day, default: []].insert(ref, at: at ?? 0)
            }
        }
    }
}
