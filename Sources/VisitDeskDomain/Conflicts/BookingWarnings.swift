/// What the slot form says before a slot is saved: its host is busy with another group then,
/// its place is taken, the day is a holiday or a weekend in either country, or it falls outside
/// the delegation's wished period. The same rules `check` and the calendar apply after saving
/// (`DayRules`, and the host and place clashes of `ConflictLedger`), asked of one slot.
public enum BookingWarnings {
    /// One line per warning, day rules first, then clashes with other groups in time order.
    /// `others` are the store's delegations; the record itself and requests are skipped.
    public static func lines(for slot: Slot, in record: Delegation, among others: [Delegation], hostName: (String) -> String) -> [String] {
        guard slot.start < slot.end else { return [] }
        var lines = DayRules.reasons(for: slot, in: record).map { reason in
            reason.isSentence ? reason.what.description : "\(reason.date): \(reason.what)"
        }
        let place = SharedResourceRules.placeKey(slot.place)
        var clashes: [(start: LocalDateTime, text: String)] = []
        for other in others where other.id != record.id && other.status.isGroup {
            for booked in other.slots where booked.start < slot.end && slot.start < booked.end {
                let when = TimeSpanText.text(from: booked.start, to: booked.end)
                if let host = slot.host, booked.host == host {
                    clashes.append((booked.start, "\(hostName(host)) is busy then: \(other.id), \(when)"))
                }
                if let place, SharedResourceRules.placeKey(booked.place) == place {
                    clashes.append((booked.start, "\(slot.place) is taken then: \(other.id), \(when)"))
                }
            }
        }
        return lines + clashes.sorted { $0.start < $1.start }.map(\.text)
    }
}
