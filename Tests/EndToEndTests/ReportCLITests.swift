import Foundation
import Testing

/// `visitdesk report` in every format, read back by the tools a funder's spreadsheet or browser
/// would use: JSONSerialization, Python's `csv`, html5lib and an XML parser for the SVG.
@Suite("visitdesk report")
struct ReportCLITests {
    static let today = "2026-11-25"

    /// The demo store plus records that stress the formats: a reason with a comma, quotes and a
    /// line break, a request without a received date, and a file whose status is unknown.
    static func store() throws -> String {
        let store = try VisitDeskCLI.demoStore(today: today)
        let files = [
            "quoted-reason": "title = \"Quoted\"\nstatus = \"declined\"\nreceived = 2026-10-10\nsize = 3\norigin = \"Luleå, Norrbotten\"\nreason = \"Too large, \\\"25\\\" people\\nsecond line\"\n",
            "no-date": "title = \"No date\"\nstatus = \"new\"\nsize = 4\n",
            "odd-status": "title = \"Odd\"\nstatus = \"maybe\"\nreceived = 2026-10-01\n",
            "escape-reason": "title = \"Escape\"\nstatus = \"cancelled\"\nreceived = 2026-10-02\nsize = 2\nreason = \"Red\\u001B[31m alert\"\n",
        ]
        for (id, text) in files { try text.write(toFile: "\(store)/delegations/\(id).toml", atomically: true, encoding: .utf8) }
        return store
    }

