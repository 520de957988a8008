import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// Every view in English, Swedish and Chinese at the three sizes the layout is designed for.
/// Chinese labels take two cells a character: each row must still be exactly the screen's width,
/// no wide character may be split, and what does not fit is cut with `…`.
@Suite struct LanguageLayoutTests {
    static let sizes = [(120, 40), (80, 24), (40, 12)]
    /// The main views, the overlays and the forms, as key presses from the start screen.
    static let views = ["", "2", "3", "3 w", "3 A", "3 z", "4", "Tab Enter", "?", ":", "n", "4 n", "F", "R", "!", "Tab p", "Tab a", "@ w a n g", "Tab Space j Space h"]

    static func screen(_ keys: String, _ language: Language, _ width: Int, _ height: Int) -> Grid {
        var state = Fixtures.state(width, height)
        state.language = language
        Fixtures.press(keys, &state)
        return render(state)
    }

    @Test(arguments: Language.allCases)
    func everyViewFitsEverySizeCellForCell(language: Language) {
        for (width, height) in Self.sizes {
            for keys in Self.views {
                let grid = Self.screen(keys, language, width, height)
                for y in 0..<grid.height {
                    let line = grid.line(y)
                    #expect(DisplayWidth.of(line) == width, "\(language) \(width)x\(height) `\(keys)` row \(y + 1): \(line)")
                    // A continuation cell always follows the wide glyph it belongs to.
                    for x in 0..<width where grid[x, y].width == 0 {
                        #expect(x > 0 && grid[x - 1, y].width == 2, "\(language) \(width)x\(height) `\(keys)` split glyph at \(x),\(y + 1)")
                    }
                }
            }
        }
    }

    @Test(arguments: [
        (Language.en, ["Requests", "Groups", "Calendar", "Contacts"]),
        (.sv, ["Förfrågningar", "Grupper", "Kalender", "Kontakter"]),
        (.zh, ["来访申请", "团组", "日历", "联系人"]),
    ])
    func paneTitlesAreTheLanguagesOwn(language: Language, titles: [String]) {
        let text = Self.screen("", language, 120, 40).text
        for title in titles { #expect(text.contains("┌ \(title)"), "\(title) at 120x40") }
        // The reduced layout names every pane in its tab bar.
        let tabs = Self.screen("", language, 80, 24).line(0)
        for title in titles { #expect(tabs.contains(title), "\(title) in the 80x24 tab bar: \(tabs)") }
    }

    @Test func chineseStatusBarCalendarAndHelpReadInChinese() {
        let main = Self.screen("3", .zh, 120, 40).text
        for expected in ["个新申请", "2 个问题 (!)", "2026年11月", "一  二  三", "? 按键 · q 退出", "11月25日", "斯德哥尔摩", "北京"] where !main.contains(expected) {
            // 11月25日 is in the day heading, with the year and the weekday.
            if expected == "11月25日" { #expect(main.contains("2026年11月25日 周三")); continue }
            Issue.record("the Chinese main screen lacks \(expected)")
        }
        let help = Self.screen("?", .zh, 120, 40).text
        #expect(help.contains("按键 · 来访申请"))
        #expect(help.contains("上一行") && !help.contains("previous row"))
    }

    @Test func swedishDatesAndMonthsAreSwedish() {
        let month = Self.screen("3", .sv, 120, 40).text
        #expect(month.contains("november 2026"))
        #expect(month.contains("må  ti  on  to  fr  lö  sö") || month.contains("må   ti   on   to   fr   lö   sö"))
        #expect(month.contains("ons 25 november 2026"))
        #expect(Self.screen("3 w", .sv, 120, 40).text.contains("Vecka 48 · 23–29 nov 2026"))
        let week = Self.screen("3 w", .sv, 80, 24).text
        #expect(week.contains("tors 26"))
        #expect(week.contains("veckovy"), "the switch's message too")
    }

    /// What does not fit is cut with `…`: the Chinese help at 40x12 cuts long lines, and never in
    /// the middle of a character (checked above for every view).
    @Test func cutTextEndsWithTheEllipsis() {
        let grid = Self.screen("?", .zh, 40, 12)
        let rows = (2..<grid.height - 1).map(grid.line)
        #expect(rows.contains { $0.contains("…│") || $0.contains("…") }, "\(grid.text)")
        let sv = Self.screen("?", .sv, 40, 12)
        #expect((0..<sv.height).map(sv.line).contains { $0.contains("…") })
    }

    @Test func languageSwitchesLiveWithTheKeyAndThePalette() {
        var state = Fixtures.state(120, 40)
        Fixtures.press("L", &state)
        #expect(state.language == .sv)
        #expect(render(state).text.contains("┌ Förfrågningar"))
        #expect(state.message == "språk: svenska")
        Fixtures.press("L", &state)
        #expect(state.language == .zh)
        #expect(render(state).text.contains("来访申请"))
        Fixtures.press("L", &state)
        #expect(state.language == .en)
        Fixtures.press(": l a n g u a g e Space z h Enter", &state)
        #expect(state.language == .zh)
        Fixtures.press(": l a n g u a g e Space k l i n g o n Enter", &state)
        #expect(state.language == .zh, "an unknown code changes nothing")
        #expect(state.message?.contains("klingon") == true)
    }

    /// The palette finds a command by its translated description too.
    @Test func paletteMatchesTheTranslatedHelp() {
        let swedish = Palette.matches("kopiera telefon", over: .contacts, language: .sv).first.map { CommandTable.all[$0].name }
        #expect(swedish == "contact.copy-phone")
        let chinese = Palette.matches("复制电话", over: .contacts, language: .zh).first.map { CommandTable.all[$0].name }
        #expect(chinese == "contact.copy-phone")
    }

    @Test(arguments: [Language.sv, .zh])
    func snapshotsOfTheMainViewsAndHelp(language: Language) {
        for (keys, name) in [("", "main"), ("?", "help"), ("3 w", "week"), ("n", "form")] {
            for (width, height) in Self.sizes where keys.isEmpty || width == 80 {
                assertSnapshot(Self.screen(keys, language, width, height), named: "lang-\(language.rawValue)-\(name)-\(width)x\(height)")
            }
        }
    }
}
