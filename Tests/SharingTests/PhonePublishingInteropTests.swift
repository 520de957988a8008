import Foundation
import Testing

/// The documented vdirsyncer configuration (docs/vdirsyncer.config.example) pushes
/// `visitdesk export vdir` to a real Radicale on 127.0.0.1; the events and cards are read back
/// over CalDAV/CardDAV, and a slot added later is one new event, the others untouched.
@Suite(.serialized) struct PhonePublishingInteropTests {
    static let visit = """
    title = "Hebei Bureau of Commerce Group"
    status = "confirmed"
    lead = "wang-fang"

    [[slots]]
    start = 2027-03-09T09:00:00
    end = 2027-03-09T10:30:00
    place = "Dalarna Science Park"

    [[slots]]
    start = 2027-03-09T11:00:00
    end = 2027-03-09T13:00:00
    place = "Fagersta plant"

    """
    static let cancelled = """
    title = "Qingdao Bank Managers"
    status = "cancelled"
    reason = "no host in March"

    [[slots]]
    start = 2027-03-12T09:00:00
    end = 2027-03-12T11:00:00

    """

    @Test func eventsAndCardsReachRadicaleAndKeepTheirIdentity() throws {
        let lab = try SharedStoreLab()
        try lab.visitdesk("me", ["init", lab.store("me")])
        lab.write("me", "contacts/wang-fang.toml", "name = \"Wang Fang\"\nname_zh = \"王芳\"\ncountry = \"CN\"\nphones = [\"+86 138 0013 8000\"]\n")
        lab.write("me", "delegations/hebei-2027.toml", Self.visit)
        lab.write("me", "delegations/qingdao-bank.toml", Self.cancelled)
        let vdir = lab.folder + "/vdir"
        let export = try lab.visitdesk("me", ["export", "vdir", vdir, "--store", lab.store("me"), "--today", "2027-02-01"])
        #expect(export.status == 0, "\(export.errors)")

        let port = try #require(Int(try lab.run("/usr/bin/env", ["python3", "-c", "import socket;s=socket.socket();s.bind(('127.0.0.1',0));print(s.getsockname()[1])"]).output.trimmingCharacters(in: .whitespacesAndNewlines)))
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        server.arguments = ["radicale", "--server-hosts", "127.0.0.1:\(port)", "--storage-filesystem-folder", lab.folder + "/radicale",
                            "--auth-type", "none", "--logging-level", "warning"]
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        // SIGKILL: a child of the test runner inherits its signal state and may not hear SIGTERM.
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        let base = "http://127.0.0.1:\(port)/coordinator/"
        #expect(Self.waitUntilServing(base, lab: lab), "Radicale did not start on \(port)")

        let template = try String(contentsOf: VisitDeskPaths.root.appendingPathComponent("docs/vdirsyncer.config.example"), encoding: .utf8)
        let config = template.replacingOccurrences(of: "\"VDIR\"", with: "\"\(vdir)/\"")
            .replacingOccurrences(of: "\"STATUS\"", with: "\"\(lab.folder)/vdirsyncer-status/\"")
            .replacingOccurrences(of: "\"SERVER\"", with: "\"\(base)\"")
            .replacingOccurrences(of: "\"USER\"", with: "\"coordinator\"")
            .replacingOccurrences(of: "\"PASSWORD\"", with: "\"unused\"")
        let configPath = lab.folder + "/vdirsyncer.config"
        try Data(config.utf8).write(to: URL(fileURLWithPath: configPath))
        let discover = try lab.run("/bin/sh", ["-c", "yes | vdirsyncer -c '\(configPath)' discover"])
        #expect(discover.status == 0, "\(discover.errors)")
        let sync = try lab.run("/usr/bin/env", ["vdirsyncer", "-c", configPath, "sync"])
        #expect(sync.status == 0, "\(sync.errors)")

        let calendar = try Self.get(base + "calendar/", lab: lab)
        #expect(calendar.contains("UID:hebei-2027-20270309T090000@visitdesk"))
        #expect(calendar.contains("UID:hebei-2027-20270309T110000@visitdesk"))
        #expect(calendar.contains("UID:qingdao-bank-20270312T090000@visitdesk"))
        #expect(calendar.contains("STATUS:CANCELLED"))
        let cards = try Self.get(base + "contacts/", lab: lab)
        #expect(cards.contains("FN:Wang Fang"))

        // A slot added before the others: one upload, no other event touched or deleted.
        lab.write("me", "delegations/hebei-2027.toml", Self.visit.replacingOccurrences(of: "[[slots]]\nstart = 2027-03-09T09:00:00", with: "[[slots]]\nstart = 2027-03-08T15:00:00\nend = 2027-03-08T16:00:00\n\n[[slots]]\nstart = 2027-03-09T09:00:00"))
        #expect(try lab.visitdesk("me", ["export", "vdir", vdir, "--store", lab.store("me"), "--today", "2027-02-01"]).status == 0)
        let again = try lab.run("/usr/bin/env", ["vdirsyncer", "-c", configPath, "sync"])
        let log = again.output + again.errors
        #expect(log.components(separatedBy: "Copying (uploading)").count == 2, "\(log)")
        #expect(!log.contains("Deleting") && !log.contains("Copying (updating)"), "\(log)")
        #expect(try Self.get(base + "calendar/", lab: lab).contains("UID:hebei-2027-20270308T150000@visitdesk"))
    }

    /// A collection's contents over HTTP with basic auth (Radicale's `none` auth takes any password).
    static func get(_ url: String, lab: SharedStoreLab) throws -> String {
        let script = """
        import base64, sys, urllib.request
        request = urllib.request.Request(sys.argv[1], headers={"Authorization": "Basic " + base64.b64encode(b"coordinator:unused").decode()})
        sys.stdout.write(urllib.request.urlopen(request, timeout=10).read().decode("utf-8"))
        """
        return try lab.run("/usr/bin/env", ["python3", "-c", script, url]).output
    }

    static func waitUntilServing(_ url: String, lab: SharedStoreLab) -> Bool {
        for _ in 0..<100 {
            if let answer = try? lab.run("/usr/bin/env", ["python3", "-c", "import socket,sys;socket.create_connection(('127.0.0.1',int(sys.argv[1])),1)", String(url.split(separator: ":")[2].prefix { $0.isNumber })]),
                answer.status == 0 { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }
}

enum VisitDeskPaths {
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}
