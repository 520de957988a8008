/// A host or a place that two slots cannot have at the same time.
enum SharedResource: Hashable, Sendable {
    case host(String)
    case place(String)
}

/// Place keys already worked out: a store names a few dozen places in thousands of slots, and
/// folding `Borlänge` (not plain ASCII) costs more than looking it up.
struct PlaceKeys {
    private var known: [String: String?] = [:]

    mutating func key(_ place: String) -> String? {
        if let key = known[place] { return key }
        let key = SharedResourceRules.placeKey(place)
        known[place] = key
        return key
    }
}

/// Two slots that need the same host, or the same place, at overlapping times.
enum SharedResourceRules {
    /// Calls `body` once for each resource a slot needs: its host and its place, when given.
    static func forEachResource(of slot: Slot, places: inout PlaceKeys, _ body: (SharedResource) -> Void) {
        if let host = hostKey(slot.host) { body(.host(host)) }
        if let place = places.key(slot.place) { body(.place(place)) }
    }

    /// The conflict a cluster at `resource` makes; nil for a place whose slots all have one host,
    /// which is one clash, already reported as `sameHost`.
    static func conflict(at resource: SharedResource, _ cluster: ArraySlice<SlotRef>) -> ScheduleConflict? {
        let count = cluster.count
        switch resource {
        case .host(let host):
            return conflict(.sameHost, cluster) { ids, when in
                switch ids.count {
                case 1 where count == 2: return Phrase("%s needs host %s for two slots at once on %s", ids[0], host, when)
                case 1: return Phrase("%s needs host %s for %d slots at once on %s", ids[0], host, count, when)
                case 2: return Phrase("%s and %s both need host %s on %s", ids[0], ids[1], host, when)
                default: return Phrase("%s all need host %s on %s", listed(ids), host, when)
                }
            }
        case .place:
            let firstHost = cluster.first!.host
            if firstHost != nil, cluster.allSatisfy({ $0.host == firstHost }) { return nil }
            let place = cluster.first!.place.trimmingCharacters(in: .whitespaces)
            return conflict(.samePlace, cluster) { ids, when in
                switch ids.count {
                case 1 where count == 2: return Phrase("%s has two slots at %s at once on %s", ids[0], place, when)
                case 1: return Phrase("%s has %d slots at %s at once on %s", ids[0], count, place, when)
                case 2: return Phrase("%s and %s are both at %s on %s", ids[0], ids[1], place, when)
                default: return Phrase("%s are all at %s on %s", listed(ids), place, when)
                }
            }
        }
    }

    /// "a, b and c"
    private static func listed(_ ids: [String]) -> Phrase {
        Phrase("%s and %s", ids.dropLast().joined(separator: ", "), ids.last!)
    }

    /// One conflict for a cluster: its delegations each once, from the first moment two slots
    /// overlap to the last moment any of them still does.
    private static func conflict(
        _ kind: ScheduleConflict.Kind, _ cluster: ArraySlice<SlotRef>,
        message: (_ ids: [String], _ when: Phrase) -> Phrase
    ) -> ScheduleConflict {
        let (first, second) = (cluster[cluster.startIndex], cluster[cluster.startIndex + 1])
        let start = max(first.start, second.start)
        let end = cluster.count == 2
            ? min(first.end, second.end)
            : cluster.dropFirst().map(\.end).max()!
        let ids = Array(Set(cluster.map(\.delegationID))).sorted()
        return ScheduleConflict(
            kind: kind, delegationIDs: ids, date: start.date, start: start, end: end,
            phrase: message(ids, TimeSpanText.phrase(from: start, to: end)))
    }

    /// Hosts are contact ids typed by hand: surrounding blanks do not make another host.
    static func hostKey(_ host: String?) -> String? {
        guard let host, !host.isEmpty else { return nil }
        // Nearly every id is plain ASCII without blanks at its ends; only the rest needs Foundation.
        if let first = host.utf8.first, let last = host.utf8.last, isPlainEnd(first), isPlainEnd(last) { return host }
        let trimmed = host.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Places are free text typed by hand: `Käppala verket` and `käppala  Verket` are one place.
    static func placeKey(_ place: String) -> String? {
        if isFoldedASCII(place) { return place.isEmpty ? nil : place }
        let words = place.lowercased().split(whereSeparator: \.isWhitespace)
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// An ASCII byte that is neither a blank nor the start of a non-ASCII character.
    private static func isPlainEnd(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x7F
    }

    /// True when the text already is its own place key: printable ASCII, no capitals, single
    /// spaces between words and none at the ends.
    private static func isFoldedASCII(_ text: String) -> Bool {
        var previous: UInt8 = 0x20
        for byte in text.utf8 {
            if byte == 0x20 {
                if previous == 0x20 { return false }
            } else if byte < 0x20 || byte >= 0x7F || (byte >= 0x41 && byte <= 0x5A) {
                return false
            }
            previous = byte
        }
        return previous != 0x20 || text.isEmpty
    }
}
