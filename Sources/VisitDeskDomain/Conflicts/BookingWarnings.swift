/// What the slot form says before a slot is saved: its host is busy with another group then,
/// its place is taken, the day is a holiday or a weekend in either country, or it falls outside
/// the delegation's wished period. The same rules `check` and the calendar apply after saving
/// (`DayRules`, and the host and place clashes of `ConflictLedger`), asked of one slot.
///
/// Each warning is a `Phrase`: shown in the language on screen, kept in the store in English (a
/// slot's `warnings`, shared between coordinators) and read back by `phrase(saved:)` to be shown
/// translated again.
public enum BookingWarnings {
    /// One warning per line, day rules first, then clashes with other groups in time order.
    /// `others` are the store's delegations; the record itself and requests are skipped.
    public static func phrases(for slot: Slot, in record: Delegation, among others: [Delegation], hostName: (String) -> String) -> [Phrase] {
        guard slot.start < slot.end else { return [] }
        var lines = DayRules.reasons(for: slot, in: record).map { reason in
            reason.isSentence ? reason.what : Phrase("%s: %s", reason.date, reason.what)
        }
        let place = SharedResourceRules.placeKey(slot.place)
        var clashes: [(start: LocalDateTime, phrase: Phrase)] = []
        for other in others where other.id != record.id && other.status.isGroup {
            for booked in other.slots where booked.start < slot.end && slot.start < booked.end {
                let when = TimeSpanText.phrase(from: booked.start, to: booked.end)
                if let host = slot.host, booked.host == host {
                    clashes.append((booked.start, Phrase("%s is busy then: %s, %s", hostName(host), other.id, when)))
                }
                if let place, SharedResourceRules.placeKey(booked.place) == place {
                    clashes.append((booked.start, Phrase("%s is taken then: %s, %s", slot.place, other.id, when)))
                }
            }
        }
        lines += clashes.sorted { $0.start < $1.start }.map(\.phrase)
        return lines
    }

    /// The warnings in English, as the store keeps them.
    public static func lines(for slot: Slot, in record: Delegation, among others: [Delegation], hostName: (String) -> String) -> [String] {
        phrases(for: slot, in: record, among: others, hostName: hostName).map(\.description)
    }

    /// A warning kept in the store (English) as the phrase it was made from, to be shown in the
    /// language on screen; a line no warning reads as (an older wording, a hand edit) as it is.
    public static func phrase(saved line: String) -> Phrase {
        PhrasePattern.read(line, as: shapes) ?? .verbatim(line)
    }

    /// The shapes `phrases` makes, the specific before the general ("%s: %s" last).
    static let shapes: [PhrasePattern] = {
        let when = PhrasePattern.Part.phrase([PhrasePattern("%s to %s"), PhrasePattern("%s")])
        let wished = PhrasePattern.Part.phrase([PhrasePattern("%s to %s"), PhrasePattern("from %s"), PhrasePattern("until %s"), PhrasePattern("(none given)")])
        let what = PhrasePattern.Part.phrase([
            PhrasePattern("%s (%s), a Swedish holiday"), PhrasePattern("a Saturday"), PhrasePattern("a Sunday"),
            PhrasePattern("outside its wished period %s", wished),
        ])
        return [
            PhrasePattern("%s is busy then: %s, %s", .text, .text, when),
            PhrasePattern("%s is taken then: %s, %s", .text, .text, when),
            PhrasePattern("%s is a day off in China (%s)", .text, .phrase(ChinaBreak.periodShapes)),
            PhrasePattern("%s: %s", .text, what),
        ]
    }()
}
