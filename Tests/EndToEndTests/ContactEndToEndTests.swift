import Foundation
import Testing

/// Finding people and copying their numbers in the real dashboard in tmux (`set-clipboard on`,
/// so OSC 52 from VisitDesk lands in tmux's paste buffer, which `show-buffer` reads back).
@Suite struct ContactEndToEndTests {
    /// What the copy put on the clipboard, once the status bar says it was copied.
    private func copied(_ dashboard: DashboardFixture, statusSays: String) throws -> String {
        try dashboard.tmux.waitFor(statusSays)
        return try dashboard.tmux.pasteBuffer()
    }

    /// The dashboard on the demo store with the `@` lookup open.
    private func lookupOpen() throws -> DashboardFixture {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        try dashboard.tmux.send("@")
        try dashboard.tmux.waitFor("Find a contact")
        return dashboard
    }

    @Test func lookupTypedInChineseThenYCopiesThePhone() throws {
        let dashboard = try lookupOpen()
        let tmux = dashboard.tmux
        try tmux.send("张", "伟")
        let found = try tmux.waitFor("1 found")
        #expect(found.contains("Zhang Wei") && found.contains("+86 139 3110 2288"))
        try tmux.send("Enter")
        let card = try tmux.waitFor("Zhāng Wěi")
        #expect(card.contains("Hebei Bureau of Commerce"), "the card shows the organisation")
        try tmux.send("y")
        let buffer = try copied(dashboard, statusSays: "copied Zhang Wei's phone +86 139 3110 2288")
        #expect(buffer == "+86 139 3110 2288")
    }

    @Test func pinyinLookupAndTheChooserForSeveralPhones() throws {
        let dashboard = try lookupOpen()
        let tmux = dashboard.tmux
        // Typed as pinyin, without tones; Enter opens the best match.
        try tmux.type("wang fang")
        let card = try tmux.waitFor("Wáng Fāng")
        #expect(card.contains("0311-8765 4321  +86 311 8765 4321"), "written and international forms")
        try tmux.send("y")
        try tmux.waitFor("Copy Wang Fang's phone")
        try tmux.send("2")
        #expect(try copied(dashboard, statusSays: "copied Wang Fang's phone") == "+86 311 8765 4321")
    }

    @Test func slashInContactsThenCapitalYCopiesTheEmail() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let tmux = dashboard.tmux
        try tmux.send("4", "/")
        try tmux.type("lindqvist")
        try tmux.waitFor("Delegations")
        try tmux.send("Y")
        #expect(try copied(dashboard, statusSays: "copied Anders Lindqvist's email") == "anders.lindqvist@example.se")
    }

    @Test func sToggleNarrowsTheListToOneSide() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let tmux = dashboard.tmux
        try tmux.send("4", "s", "s")
        let screen = try tmux.waitFor("Chinese side")
        #expect(screen.contains("Chen Jing") && !screen.contains("Anders Lindqvist"))
    }
}
