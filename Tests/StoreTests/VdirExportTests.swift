import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// What a phone subscribed through CalDAV notices: events keep their identity when the
/// programme changes around them, and a cancelled visit says so before it goes.
@Suite struct VdirExportTests {
    static func at(_ y: Int, _ m: Int, _ d: Int, _ h: Int) -> LocalDateTime { ICalendarExportTests.at(y, m, d, h) }
    static let hebei = ICalendarExportTests.hebei
    static let today = LocalDate(year: 2027, month: 2, day: 1)

    static func uids(_ delegation: Delegation) -> [String] {
        VdirExport.eventFiles(delegations: [delegation], contacts: [], timeZone: "Europe/Stockholm", today: today)
            .compactMap { file in file.contents.components(separatedBy: "\r\n").first { $0.hasPrefix("UID:") } }
    }

    @Test func aSlotKeepsItsUIDWhenOthersAreAddedRemovedOrReordered() {
        let before = Self.uids(Self.hebei)
        var changed = Self.hebei
        changed.slots.reverse()
        changed.slots.insert(Slot(start: Self.at(2027, 3, 8, 9), end: Self.at(2027, 3, 8, 10)), at: 0)
        let after = Self.uids(changed)
        #expect(before.count == 2 && after.count == 3)
        #expect(Set(before).isSubset(of: Set(after)))
        var fewer = Self.hebei
        fewer.slots.removeFirst()
        #expect(Self.uids(fewer) == [before[1]])
        #expect(before[0] == "UID:hebei-2027-20270309T090000@visitdesk")
    }

    @Test func aCancelledVisitIsPublishedAsCancelledUntilTheRetentionPassesThenDisappears() {
        var cancelled = Self.hebei
        cancelled.status = .cancelled
        let soon = VdirExport.eventFiles(delegations: [cancelled], contacts: [], timeZone: "Europe/Stockholm", today: Self.today)
        #expect(soon.count == 2)
        #expect(soon.allSatisfy { $0.contents.contains("\r\nSTATUS:CANCELLED\r\n") })
        let later = VdirExport.eventFiles(delegations: [cancelled], contacts: [], timeZone: "Europe/Stockholm",
                                          today: LocalDate(year: 2027, month: 8, day: 15), retentionDays: 30)
        #expect(later.isEmpty)
        let confirmed = VdirExport.eventFiles(delegations: [Self.hebei], contacts: [], timeZone: "Europe/Stockholm", today: Self.today)
        #expect(confirmed.allSatisfy { $0.contents.contains("\r\nSTATUS:CONFIRMED\r\n") })
    }

    @Test func rewritingLeavesUnchangedFilesAloneAndDeletesEventsThatAreGone() throws {
        let folder = TemporaryFolder("vdir")
        let contacts = ICalendarExportTests.contacts
        var catalog = Catalog(delegations: [Self.hebei], contacts: contacts)
        let first = try VdirExport.write(to: folder.path, catalog: catalog, today: Self.today)
        #expect(first == VdirExport.Summary(events: 2, cards: 3, written: 5, removed: 0))
        #expect(folder.names(in: "calendar") == ["hebei-2027-20270309T090000.ics", "hebei-2027-20270701T130000.ics"])
        #expect(folder.names(in: "contacts").contains("wang-fang.vcf"))
        folder.write("calendar/notes.txt", "mine")
        var hebei = Self.hebei
        hebei.slots.removeLast()
        catalog = Catalog(delegations: [hebei], contacts: contacts)
        let second = try VdirExport.write(to: folder.path, catalog: catalog, today: Self.today)
        #expect(second == VdirExport.Summary(events: 1, cards: 3, written: 0, removed: 1))
        #expect(folder.names(in: "calendar") == ["hebei-2027-20270309T090000.ics", "notes.txt"])
    }
}
