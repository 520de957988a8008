import Foundation
import Testing

/// What other people and programs wrote into the store reaches the terminal shown, never obeyed:
/// OSC 52 (clipboard), OSC 0 (window title), CSI (clear screen), bidi overrides, and newlines in
/// file names that would break `FILE:LINE:`. JSON output stays exact (JSON escapes them itself).
@Suite struct TerminalSafetyTests {
    static let hostileTitle = "Evil \u{1B}]52;c;ZXZpbA==\u{07} \u{1B}]0;pwned\u{07}\u{1B}[2J \u{202E}gnp.exe"

    func hostileStore() throws -> String {
        let store = try VisitDeskCLI.demoStore()
        let record = """
            title = "Evil \\u001B]52;c;ZXZpbA==\\u0007 \\u001B]0;pwned\\u0007\\u001B[2J \\u202Egnp.exe"
            status = "new"
            received = 2026-11-20
            lead = "nobody\\u001B[31m"

            """
        try record.write(toFile: store + "/delegations/evil.toml", atomically: true, encoding: .utf8)
        #expect(FileManager.default.createFile(atPath: store + "/delegations/bad\nname.toml", contents: Data("title = \"x\"\n".utf8)))
        return store
    }

    static func hasRawControls(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0.value == 0x7F || (0x80...0x9F).contains($0.value) || $0 == "\u{202E}" }
    }

    @Test("check, list and errors show escape sequences and bidi controls instead of sending them")
    func cliOutputIsSanitised() throws {
        let store = try hostileStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let check = try VisitDeskCLI.run(["check", "--store", store, "--today", "2026-11-25"])
        #expect(!Self.hasRawControls(check.stdout), "\(check.stdout.debugDescription)")
        #expect(!Self.hasRawControls(check.stderr))
        #expect(check.stdout.contains("delegations/bad␊name.toml:"), "a newline in a file name is shown, one problem per line")
        #expect(check.stdout.contains("nobody␛[31m"))
        let list = try VisitDeskCLI.run(["list", "delegations", "--store", store])
        #expect(list.status == 0)
        #expect(!Self.hasRawControls(list.stdout))
        #expect(list.stdout.contains("Evil ␛]52;c;ZXZpbA==␇"))
        #expect(list.stdout.contains("U+202Egnp.exe"))
        let json = try VisitDeskCLI.run(["list", "delegations", "--store", store, "--format", "json"])
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(records.contains { $0["title"] as? String == Self.hostileTitle }, "JSON keeps the exact text")
    }
}
