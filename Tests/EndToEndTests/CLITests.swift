import Foundation
import Testing

/// The command line as scripts and mail filters use it: exit codes, output formats, messages.
@Suite("Command line")
struct CLITests {
    @Test("check on the demo store: warnings for the planted clashes, exit 0; --strict fails")
    func checkDemo() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let result = try VisitDeskCLI.run(["check", "--store", store])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("warning: Hebei Bureau of Commerce Group (hebei-commerce-waste-water) and Jiangsu Environmental Industry Delegation (jiangsu-epia-sludge) both need host Erik Sjöberg (erik-sjoberg)"))
        #expect(result.stderr.contains("0 error(s)"))
        #expect(try VisitDeskCLI.run(["check", "--store", store, "--strict"]).status == 1)
    }

    @Test("check reports a broken file as FILE:LINE: message and exits 1; the file is untouched")
    func checkBroken() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let path = store + "/delegations/broken.toml"
        let text = "title = \"Broken\"\nstatus = \"new\"\nsize = \"many\"\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let result = try VisitDeskCLI.run(["check", "--store", store])
        #expect(result.status == 1)
        #expect(result.stdout.contains("delegations/broken.toml:3: `size` should be a whole number (like `size = 14`), found a string"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test("list --format json is valid JSON with every key of the file, unknown keys included")
    func listJSON() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let path = store + "/contacts/wang-fang.toml"
        let original = try String(contentsOfFile: path, encoding: .utf8)
        try (original + "favourite_tea = \"Longjing\"\n").write(toFile: path, atomically: true, encoding: .utf8)
        let result = try VisitDeskCLI.run(["list", "contacts", "--store", store, "--format", "json", "--search", "王芳"])
        #expect(result.status == 0, "\(result.stderr)")
        let objects = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(objects.first?["id"] as? String == "wang-fang")
        #expect(objects.first?["favourite_tea"] as? String == "Longjing")
        #expect((objects.first?["phones_e164"] as? [Any])?.isEmpty == false)
    }

    @Test("list --search finds a contact by pinyin initials and by phone digits however written")
    func listSearch() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let initials = try VisitDeskCLI.run(["list", "contacts", "--store", store, "--search", "zw", "--format", "tsv"])
        #expect(initials.stdout.split(separator: "\n").dropFirst().first?.hasPrefix("zhang-wei\t") == true, "\(initials.stdout)")
        let phone = try VisitDeskCLI.run(["list", "contacts", "--store", store, "--search", "0720390171", "--format", "tsv"])
        #expect(phone.stdout.contains("lina-berg\t"), "\(phone.stdout)")
    }

    @Test("add request prints the new id and writes a loadable file; set-status needs a reason to decline")
    func addAndSetStatus() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let added = try VisitDeskCLI.run([
            "add", "request", "--store", store, "--title", "Baoding Water Group", "--title-zh", "保定水务考察团",
            "--size", "9", "--interests", "waste-water,biogas", "--earliest", "2027-05-01", "--latest", "2027-05-31",
            "--lead", "wang-fang", "--today", "2026-11-25",
        ])
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "baoding-water-group\n")
        let file = try String(contentsOfFile: store + "/delegations/baoding-water-group.toml", encoding: .utf8)
        #expect(file.contains("title_zh = \"保定水务考察团\"\nstatus = \"new\"\nreceived = 2026-11-25\nsize = 9\n"))

        let refused = try VisitDeskCLI.run(["set-status", "baoding-water-group", "declined", "--store", store])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("needs --reason"))
        let declined = try VisitDeskCLI.run(["set-status", "baoding-water-group", "declined", "--reason", "No host in May", "--store", store])
        #expect(declined.status == 0, "\(declined.stderr)")
        let after = try String(contentsOfFile: store + "/delegations/baoding-water-group.toml", encoding: .utf8)
        #expect(after == file.replacingOccurrences(of: "status = \"new\"", with: "status = \"declined\"") + "reason = \"No host in May\"\n")
        #expect(try VisitDeskCLI.run(["check", "--store", store]).status == 0)
    }

    @Test("add request refuses bad input with a clear message and writes nothing")
    func addRefuses() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let before = try FileManager.default.contentsOfDirectory(atPath: store + "/delegations").count
        let cases: [([String], String)] = [
            (["--title", "X", "--size", "0"], "size must be positive"),
            (["--title", "X", "--earliest", "14/1"], "not a date; expected one like 2027-01-14"),
            (["--title", "X", "--lead", "nobody"], "no such contact"),
            (["--title", "X", "--interests", "Waste Water"], "lowercase letters"),
        ]
        for (arguments, message) in cases {
            let result = try VisitDeskCLI.run(["add", "request", "--store", store] + arguments)
            #expect(result.status != 0, "\(arguments)")
            #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: store + "/delegations").count == before)
    }

    @Test("a missing store named with --store is an error that says what to do")
    func missingStore() throws {
        let result = try VisitDeskCLI.run(["check", "--store", "/nonexistent/visitdesk"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("visitdesk init /nonexistent/visitdesk"))
    }

    @Test("with no store configured a script gets exit 2 and what to do, and nothing is created")
    func noStoreForScripts() throws {
        let home = NSTemporaryDirectory() + "visitdesk-home-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: home) }
        for arguments in [["list", "delegations"], ["add", "request", "--title", "Mail filter group"], ["check"]] {
            let result = try VisitDeskCLI.run(arguments, environment: ["XDG_DATA_HOME": home, "HOME": home])
            #expect(result.status == 2, "\(arguments)")
            #expect(result.stderr.contains("visitdesk: no store: pass --store DIR, set VISITDESK_STORE, or run `visitdesk init DIR`"), "\(result.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: home + "/visitdesk"), "no demo store appears behind a script's back")
    }

    @Test("snapshot prints exactly rows lines of exactly cols cells, with all four panes at 120x40")
    func snapshot() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let result = try VisitDeskCLI.run(["snapshot", "--store", store, "--today", "2026-11-25", "--size", "120x40"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 40)
        for title in ["Requests", "Groups", "Calendar", "Contacts"] {
            #expect(result.stdout.contains("┌ \(title) "), "\(title)")
        }
        #expect(result.stdout.contains("Stockholm 09:00 · Beijing 16:00"))
    }

    @Test("export ics writes a feed and import vcf reads back our own export without duplicates")
    func exports() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let ics = try VisitDeskCLI.run(["export", "ics", "--store", store])
        #expect(ics.stdout.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.stdout.contains("BEGIN:VEVENT\r\n"))
        let vcf = NSTemporaryDirectory() + "visitdesk-\(UUID().uuidString.prefix(8)).vcf"
        defer { try? FileManager.default.removeItem(atPath: vcf) }
        #expect(try VisitDeskCLI.run(["export", "vcf", "--store", store, "--out", vcf]).status == 0)
        let reimport = try VisitDeskCLI.run(["import", "vcf", vcf, "--store", store, "--dry-run"])
        #expect(reimport.stdout.hasSuffix("new 0, updated 0, unchanged 41, skipped 0, possible duplicates 0, unreadable 0\n"), "\(reimport.stdout.suffix(200))")
        #expect(reimport.status == 0)
    }
}
