import Foundation
import Testing
import VisitDeskDomain
import VisitDeskUI
@testable import VisitDeskRuntime

struct ClockReaderTests {
    private func date(_ iso: String) -> Date {
        ISO8601DateFormatter().date(from: iso)!
    }

    @Test func stockholmAndBeijingInWinter() {
        let reader = ClockReader(now: { Date(timeIntervalSince1970: 0) })
        let reading = reader.reading(at: date("2026-11-25T08:14:00Z"))
        #expect(reading.text == "Stockholm 09:14 · Beijing 16:14")
        #expect(reading.home.date == LocalDate(year: 2026, month: 11, day: 25))
    }

    @Test func summerTimeShrinksTheGapToSixHours() {
        let reading = ClockReader().reading(at: date("2027-06-01T20:30:00Z"))
        #expect(reading.home.time == LocalTime(hour: 22, minute: 30))
        #expect(reading.partner.time == LocalTime(hour: 4, minute: 30))
        #expect(reading.partner.date == LocalDate(year: 2027, month: 6, day: 2), "Beijing is already on the next day")
    }

    @Test func injectedNowIsUsed() {
        let reader = ClockReader(now: { ISO8601DateFormatter().date(from: "2027-02-06T00:00:00Z")! })
        #expect(reader.reading().partner.time == LocalTime(hour: 8, minute: 0))
    }

    @Test func storeSettingsNameTheClocks() {
        let settings = StoreSettings(timezone: "America/New_York", partnerTimezone: "Asia/Shanghai")
        let reading = ClockReader(settings: settings).reading(at: date("2026-11-25T12:00:00Z"))
        #expect(reading.homeLabel == "New York")
        #expect(reading.partnerLabel == "Beijing")
        #expect(reading.home.time == LocalTime(hour: 7, minute: 0))
    }

    @Test func unknownZoneFallsBackToUTC() {
        let reading = ClockReader(homeZone: "Mars/Olympus").reading(at: date("2026-11-25T12:00:00Z"))
        #expect(reading.home.time == LocalTime(hour: 12, minute: 0))
    }
}
