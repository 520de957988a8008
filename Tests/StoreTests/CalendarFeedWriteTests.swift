import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// `export/visits.ics` is rewritten only when its bytes change (subscribers, git and Syncthing see
/// no churn), and the comparison reads the old file a block at a time.
@Suite struct CalendarFeedWriteTests {
    typealias Fixture = ICalendarExportTests

    func catalog(topic: String = "Safari", contacts: [Contact] = Fixture.contacts) -> Catalog {
        var hebei = Fixture.hebei
        hebei.slots[1].topic = topic
        return Catalog(delegations: [hebei, Fixture.request], contacts: contacts)
    }

    func inode(_ path: String) -> Int? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.systemFileNumber] as? Int
    }

    /// The dashboard makes the feed again only after a change it can show: not after an edit to
    /// a person no visit names. `asa-oberg` hosts, `wang-fang` leads, `lina-berg` coordinates.
    @Test func onlyChangesTheFeedCanShowAskForANewOne() {
        let catalog = catalog(contacts: Fixture.contacts + [Contact(id: "erik-lund", name: "Erik Lund")])
        #expect(!CalendarFeed.mayChange(catalog, changedPaths: ["contacts/erik-lund.toml"]))
        #expect(!CalendarFeed.mayChange(catalog, changedPaths: ["contacts/someone-removed.toml"]))
        for named in ["asa-oberg", "wang-fang", "lina-berg"] {
            #expect(CalendarFeed.mayChange(catalog, changedPaths: ["contacts/erik-lund.toml", "contacts/\(named).toml"]))
        }
        #expect(CalendarFeed.mayChange(catalog, changedPaths: ["delegations/not-yet.toml"]))
        #expect(CalendarFeed.mayChange(catalog, changedPaths: ["store.toml"]))
        // A request's people are not in the feed until it is a group.
        var led = Fixture.request
        led.lead = "asa-oberg"
        let request = Catalog(delegations: [led], contacts: Fixture.contacts)
        #expect(!CalendarFeed.mayChange(request, changedPaths: ["contacts/asa-oberg.toml"]))
    }

    @Test func theSameVisitsLeaveTheFileAloneAndASameSizeChangeRewritesIt() throws {
        let store = TemporaryFolder("feed")
        let path = store.path + "/" + CalendarFeed.relativePath
        #expect(CalendarFeed.write(catalog(), storeRoot: store.path) == nil)
        let first = try #require(store.read(CalendarFeed.relativePath))
        #expect(first.contains("Topic: Safari"))
        let written = inode(path)
        // Atomic writes replace the file (a new inode): the same catalog must not.
        #expect(CalendarFeed.write(catalog(), storeRoot: store.path) == nil)
        #expect(inode(path) == written)
        // Six letters for six: the same size, other bytes.
        #expect(CalendarFeed.write(catalog(topic: "Safaro"), storeRoot: store.path) == nil)
        #expect(store.read(CalendarFeed.relativePath) == first.replacing("Topic: Safari", with: "Topic: Safaro"))
        #expect(inode(path) != written)
    }

    @Test func peopleTheVisitsDoNotNameAreLeftOutAndTheNamedOnesStay() throws {
        let store = TemporaryFolder("feed")
        let others = (0..<500).map { Contact(id: "someone-\($0)", name: "Someone \($0)") }
        CalendarFeed.write(catalog(contacts: others + Fixture.contacts), storeRoot: store.path)
        let feed = try #require(store.read(CalendarFeed.relativePath))
        let unfolded = Fixture.unfolded(feed).joined(separator: "\n")
        #expect(unfolded.contains(#"Lead: Wang Fang 王芳\, +86 138 0013 8000\, 0311-8765 4321"#))
        #expect(unfolded.contains(#"Host: Åsa Öberg\, +46 72 039 01 72"#))
        #expect(unfolded.contains("Host: ghost"))
        #expect(!unfolded.contains("Someone"))
        // The same bytes as without the 500 others.
        #expect(ICalendarExport.calendarBytes(delegations: [Fixture.hebei, Fixture.request], contacts: others + Fixture.contacts, timeZone: "Europe/Stockholm")
            == ICalendarExport.calendarBytes(delegations: [Fixture.hebei, Fixture.request], contacts: Fixture.contacts, timeZone: "Europe/Stockholm"))
    }
}