    static func report(_ store: String, _ arguments: [String]) throws -> VisitDeskCLI.Result {
        try VisitDeskCLI.run(["report", "--store", store, "--today", today] + arguments)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func python(_ script: String, _ arguments: [String]) throws -> String {
        try Subprocess.run(["python3", "-c", script] + arguments, environment: ProcessInfo.processInfo.environment.merging(["PYTHONIOENCODING": "utf-8"]) { $1 })
    }

    static var hasHTML5Lib: Bool { (try? python("import html5lib", [])) != nil }

    @Test("JSON has every documented key, and its counts agree with the records `list` prints")
    func jsonKeys() throws {
        let store = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let result = try Self.report(store, ["--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        let report = try Self.json(result.stdout)
        for key in ["period", "received", "by_status", "visited_in_period", "confirmed_upcoming", "people", "by_interest", "by_origin",
                    "by_host", "by_owner", "by_month", "decline_reasons", "lead_time_days", "funnel", "by_direction", "not_counted", "statuses_as_of"] {
            #expect(report[key] != nil, "missing \(key)")
        }
        let period = try #require(report["period"] as? [String: String])
        #expect(period == ["from": "2026-09-01", "to": "2027-08-31", "label": "2026/27"])
        #expect(report["statuses_as_of"] as? String == "today")

        // Count the period's requests independently, from `list`'s records.
        let listed = try VisitDeskCLI.run(["list", "delegations", "--store", store, "--format", "json"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        let inPeriod = records.filter { ($0["received"] as? String).map { $0 >= "2026-09-01" && $0 <= "2027-08-31" } ?? false }
        let received = try #require(report["received"] as? Int)
        #expect(received == inPeriod.count && received > 10)
        let byStatus = try #require(report["by_status"] as? [String: Int])
        #expect(byStatus.count == 7 && byStatus.values.reduce(0, +) == received)
        for status in ["declined", "visited", "confirmed"] {
            #expect(byStatus[status] == inPeriod.filter { $0["status"] as? String == status }.count, "\(status)")
        }
        let people = try #require(report["people"] as? [String: Any])
        #expect(people["received"] as? Int == inPeriod.compactMap { $0["size"] as? Int }.filter { $0 > 0 }.reduce(0, +))
        let lead = try #require(report["lead_time_days"] as? [String: Any])
        #expect(lead["received_to_decision"] is NSNull)
        #expect((lead["received_to_visit"] as? [String: Any])?["median"] != nil)

        let notCounted = try #require(report["not_counted"] as? [[String: Any]])
        let reasons = Dictionary(uniqueKeysWithValues: notCounted.map { ($0["reason"] as? String ?? "", $0["ids"] as? [String] ?? []) })
        #expect(reasons["no_received_date"] == ["no-date"])
        #expect(reasons["file_not_loaded"] == ["delegations/odd-status.toml"])
    }

    @Test("--compare puts the previous season beside it; season_start in store.toml moves the season")
    func compareAndSeasonStart() throws {
        let store = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let compared = try Self.json(try Self.report(store, ["--format", "json", "--compare", "previous"]).stdout)
        let other = try #require(compared["compare"] as? [String: Any])
        #expect((other["period"] as? [String: String])?["label"] == "2025/26")
        try "season_start = \"01-01\"\n".write(toFile: store + "/store.toml", atomically: true, encoding: .utf8)
        let calendarYear = try Self.json(try Self.report(store, ["--format", "json"]).stdout)
        #expect((calendarYear["period"] as? [String: String])?["from"] == "2026-01-01")
        // A usage error: ArgumentParser's usage exit code, as for every other subcommand.
        let badCompare = try Self.report(store, ["--compare", "someday"])
        #expect(badCompare.status == 2 && badCompare.stderr.contains("--compare someday: use `previous`"))
        let backwards = try Self.report(store, ["--from", "2027-01-01", "--to", "2026-01-01"])
        #expect(backwards.status == 2 && backwards.stderr.contains("--from 2027-01-01 is after --to 2026-01-01"))
    }

    @Test("CSV reads back with Python's csv: same width on every row, quoted reason intact, figures equal the JSON")
    func csv() throws {
        let store = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let path = store + "/report.csv"
        #expect(try Self.report(store, ["--format", "csv", "--out", path]).status == 0)
        let script = """
            import csv, json, sys
            rows = list(csv.reader(open(sys.argv[1], encoding="utf-8", newline="")))
            widths = sorted({len(r) for r in rows})
            sections = sorted({r[0] for r in rows[1:]})
            received = [r[4] for r in rows if r[0] == "summary" and r[1] == "received"]
            reasons = [r[2] for r in rows if r[0] == "decline_reasons"]
            print(json.dumps({"widths": widths, "sections": sections, "received": received, "reasons": reasons, "header": rows[0]}))
            """
        let parsed = try Self.json(try Self.python(script, [path]))
        #expect((parsed["widths"] as? [Int])?.count == 1)
        let sections = try #require(parsed["sections"] as? [String])
        for section in ["summary", "funnel", "by_status", "by_interest", "by_origin", "by_host", "by_owner", "by_month", "lead_time_days"] {
            #expect(sections.contains(section), "\(section)")
        }
        let json = try Self.json(try Self.report(store, ["--format", "json"]).stdout)
        #expect(parsed["received"] as? [String] == ["\(json["received"] as? Int ?? -1)"])
        #expect((parsed["reasons"] as? [String])?.contains("declined: Too large, \"25\" people second line") == true, "\(parsed["reasons"] ?? "")")
    }

    @Test("HTML is one page html5lib parses strictly, with utf-8, lang on Chinese, and well-formed SVG charts",
          .enabled(if: ReportCLITests.hasHTML5Lib, "html5lib is installed by .ci/test"))
    func html() throws {
        let store = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let path = store + "/report.html"
        #expect(try Self.report(store, ["--format", "html", "--out", path, "--compare", "previous"]).status == 0)
        let script = """
            import html5lib, json, re, sys, xml.etree.ElementTree as ET
            text = open(sys.argv[1], encoding="utf-8").read()
            html5lib.HTMLParser(strict=True).parse(text)
            svgs = re.findall(r"<svg.*?</svg>", text, re.S)
            shapes = [len(ET.fromstring(s).findall("{http://www.w3.org/2000/svg}rect")) for s in svgs]
            chinese = re.findall(r'<span lang="zh">([^<]*)</span>', text)
            print(json.dumps({"svgs": shapes, "chinese": chinese, "charset": '<meta charset="utf-8">' in text,
                              "external": bool(re.search(r'(src|href)=', text)), "script": "<script" in text}))
            """
        let checked = try Self.json(try Self.python(script, [path]))
        #expect((checked["svgs"] as? [Int])?.count == 4)
        #expect((checked["svgs"] as? [Int])?.allSatisfy { $0 > 0 } == true)
        #expect(checked["charset"] as? Bool == true)
        #expect(checked["external"] as? Bool == false && checked["script"] as? Bool == false)
        #expect((checked["chinese"] as? [String])?.contains("达拉纳科学园") == true)
    }

    @Test("text and Markdown: the tables, the note that statuses are today's, and an empty period said plainly")
    func textAndMarkdown() throws {
        let store = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let json = try Self.json(try Self.report(store, ["--format", "json"]).stdout)
        let text = try Self.report(store, []).stdout
        #expect(text.contains("Statuses are today's"))
        let receivedLine = text.split(separator: "\n").first { $0.hasPrefix("  requests received") }
        #expect(receivedLine?.split(separator: " ").last.map(String.init) == "\(json["received"] as? Int ?? -1)")
        #expect(text.contains("达拉纳科学园"))
        let markdown = try Self.report(store, ["--format", "md"]).stdout
        let tableLines = markdown.split(separator: "\n").filter { $0.hasPrefix("|") }
        #expect(!tableLines.isEmpty)
        #expect(tableLines.allSatisfy { $0.hasSuffix("|") })
        #expect(markdown.contains("## By host"))
        // A reason with an escape sequence in it never reaches the terminal raw.
        for format in ["text", "md", "csv"] {
            let output = try Self.report(store, ["--format", format]).stdout
            #expect(output.contains("Red") && !output.unicodeScalars.contains("\u{1B}"), "\(format)")
        }
        let empty = try Self.report(store, ["--from", "2031-01-01", "--to", "2031-12-31"])
        #expect(empty.status == 0)
        #expect(empty.stdout.contains("This period is empty"))
    }

    @Test("text in the language: titles, columns, statuses and notes; the figures and names as in English; CSV stays English")
    func textInTheLanguage() throws {
        let store = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let english = try Self.report(store, []).stdout
        let swedish = try Self.report(store, ["--language", "sv"]).stdout
        #expect(swedish.hasPrefix("Rapport 2026/27 (2026-09-01 – 2027-08-31), per \(Self.today)"), "\(swedish.prefix(300))")
        for text in ["Statusarna är dagens.", "\nSammanfattning\n", "  personer i förfrågningarna", "  granskas ", "Efter ursprung (region)",
                     "inget inkomstdatum: med i ingen periods förfrågningar", "达拉纳科学园"] {
            #expect(swedish.contains(text), "\(text)")
        }
        #expect(!swedish.contains("requests received") && !swedish.contains("By status"))
        // The same figures: every line's numbers as in English.
        func numbers(_ text: String) -> [String] { text.split(whereSeparator: { !$0.isNumber }).map(String.init) }
        #expect(numbers(swedish) == numbers(english))
        let chinese = try Self.report(store, ["--language", "zh", "--format", "md"]).stdout
        #expect(chinese.contains("## 概要"), "\(chinese.prefix(300))")
        #expect(chinese.contains("| 已收到 |"), "the funnel's first step, not the date column's heading")
        let csv = try Self.report(store, ["--language", "zh", "--format", "csv"]).stdout
        #expect(csv == (try Self.report(store, ["--format", "csv"]).stdout), "CSV is for spreadsheets and scripts: English")
    }

    @Test("the dashboard's report view shows the same numbers as report --format json")
    func viewEqualsJSON() throws {
        let store = try Self.store()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let json = try Self.json(try Self.report(store, ["--format", "json"]).stdout)
        // Tall enough that every line of the view is on one screen.
        let screen = try VisitDeskCLI.run(["snapshot", "--store", store, "--today", Self.today, "--size", "120x400", "--keys", "R"])
        #expect(screen.status == 0, "\(screen.stderr)")
        var sections: [String: [String: (count: Int, people: Int?)]] = [:]
        var section = ""
        let row = /^ (.+?) +(\d+)(?: +(\d+))?  [█▏▎▍▌▋▊▉ ]*$/
        for line in screen.stdout.split(separator: "\n").dropFirst(3).dropLast() {
            if let match = line.wholeMatch(of: row) {
                sections[section, default: [:]][String(match.1)] = (Int(match.2)!, match.3.map { Int($0)! })
            } else if !line.hasPrefix(" ") {
                section = String(line.prefix { $0 != "(" }).trimmingCharacters(in: .whitespaces)
            }
        }
        func rows(_ key: String) -> [[String: Any]] { json[key] as? [[String: Any]] ?? [] }
        func label(_ row: [String: Any]) -> String {
            [row["label"] as? String, row["label_zh"] as? String].compactMap { $0 }.joined(separator: " ")
        }
        let summary = try #require(sections["Summary"])
        #expect(summary["requests received"]?.count == json["received"] as? Int)
        #expect(summary["requests received"]?.people == (json["people"] as? [String: Any])?["received"] as? Int)
        #expect(summary["groups that visited"]?.count == json["visited_in_period"] as? Int)
        #expect(summary["confirmed, still to come"]?.count == json["confirmed_upcoming"] as? Int)
        #expect(sections["Funnel"]?.mapValues(\.count) == json["funnel"] as? [String: Int])
        #expect(sections["By status now"]?.mapValues(\.count) == json["by_status"] as? [String: Int])
        #expect(sections["By status now"]?.mapValues { $0.people ?? -1 } == (json["people"] as? [String: Any])?["by_status"] as? [String: Int])
        for (title, key) in [("By interest", "by_interest"), ("By host", "by_host"), ("By host organisation", "by_host_organisation"),
                             ("By owner", "by_owner"), ("By origin", "by_origin")] {
            let shown = try #require(sections[title], "\(title) missing")
            let expected = Dictionary(uniqueKeysWithValues: rows(key).map { (label($0), ($0["count"] as? Int ?? -1, $0["people"] as? Int ?? -1)) })
            #expect(shown.count == expected.count && expected.count > 0, "\(title)")
            for (name, figures) in expected {
                #expect(shown[name]?.count == figures.0 && shown[name]?.people == figures.1, "\(title): \(name)")
            }
        }
        let months = Dictionary(uniqueKeysWithValues: rows("by_month").map { ($0["month"] as? String ?? "", $0["received"] as? Int ?? -1) })
        #expect(sections["Requests received per month"]?.mapValues(\.count) == months)
    }
}

extension ReportCLITests {
    @Test("in a git store, last season counts statuses as they stood on its last day, and decisions get their lead time; outside git, today's")
    func historyAware() throws {
        let store = NSTemporaryDirectory() + "visitdesk-report-git-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: store) }
        #expect(try VisitDeskCLI.run(["init", store]).status == 0)
        let environment = ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"]
        func git(_ arguments: [String]) throws {
            _ = try Subprocess.run(["git", "-C", store, "-c", "user.name=Lina", "-c", "user.email=lina@example.se"] + arguments, environment: environment)
        }
        func record(_ id: String, received: String, _ status: String) throws {
            try "title = \"\(id) 代表团\"\nstatus = \"\(status)\"\nreceived = \(received)\nsize = 5\nreason = \"不合适 no topic\"\n"
                .write(toFile: store + "/delegations/\(id).toml", atomically: true, encoding: .utf8)
        }
        func commit(on day: String) throws {
            try git(["add", "-A"])
            try git(["commit", "--quiet", "-m", day, "--date", day + "T09:00:00+08:00"])
        }
        func lastSeason() throws -> [String: Any] {
            let result = try VisitDeskCLI.run(["report", "--store", store, "--today", "2026-11-25", "--from", "2025-09-01", "--to", "2026-08-31",
                                               "--format", "json"], environment: environment)
            #expect(result.status == 0, "\(result.stderr)")
            return try Self.json(result.stdout)
        }
        try record("hebei", received: "2025-10-01", "reviewing")
        try record("shanxi", received: "2025-11-01", "new")
        try git(["init", "--quiet", "--initial-branch=main"])
        try commit(on: "2025-11-02")
        try record("shanxi", received: "2025-11-01", "cancelled")
        try commit(on: "2026-02-01")
        try record("hebei", received: "2025-10-01", "declined")  // after the season, and not committed yet
        var then = try lastSeason()
        #expect((then["by_status"] as? [String: Int])?["reviewing"] == 1, "the status committed by the season's end, not the file's")
        try commit(on: "2026-10-05")
        then = try lastSeason()
        let statuses = try #require(then["by_status"] as? [String: Int])
        #expect(statuses["reviewing"] == 1 && statuses["declined"] == 0 && statuses["cancelled"] == 1, "\(statuses)")
        #expect(then["statuses_as_of"] as? String == "period_end")
        let lead = try #require(then["lead_time_days"] as? [String: Any])
        #expect((lead["received_to_decision"] as? [String: Any])?["median"] as? Int == 92, "2025-11-01 → 2026-02-01: \(lead)")
        let text = try VisitDeskCLI.run(["report", "--store", store, "--today", "2026-11-25", "--from", "2025-09-01", "--to", "2026-08-31"], environment: environment)
        #expect(text.stdout.contains("Statuses as they stood on 2026-08-31, from the store's git history."), "\(text.stdout)")
        try FileManager.default.removeItem(atPath: store + "/.git")
        let today = try lastSeason()
        #expect((today["by_status"] as? [String: Int])?["declined"] == 1 && today["statuses_as_of"] as? String == "today")
    }
}

extension ReportCLITests {
    @Test("in the dashboard: R on a store in git reads its history in the background; last season says its statuses come from it")
    func dashboardHistory() throws {
        let dashboard = try DashboardFixture(width: 120, height: 40)
        let store = dashboard.store
        let environment = ["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"]
        for arguments in [["init", "--quiet", "--initial-branch=main"], ["add", "-A"],
                          ["commit", "--quiet", "-m", "the season so far", "--date", "2026-03-01T09:00:00+01:00"]] {
            _ = try Subprocess.run(["git", "-C", store, "-c", "user.name=Lina", "-c", "user.email=lina@example.se"] + arguments, environment: environment)
        }
        try dashboard.tmux.send("R")
        let current = try dashboard.tmux.waitFor("Report 2026/27")
        #expect(current.contains("statuses are today's"), "the running season: today's")
        try dashboard.tmux.send("[")
        let last = try dashboard.tmux.waitFor("statuses on 2026-08-31 (git history)")
        #expect(last.contains("By status on 2026-08-31"), "\(last)")
    }
}
