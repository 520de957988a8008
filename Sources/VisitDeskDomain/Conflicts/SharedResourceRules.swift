/// Two slots that need the same host, or the same place, at overlapping times.
enum SharedResourceRules {
    static func conflicts(among refs: [SlotRef]) -> [ScheduleConflict] {
        var found: [ScheduleConflict] = []
        for cluster in OverlapSweep.overlappingClusters(refs, key: hostKey) {
            let host = hostKey(cluster[0])!
            found.append(conflict(.sameHost, cluster) { ids, when in
                switch ids.count {
                case 1: return "\(ids[0]) needs host \(host) for \(cluster.count == 2 ? "two" : "\(cluster.count)") slots at once on \(when)"
                case 2: return "\(ids[0]) and \(ids[1]) both need host \(host) on \(when)"
                default: return "\(listed(ids)) all need host \(host) on \(when)"
                }
            })
        }
        for cluster in OverlapSweep.overlappingClusters(refs, key: placeKey) {
            // The same host in the same place is one clash, already reported as `sameHost`.
            let hosts = Set(cluster.map(hostKey))
            if hosts.count == 1, hosts.first! != nil { continue }
            let place = cluster[0].slot.place.trimmingCharacters(in: .whitespaces)
            found.append(conflict(.samePlace, cluster) { ids, when in
                switch ids.count {
                case 1: return "\(ids[0]) has \(cluster.count == 2 ? "two" : "\(cluster.count)") slots at \(place) at once on \(when)"
                case 2: return "\(ids[0]) and \(ids[1]) are both at \(place) on \(when)"
                default: return "\(listed(ids)) are all at \(place) on \(when)"
                }
            })
        }
        return found
    }

    /// "a, b and c"
    private static func listed(_ ids: [String]) -> String {
        ids.dropLast().joined(separator: ", ") + " and " + ids.last!
    }

    /// One conflict for a cluster: its delegations each once, from the first moment two slots
    /// overlap to the last moment any of them still does.
    private static func conflict(
        _ kind: ScheduleConflict.Kind, _ cluster: [SlotRef],
        message: (_ ids: [String], _ when: String) -> String
    ) -> ScheduleConflict {
        let start = max(cluster[0].slot.start, cluster[1].slot.start)
        let end = cluster.count == 2
            ? min(cluster[0].slot.end, cluster[1].slot.end)
            : cluster.dropFirst().map(\.slot.end).max()!
        let ids = Array(Set(cluster.map(\.delegationID))).sorted()
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
