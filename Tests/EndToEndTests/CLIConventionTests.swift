import Foundation
import Testing

/// The command line behaves as scripts and shells in this ecosystem expect: documented exit
/// codes, `visitdesk: …` on stderr, global options on either side of the subcommand.
@Suite struct CLIConventionTests {
    static let today = "2026-11-25"

    @Test("--version names the release and the commit; --help lists the subcommands")
    func versionAndHelp() throws {
        let version = try VisitDeskCLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("visitdesk "), "\(version.stdout)")
        #expect(version.stdout.contains("(commit "))
        let help = try VisitDeskCLI.run(["--help"])
        #expect(help.status == 0)
        for name in ["check", "list", "init", "snapshot", "export", "import", "add", "set-status"] {
            #expect(help.stdout.contains(name), "--help lists \(name)")
        }
    }

    @Test("--store and --today work before and after the subcommand, with the same output")
    func globalOptionsEitherSide() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let before = try VisitDeskCLI.run(["--store", store, "--today", Self.today, "list", "delegations", "--format", "tsv"])
        let after = try VisitDeskCLI.run(["list", "delegations", "--format", "tsv", "--store", store, "--today", Self.today])
        let equalsForm = try VisitDeskCLI.run(["--store=\(store)", "list", "delegations", "--format", "tsv"])
        #expect(before.status == 0, "\(before.stderr)")
        #expect(before.stdout == after.stdout)
        #expect(equalsForm.stdout == after.stdout)
        let check = try VisitDeskCLI.run(["--store", store, "check", "--today", Self.today])
        #expect(check.status == 0, "\(check.stderr)")
    }

    @Test("an unknown subcommand lists the subcommands and exits 2")
    func unknownSubcommand() throws {
        let result = try VisitDeskCLI.run(["frobnicate"])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("visitdesk: unknown command `frobnicate`"))
        #expect(result.stderr.contains("check"))
        #expect(result.stdout.isEmpty)
    }

    @Test("wrong values are usage errors (exit 2) that name the option")
    func usageErrors() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let before = try FileManager.default.contentsOfDirectory(atPath: store + "/delegations").count
        let cases: [([String], String)] = [
            (["add", "request", "--store", store, "--title", "T", "--size", "-3"], "size must be positive"),
            (["check", "--store", store, "--today", "2026-13-01"], "--today 2026-13-01: not a date"),
            (["add", "request", "--store", store, "--title", "T", "--earliest", "2027-02-30"], "--earliest 2027-02-30: not a date"),
            (["snapshot", "--store", store, "--theme", "nosuch"], "no such theme (themes: default-dark"),
            (["list", "delegations", "--store", "/nonexistent/visitdesk"], "visitdesk init /nonexistent/visitdesk"),
        ]
        for (arguments, expected) in cases {
            let result = try VisitDeskCLI.run(arguments)
            #expect(result.status == 2, "\(arguments): \(result.status) \(result.stderr)")
            #expect(result.stderr.hasPrefix("visitdesk: "), "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(expected), "\(arguments): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: store + "/delegations").count == before, "nothing was written")
    }

    @Test("check puts schedule warnings at the slot's line and names records by title and host by name")
    func checkWarningsHaveLinesAndNames() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let result = try VisitDeskCLI.run(["check", "--store", store, "--today", Self.today])
        let warnings = result.stdout.split(separator: "\n").filter { $0.contains("warning:") }
        #expect(!warnings.isEmpty)
        for warning in warnings {
            #expect(warning.range(of: #"^delegations/[a-z0-9-]+\.toml:\d+: warning: "#, options: .regularExpression) != nil, "\(warning)")
        }
        #expect(warnings.contains { $0.contains("Hebei Bureau of Commerce Group (hebei-commerce-waste-water)") && $0.contains("host Erik Sjöberg (erik-sjoberg)") })
    }

    @Test("a binary copied to another folder and run from / has its themes built in")
    func installedBinaryHasItsThemes() throws {
        let folder = NSTemporaryDirectory() + "visitdesk-install-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder + "/bin", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Copied by `cp` in its own process: a copy written from this (multi-threaded) test process
        // can leave the file open in a child another test forks meanwhile, and exec then fails
        // with "Text file busy".
        try Subprocess.run(["/bin/cp", VisitDeskCLI.binary, folder + "/bin/visitdesk"])
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let tmux = try TmuxSession.shell(width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.waitFor(TmuxSession.prompt)
        try tmux.type("cd / && XDG_CONFIG_HOME=\(folder) '\(folder)/bin/visitdesk' --store '\(store)' --today \(Self.today) --theme light")
        let screen = try tmux.waitUntil("the first frame") { $0.contains("Beijing") || $0.contains(" new · ") }
        #expect(!screen.contains("no theme named"), "\(screen)")
        #expect(screen.contains(" new · "), "the counts are in the status bar: \(screen)")
        try tmux.send("q")
        _ = try tmux.waitFor(TmuxSession.prompt)
    }

    @Test("export --out refuses to replace a record file")
    func exportNeverOverwritesARecord() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let record = store + "/contacts/wang-fang.toml"
        let before = try String(contentsOfFile: record, encoding: .utf8)
        let result = try VisitDeskCLI.run(["export", "vcf", "--store", store, "--out", record])
        #expect(result.status == 2)
        #expect(result.stderr.contains("is the store's record file contacts/wang-fang.toml"))
        #expect(try String(contentsOfFile: record, encoding: .utf8) == before)
    }
}
