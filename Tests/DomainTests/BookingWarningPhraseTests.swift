import Testing
@testable import VisitDeskDomain

/// A slot's warnings are kept in the store in English and read back into phrases to be shown in
/// the language: every shape the warnings come in reads back as the phrase it was made from.
@Suite struct BookingWarningPhraseTests {
    func at(_ date: String, _ time: String) -> LocalDateTime {
        let hm = time.split(separator: ":").compactMap { Int($0) }
        return LocalDateTime(date: LocalDate(iso: date)!, time: LocalTime(hour: hm[0], minute: hm[1]))
    }

    func group(_ id: String, _ earliest: String?, _ latest: String?, slots: [Slot]) -> Delegation {
        Delegation(id: id, title: id, status: .confirmed, earliest: earliest.flatMap { LocalDate(iso: $0) },
                   latest: latest.flatMap { LocalDate(iso: $0) }, slots: slots)
    }

    @Test func everyWarningReadsBackAsThePhraseItWasMadeFrom() {
        let other = group("jiangsu", nil, nil, slots: [
            Slot(start: at("2026-10-05", "09:00"), end: at("2026-10-05", "12:00"), place: "Hall A", host: "asa"),
            Slot(start: at("2026-10-04", "09:00"), end: at("2026-10-06", "12:00"), place: "Hall A: east", host: "asa"),
        ])
        let cases: [(Slot, String?, String?)] = [
            (Slot(start: at("2026-10-05", "10:00"), end: at("2026-10-05", "11:00"), place: "Hall A", host: "asa"), "2026-11-01", "2026-11-30"),
            (Slot(start: at("2026-12-24", "10:00"), end: at("2026-12-26", "11:00"), place: "Hall A: east"), "2026-12-01", nil),
            (Slot(start: at("2027-02-07", "10:00"), end: at("2027-02-07", "11:00"), place: "x"), nil, "2027-01-01"),
            (Slot(start: at("2026-10-05", "10:00"), end: at("2026-10-05", "11:00"), place: "x"), nil, nil),
        ]
        var count = 0
        for (slot, earliest, latest) in cases {
            let record = group("hebei", earliest, latest, slots: [])
            for phrase in BookingWarnings.phrases(for: slot, in: record, among: [other], hostName: { $0 == "asa" ? "Åsa Öberg" : $0 }) {
                #expect(BookingWarnings.phrase(saved: phrase.description) == phrase, "\(phrase)")
                count += 1
            }
        }
        #expect(count >= 9, "host, place, Swedish holiday, weekend, China day off and wished period all met")
    }

    @Test func aLineNoWarningHasStaysAsItIs() {
        #expect(BookingWarnings.phrase(saved: "call the embassy first") == .verbatim("call the embassy first"))
        #expect(BookingWarnings.phrase(saved: "") == .verbatim(""))
    }
}
