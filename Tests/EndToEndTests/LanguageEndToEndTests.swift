import Foundation
import Testing

/// The dashboard's language from config.toml, the environment and the `L` key, in the real
/// binary under tmux; `config check` and `snapshot` with a language.
@Suite(.serialized) struct LanguageEndToEndTests {
    @Test func configLanguageStartsInChineseAndLSwitchesLive() throws {
        let home = try CommandEndToEndTests.configHome("language = \"zh\"\n")
        defer { try? FileManager.default.removeItem(atPath: home) }
        let dashboard = try DashboardFixture(width: 120, height: 40, environment: "XDG_CONFIG_HOME='\(home)'", shows: ["┌ 来访申请", "个新申请"])
        let tmux = dashboard.tmux
        let chinese = try tmux.waitFor("┌ 来访申请")
        #expect(chinese.contains("┌ 团组") && chinese.contains("┌ 日历") && chinese.contains("┌ 联系人"))
        #expect(chinese.contains("个新申请") && chinese.contains("无问题"), "the status bar in Chinese")
        try tmux.send("L")
        try tmux.waitFor("┌ Requests")
        try tmux.send("L")
        let swedish = try tmux.waitFor("┌ Förfrågningar")
        #expect(swedish.contains("språk: svenska"))
        try tmux.send("q")
        try tmux.waitFor(TmuxSession.prompt)
    }

    @Test func swedishLocaleInTheEnvironmentMeansSwedish() throws {
        let dashboard = try DashboardFixture(width: 80, height: 24, environment: "LANG=sv_SE.UTF-8", shows: ["┌ Förfrågningar", " nya · "])
        let tmux = dashboard.tmux
        let screen = try tmux.waitFor("Förfrågningar")
        #expect(screen.contains("Kalender") && screen.contains("Kontakter"))
        try tmux.send("q")
        try tmux.waitFor(TmuxSession.prompt)
    }

    @Test func configCheckKnowsTheLanguageSettingAndNamesAnUnknownCode() throws {
        let good = try CommandEndToEndTests.configHome("language = \"sv\"\n")
        defer { try? FileManager.default.removeItem(atPath: good) }
        let ok = try VisitDeskCLI.run(["config", "check"], environment: ["XDG_CONFIG_HOME": good])
        #expect(ok.status == 0, "\(ok.stdout)\(ok.stderr)")
        let bad = try CommandEndToEndTests.configHome("theme = \"light\"\nlanguage = \"klingon\"\n")
        defer { try? FileManager.default.removeItem(atPath: bad) }
        let check = try VisitDeskCLI.run(["config", "check"], environment: ["XDG_CONFIG_HOME": bad])
        #expect(check.status == 1)
        #expect(check.stdout.contains("config.toml:2: no language `klingon` (known: en, sv, zh); English is used"), "\(check.stdout)")
    }

    @Test func snapshotTakesALanguageAndRefusesAnUnknownOne() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let zh = try VisitDeskCLI.run(["snapshot", "--store", store, "--today", "2026-11-25", "--size", "80x24", "--language", "zh"])
        #expect(zh.status == 0)
        #expect(zh.stdout.contains("1 来访申请  2 团组  3 日历  4 联系人"))
        let bad = try VisitDeskCLI.run(["snapshot", "--store", store, "--language", "xx"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("no language `xx`"))
    }
}
