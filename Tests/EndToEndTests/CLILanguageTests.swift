import Foundation
import Testing

/// The command line in the language, in the real binary: `--language`, config.toml, LANG, as the
/// dashboard resolves them; what scripts read (JSON, TSV) stays English whatever the language.
@Suite(.serialized) struct CLILanguageTests {
    static let today = "2026-11-25"

    /// The runner gives every run a config folder of its own: a language in the tester's
    /// ~/.config (here a HOME with one) does not reach a test that expects English, and a test's
    /// private config (XDG_CONFIG_HOME) does.
    @Test func theTestersOwnConfigIsNotReadButAPrivateOneIs() throws {
        let home = NSTemporaryDirectory() + "visitdesk-home-\(UUID().uuidString.prefix(8))"
        defer { try? FileManager.default.removeItem(atPath: home) }
        for folder in [home + "/.config/visitdesk", home + "/private/visitdesk"] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try "language = \"zh\"\n".write(toFile: folder + "/config.toml", atomically: true, encoding: .utf8)
        }
        let plain = try VisitDeskCLI.run(["holidays", "--year", "2026", "--country", "SE"], environment: ["HOME": home])
        #expect(plain.stdout.hasPrefix("date        day  country  kind"), "\(plain.stdout.prefix(200))")
        let given = try VisitDeskCLI.run(["holidays", "--year", "2026", "--country", "SE"], environment: ["XDG_CONFIG_HOME": home + "/private"])
        #expect(given.stdout.contains("圣诞节"), "\(given.stdout.prefix(300))")
    }

    @Test func swedishLocaleGivesSwedishTablesAndSummaries() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let sv = ["LANG": "sv_SE.UTF-8"]
        let list = try VisitDeskCLI.run(["list", "delegations", "--store", store, "--status", "new"], environment: sv)
        #expect(list.status == 0, "\(list.stderr)")
        let header = list.stdout.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("riktning") && header.contains("kinesisk titel") && header.contains("inkom"), "\(header)")
        #expect(list.stdout.contains("\ncangzhou-biogas          ny      inkommande  2026-11-22"), "status and direction in Swedish:\n\(list.stdout)")
        let check = try VisitDeskCLI.run(["check", "--store", store], environment: sv)
        #expect(check.stderr.contains("33 delegationer, 41 kontakter: 0 fel, 9 varningar"), "\(check.stderr)")
        // The warnings' words are Swedish; the place, `warning:` and the names stay as written.
        #expect(check.stdout.contains("delegations/guangdong-rv-camping.toml:34: warning: Guangdong Camping and RV Association (guangdong-rv-camping) har en programpunkt den 2027-01-16 (2027-01-16 10:00-15:00), en lördag\n"), "\(check.stdout)")
        #expect(check.stdout.contains(" och Jiangsu Environmental Industry Delegation (jiangsu-epia-sludge) behöver båda värden Erik Sjöberg (erik-sjoberg) den 2026-12-09 11:00-12:30\n"))
        let holidays = try VisitDeskCLI.run(["holidays", "--year", "2026", "--country", "SE"], environment: sv)
        #expect(holidays.stdout.hasPrefix("datum       dag   land  typ"), "\(holidays.stdout.prefix(200))")
        #expect(holidays.stdout.contains("2026-06-19  fre   SE    ledig dag  Midsommarafton"), "weekday, kind and name in Swedish:\n\(holidays.stdout)")
        let followUps = try VisitDeskCLI.run(["follow-ups", "--store", store, "--today", Self.today], environment: sv)
        #expect(followUps.stdout.contains("\nförsenad  sön 15 november 2026  suzhou-park-benchmark 1 "), "the due day as Swedish writes it:\n\(followUps.stdout)")
        #expect(followUps.stderr == "4 öppna uppföljningar\n")
        let english = try VisitDeskCLI.run(["follow-ups", "--store", store, "--today", Self.today])
        #expect(english.stdout.contains("\noverdue  2026-11-15  suzhou-park-benchmark 1 "), "English keeps ISO dates")
        let wrong = try VisitDeskCLI.run(["nosuch"], environment: sv)
        #expect(wrong.status == 2)
        #expect(wrong.stderr.hasPrefix("visitdesk: okänt kommando `nosuch`; kommandona är: dashboard, "), "\(wrong.stderr)")
    }

    @Test func languageFlagWinsOverTheEnvironmentBeforeOrAfterTheSubcommand() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let before = try VisitDeskCLI.run(["--language", "zh", "check", "--store", store], environment: ["LANG": "sv_SE.UTF-8"])
        #expect(before.stderr.contains("33 个代表团，41 个联系人：0 个错误，9 个警告"), "\(before.stderr)")
        let after = try VisitDeskCLI.run(["holidays", "--year", "2026", "--country", "CN", "--language=zh"])
        #expect(after.stdout.contains("2026-02-14  周六  CN    调休上班"), "\(after.stdout.prefix(600))")
        #expect(after.stdout.contains("\n中国 2026 年："), "the notice line in Chinese")
        let help = try VisitDeskCLI.run(["--help", "--language", "zh"])
        #expect(help.stdout.contains("技术考察项目的终端仪表盘"), "the abstract in Chinese")
        #expect(help.stdout.contains("列出代表团或联系人。"), "a subcommand's abstract in Chinese")
        let bad = try VisitDeskCLI.run(["list", "delegations", "--store", store, "--language", "klingon"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("no language `klingon`"), "\(bad.stderr)")
    }

    /// Each option's help and each command's longer help are in the language; the manual page's
    /// source stays English.
    @Test func optionHelpIsInTheLanguage() throws {
        let swedish = try VisitDeskCLI.run(["add", "slot", "--help", "--language", "sv"])
        #expect(swedish.stdout.contains("Delegationens id."), "\(swedish.stdout)")
        #expect(swedish.stdout.contains("--start <DATETIME>      Start, till exempel 2027-03-09T09:30."))
        let chinese = try VisitDeskCLI.run(["import", "vcf", "--help", "--language", "zh"])
        #expect(chinese.stdout.contains("文件的字符集"), "\(chinese.stdout)")
        // The longer help under a command and an option too.
        let slot = try VisitDeskCLI.run(["add", "slot", "--help", "--language", "zh"])
        #expect(slot.stdout.contains("超过 31 天的日程需要 --long") && slot.stdout.contains("默认：$VISITDESK_STORE"), "\(slot.stdout)")
        let dump = try VisitDeskCLI.run(["--experimental-dump-help", "--language", "sv"])
        #expect(dump.stdout.contains("The delegation's id.") && !dump.stdout.contains("Delegationens id."))
    }

    @Test func configLanguageIsUsedAndAnErrorReadsInIt() throws {
        let home = try CommandEndToEndTests.configHome("language = \"sv\"\n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let env = ["XDG_CONFIG_HOME": home, "LANG": "zh_CN.UTF-8"]
        let config = try VisitDeskCLI.run(["config", "check"], environment: env)
        #expect(config.status == 0)
        #expect(config.stdout.hasSuffix("config.toml: ok (0 tangentbindningar)\n"), "\(config.stdout)")
        // A field of the wrong type, said in the config's language.
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        try "title = \"X\"\nstatus = \"new\"\nsize = \"many\"\n".write(toFile: store + "/delegations/bad.toml", atomically: true, encoding: .utf8)
        let check = try VisitDeskCLI.run(["check", "--store", store], environment: env)
        #expect(check.status == 1)
        #expect(check.stdout.contains("delegations/bad.toml:3: `size` ska vara ett heltal (som `size = 14`), hittade en text\n"), "\(check.stdout)")
        let noStore = try VisitDeskCLI.run(["list", "delegations", "--store", "/nonexistent/visitdesk-store"], environment: env)
        #expect(noStore.status == 2)
        #expect(noStore.stderr.hasPrefix("visitdesk: kan inte öppna lagret: "), "\(noStore.stderr)")
    }

    /// Scripts read JSON and TSV: the same bytes in every language.
    @Test func jsonAndTSVStayEnglish() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        for arguments in [["list", "delegations", "--format", "json"], ["list", "delegations", "--format", "tsv"],
                          ["list", "contacts", "--format", "tsv"], ["holidays", "--year", "2026", "--format", "json"]] {
            let english = try VisitDeskCLI.run(arguments + ["--store", store, "--today", Self.today])
            #expect(english.status == 0)
            for language in ["sv", "zh"] {
                let other = try VisitDeskCLI.run(arguments + ["--store", store, "--today", Self.today, "--language", language])
                #expect(other.stdout == english.stdout, "\(arguments.joined(separator: " ")) in \(language)")
            }
        }
        let tsv = try VisitDeskCLI.run(["list", "delegations", "--format", "tsv", "--store", store, "--language", "zh"])
        #expect(tsv.stdout.hasPrefix("id\tstatus\tdirection\treceived\t"))
    }
}
