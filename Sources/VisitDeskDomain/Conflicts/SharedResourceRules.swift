/// Two slots that need the same host, or the same place, at overlapping times.
enum SharedResourceRules {
    static func conflicts(among refs: [SlotRef]) -> [ScheduleConflict] {
        var found: [ScheduleConflict] = []
        for (a, b) in OverlapSweep.overlappingPairs(refs, key: hostKey) {
            let host = hostKey(a)!
            found.append(conflict(.sameHost, a, b) { ids, when in
                ids.count == 1
                    ? "\(ids[0]) needs host \(host) for two slots at once on \(when)"
                    : "\(ids[0]) and \(ids[1]) both need host \(host) on \(when)"
            })
        }
        for (a, b) in OverlapSweep.overlappingPairs(refs, key: placeKey) {
            // The same host in the same place is one clash, already reported as `sameHost`.
            if let host = hostKey(a), host == hostKey(b) { continue }
            let place = a.slot.place.trimmingCharacters(in: .whitespaces)
            found.append(conflict(.samePlace, a, b) { ids, when in
                ids.count == 1
                    ? "\(ids[0]) has two slots at \(place) at once on \(when)"
                    : "\(ids[0]) and \(ids[1]) are both at \(place) on \(when)"
            })
        }
        return found
    }

    private static func conflict(
        _ kind: ScheduleConflict.Kind, _ a: SlotRef, _ b: SlotRef,
        message: (_ ids: [String], _ when: String) -> String
    ) -> ScheduleConflict {
        let start = max(a.slot.start, b.slot.start)
        let end = min(a.slot.end, b.slot.end)
        let ids = a.delegationID == b.delegationID ? [a.delegationID] : [a.delegationID, b.delegationID].sorted()
        return ScheduleConflict(
            kind: kind, delegationIDs: ids, date: start.date, start: start, end: end,
            message: message(ids, TimeSpanText.text(from: start, to: end)))
    }

    static func hostKey(_ ref: SlotRef) -> String? {
        guard let host = ref.slot.host?.trimmingCharacters(in: .whitespaces), !host.isEmpty else { return nil }
        return host
    }

    /// Places are free text typed by hand: `Käppala verket` and `käppala  Verket` are one place.
    static func placeKey(_ ref: SlotRef) -> String? {
        let words = ref.slot.place.lowercased().split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }
}
