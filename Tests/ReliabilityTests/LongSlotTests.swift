import Foundation
import Testing
import VisitDeskDomain
import VisitDeskStore

/// A 900-byte file with twelve slots from year 0001 to 9999 froze the dashboard for 22 s on every
/// reload (3.6 million days per slot). Now such a slot is a problem and only its first year is
/// expanded into days.
@Suite("slots spanning years")
struct LongSlotTests {
    static func yearsFile() -> String {
        var lines = ["title = \"Years\"", "status = \"confirmed\"", "received = 2026-11-01", ""]
        for day in 1...12 {
            lines += ["[[slots]]", "start = 0001-01-\(String(format: "%02d", day))T09:00:00",
                      "end = 9999-12-\(String(format: "%02d", day))T10:00:00", "place = \"Everywhere\"", ""]
        }
        return lines.joined(separator: "\n")
    }

    @Test("a slot longer than a year is reported at its line and expands to at most a year of days")
    func longSlotIsAProblemAndBounded() throws {
        let folder = ScratchFolder("years")
        folder.write("delegations/years.toml", Self.yearsFile())
        let store = RecordStore(root: folder.path)
        let started = Date()
        try store.load()
        let conflicts = ConflictFinder.conflicts(in: store.catalog.delegations)
        let elapsed = Date().timeIntervalSince(started)
        let problems = store.catalog.problems.filter { $0.message.contains("more than a year") }
        #expect(problems.count == 12)
        #expect(problems.first?.line == 7, "at slot 1's `end` line")
        let delegation = try #require(store.catalog.delegation(id: "years"))
        #expect(delegation.slots.allSatisfy { $0.dates.count == Slot.longestSpanDays + 1 })
        #expect(!conflicts.isEmpty, "the clash of twelve slots at one place is still found")
        // A guard against the old minutes of work, far above the milliseconds it takes now.
        #expect(elapsed < 10, "loading took \(elapsed) s")
    }
}
