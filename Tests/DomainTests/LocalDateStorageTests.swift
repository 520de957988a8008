import Testing
import VisitDeskDomain

/// Dates and times are stored in narrow integers (8 and 6 bytes): every real value must come back
/// as it went in, and one out of range must stay impossible rather than wrap into a real date.
@Suite("Local date storage")
struct LocalDateStorageTests {
    @Test("dates and times from year 1 to 9999 read back unchanged, in order")
    func realValuesRoundTrip() {
        for dayNumber in stride(from: LocalDate(year: 1, month: 1, day: 1).dayNumber, through: LocalDate(year: 9999, month: 12, day: 31).dayNumber, by: 997) {
            let date = LocalDate(dayNumber: dayNumber)
            #expect(date.isValid && date.dayNumber == dayNumber && LocalDate(iso: date.description) == date, "\(date)")
        }
        let moment = LocalDateTime(date: LocalDate(year: 2026, month: 12, day: 31), time: LocalTime(hour: 23, minute: 59, second: 60))
        #expect((moment.date.year, moment.date.month, moment.date.day) == (2026, 12, 31))
        #expect((moment.time.hour, moment.time.minute, moment.time.second) == (23, 59, 60))
        #expect(moment.adding(minutes: 1).description == "2027-01-01T00:01:00")
        var date = LocalDate(year: 2026, month: 2, day: 28)
        date.day += 1
        #expect(!date.isValid && date.day == 29)
    }

    @Test("a component too large for its storage stays an impossible date, not another real one")
    func outOfRangeStaysImpossible() {
        // 65,537 would wrap to 1 in 16 bits; clamped, it is 32,767: still no month.
        let date = LocalDate(year: 2026, month: 65_537, day: 65_541)
        #expect(!date.isValid)
        #expect(date.month == Int(Int16.max) && date.day == Int(Int16.max))
        #expect(LocalDate(year: 2026, month: 1, day: -65_535).isValid == false)
        #expect(LocalTime(hour: 65_545, minute: 0).hour == Int(Int16.max))
        #expect(LocalDate(year: Int.max, month: 1, day: 1).year == Int(Int32.max))
    }
}
