import Foundation
import Testing

/// Renaming and deleting a person in the real dashboard: every record naming them is rewritten
/// on disk (read back by Python's `tomllib`), comments stay, and one `u` puts every file back.
@Suite(.serialized) struct ContactRenameEndToEndTests {
    func read(_ path: String) -> String? { try? String(contentsOfFile: path, encoding: .utf8) }

    func parsedByPython(_ path: String) throws -> String {
        try Subprocess.run(["python3", "-c", "import json, sys, tomllib; print(json.dumps(tomllib.load(open(sys.argv[1], 'rb')), ensure_ascii=False, default=str))", path])
    }

    func delegations(naming id: String, in store: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "\(store)/delegations").filter {
            read("\(store)/delegations/\($0)")?.contains("\"\(id)\"") == true
        }.sorted()
    }

    @Test func renamingAnIdRewritesEveryReferenceAndUndoPutsItBack() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        let naming = try delegations(naming: "erik-sjoberg", in: store)
        #expect(naming.count >= 2)
        let before = try naming.map { try #require(read("\(store)/delegations/\($0)")) }
        let oldFile = try #require(read("\(store)/contacts/erik-sjoberg.toml"))
        try tmux.send("4", "@"); try tmux.sendText("erik"); try tmux.send("Enter")
        try tmux.waitFor("contacts/erik-sjoberg.toml")
        try tmux.send("e")
        try tmux.waitFor("edit contact erik-sjoberg")
        try tmux.send("BTab", "C-u"); try tmux.sendText("erik-sjoberg-dva"); try tmux.send("C-s")
        try tmux.waitFor("saved: rename contact erik-sjoberg → erik-sjoberg-dva")
        #expect(read("\(store)/contacts/erik-sjoberg.toml") == nil)
        #expect(read("\(store)/contacts/erik-sjoberg-dva.toml") == oldFile, "the file moves byte for byte")
        #expect(try delegations(naming: "erik-sjoberg", in: store).isEmpty)
        for name in naming {
            let json = try parsedByPython("\(store)/delegations/\(name)")
            #expect(json.contains("\"host\": \"erik-sjoberg-dva\""), "\(name): \(json)")
        }
        try tmux.send("u")
        try tmux.waitFor("undid: rename contact")
        #expect(try naming.map { try #require(read("\(store)/delegations/\($0)")) } == before)
        #expect(read("\(store)/contacts/erik-sjoberg.toml") == oldFile)
        #expect(read("\(store)/contacts/erik-sjoberg-dva.toml") == nil)
    }

    @Test func deletingANamedPersonPutsTheChosenOneInTheirPlace() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        let naming = try delegations(naming: "erik-sjoberg", in: store)
        try tmux.send("4", "@"); try tmux.sendText("erik"); try tmux.send("Enter")
        try tmux.waitFor("contacts/erik-sjoberg.toml")
        try tmux.send("D")
        try tmux.waitFor("named in \(naming.count) places:")
        try tmux.send("y")
        try tmux.waitFor("Who takes Erik Sjöberg's place?")
        try tmux.sendText("asa"); try tmux.send("Enter")
        try tmux.waitFor("delete Erik Sjöberg? y/n")
        try tmux.send("y")
        try tmux.waitFor("saved: delete contact erik-sjoberg (now asa-oberg)")
        #expect(read("\(store)/contacts/erik-sjoberg.toml") == nil)
        for name in naming {
            #expect(try parsedByPython("\(store)/delegations/\(name)").contains("\"host\": \"asa-oberg\""))
        }
        try tmux.send("u")
        try tmux.waitFor("undid: delete contact erik-sjoberg")
        #expect(read("\(store)/contacts/erik-sjoberg.toml") != nil)
        #expect(try delegations(naming: "erik-sjoberg", in: store) == naming)
    }

    /// `visitdesk edit contact --set id=` while the dashboard is open: the dashboard reloads the
    /// moved file and the rewritten records, so the hosts still show by name and no problem appears.
    @Test func aRenameFromTheCommandLineIsFollowedByAnOpenDashboard() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let (tmux, store) = (dashboard.tmux, dashboard.store)
        try tmux.send("4", "@"); try tmux.sendText("erik"); try tmux.send("Enter")
        try tmux.waitFor("contacts/erik-sjoberg.toml")
        let result = try VisitDeskCLI.run(["edit", "contact", "erik-sjoberg", "--store", store, "--set", "id=erik-sjoberg-cli"])
        #expect(result.status == 0, "\(result.stderr)")
        // The card of the old id closes with its file; the person is found under the new one.
        // (The status bar may name the old file as removed: the card's own box is what goes.)
        try tmux.waitUntil("the old card closed") { !$0.contains("┌ Erik Sjöberg ─") }
        try tmux.send("@"); try tmux.sendText("erik"); try tmux.send("Enter")
        let card = try tmux.waitFor("contacts/erik-sjoberg-cli.toml")
        #expect(card.contains("Erik Sjöberg"))
        #expect(!card.contains("(unknown)") && !card.contains("not in the store"))
        try tmux.send("Escape")
        try tmux.waitUntil("the card closed") { !$0.contains("┌ Erik Sjöberg ─") }
        try tmux.send("2")
        let groups = try tmux.waitFor("no problems")
        #expect(groups.contains("9 Erik Sjöberg"), "the host column still shows him by name")
    }
}
