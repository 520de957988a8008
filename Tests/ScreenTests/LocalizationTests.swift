import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskUI

/// The catalogues in `po/`: read right, valid for msgfmt, compiled in unchanged, and complete —
/// every string the sources look up has a Swedish and a Chinese translation.
@Suite struct LocalizationTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let translated: [Language] = [.sv, .zh]

    static func catalogueText(_ language: Language) throws -> String {
        try String(contentsOf: root.appendingPathComponent("po/\(language.rawValue).po"), encoding: .utf8)
    }

    @Test func readsEntriesContextsEscapesAndContinuedLines() {
        let catalogue = POCatalogue(parsing: #"""
            # a comment
            msgid ""
            msgstr "Content-Type: text/plain; charset=UTF-8\n"

            msgid "Requests"
            msgstr "Förfrågningar"

            msgctxt "contact"
            msgid "Name"
            msgstr "Namn"

            msgid "say \"hi\"\tnow"
            msgstr ""
            "säg \"hej\"\t"
            "nu"

            #, fuzzy
            msgid "guess"
            msgstr "gissning"

            msgid "untranslated"
            msgstr ""
            """#)
        #expect(catalogue.problems.isEmpty)
        #expect(catalogue.translations["Requests"] == "Förfrågningar")
        #expect(catalogue.translations[POCatalogue.key("Name", context: "contact")] == "Namn")
        #expect(catalogue.translations["Name"] == nil)
        #expect(catalogue.translations["say \"hi\"\tnow"] == "säg \"hej\"\tnu")
        #expect(catalogue.translations["guess"] == nil, "a fuzzy entry waits for review, as with msgfmt")
        #expect(catalogue.translations["untranslated"] == nil)
        #expect(catalogue.translations[""] == nil, "the header is no translation")
    }

    @Test func namesTheLinesThatAreNotPOSyntax() {
        let catalogue = POCatalogue(parsing: "msgid \"a\"\nmsgstr \"b\nrubbish here\n\"stray\"\n")
        #expect(catalogue.problems.count == 2)
        #expect(catalogue.problems.first?.hasPrefix("line 2:") == true)
    }

    @Test func missingTranslationFallsBackToEnglishNeverEmpty() {
        let l10n = Localization.of(.zh)
        #expect(l10n.text("a string no catalogue has") == "a string no catalogue has")
        #expect(l10n.text("Requests") == "来访申请")
        #expect(Localization.of(.en).text("Requests") == "Requests")
    }

    @Test func formatsFillPlaceholdersInTheTranslationsOrder() {
        #expect(Localization.fill("%d groups in %s", ["3", "Nov"]) == "3 groups in Nov")
        #expect(Localization.fill("%2$s %1$d 个团组", ["3", "11月"]) == "11月 3 个团组")
        #expect(Localization.fill("100%% of %s", ["x"]) == "100% of x")
        #expect(Localization.fill("%s and %s", ["one"]) == "one and ", "a missing argument is left out, never a crash")
        #expect(Localization.of(.sv).plural(1, "%d problem (!)", "%d problems (!)") == "1 problem (!)")
        #expect(Localization.of(.en).plural(2, "%d problem (!)", "%d problems (!)") == "2 problems (!)")
    }

    @Test(arguments: [
        (["LANG": "sv_SE.UTF-8"], Language.sv),
        (["LANG": "zh_CN.UTF-8"], .zh),
        (["LC_ALL": "zh_CN.UTF-8", "LANG": "sv_SE.UTF-8"], .zh),
        (["LC_MESSAGES": "sv_FI.UTF-8", "LANG": "en_GB.UTF-8"], .sv),
        (["LC_ALL": "", "LANG": "sv_SE"], .sv),
        (["LC_ALL": "C.UTF-8", "LANG": "sv_SE.UTF-8"], .en),
        (["LANG": "de_DE.UTF-8"], .en),
        ([:], .en),
    ] as [([String: String], Language)])
    func languageComesFromTheEnvironmentAsGettextReadsIt(environment: [String: String], expected: Language) {
        #expect(Language.resolve(configured: nil, environment: environment).language == expected)
    }

    @Test func configuredLanguageWinsAndAnUnknownOneIsEnglishWithAMessage() {
        #expect(Language.resolve(configured: "sv", environment: ["LANG": "zh_CN.UTF-8"]) == (.sv, nil))
        #expect(Language.resolve(configured: "zh-Hans", environment: [:]).language == .zh)
        let unknown = Language.resolve(configured: "klingon", environment: ["LANG": "sv_SE.UTF-8"])
        #expect(unknown.language == .en)
        #expect(unknown.problem?.contains("klingon") == true)
    }

    /// The binary carries the catalogues compiled in (scripts/embed-translations).
    @Test(arguments: translated)
    func compiledCopyEqualsTheCatalogue(language: Language) throws {
        #expect(ShippedCatalogues.texts[language.rawValue] == (try Self.catalogueText(language)), "po/\(language.rawValue).po changed: run scripts/embed-translations")
        #expect(POCatalogue(parsing: try Self.catalogueText(language)).problems.isEmpty)
    }

    /// gettext's own checker: syntax, header, and that a translation keeps the `%s`/`%d` of its
    /// English text (entries with placeholders are marked c-format).
    @Test(arguments: translated)
    func msgfmtAcceptsTheCatalogue(language: Language) throws {
        guard let msgfmt = ["/usr/bin/msgfmt", "/usr/local/bin/msgfmt"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            print("skipped: msgfmt is not installed (apt-get install gettext); .ci/test installs it")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: msgfmt)
        process.arguments = ["--check", "--check-format", "-o", "/dev/null", Self.root.appendingPathComponent("po/\(language.rawValue).po").path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0 && output.isEmpty, "msgfmt: \(output)")
    }

    /// Every English string a source file looks up (`l10n.text("…")`, `l10n.text("…", context: "…")`, `l10n.format("…", …)`,
    /// `l10n.plural(n, "…", "…")`, `Localization.key("…")`), every form field's label
    /// (`FormField("date", "Date", …)`), the labels of the detail view and the card
    /// (`addLabeled("Phone", …)`, `addSection("Slots")`) and every command's help line.
    static func lookedUpStrings() throws -> [(text: String, place: String)] {
        let sources = root.appendingPathComponent("Sources")
        let literal = #""((?:[^"\\]|\\.)*)""#
        let single = try NSRegularExpression(pattern: #"(?:l10n\.(?:text|format)\(|Localization\.key\(|Phrase\(|FormField\("[a-z_]+",\s*|addLabeled\(|addSection\()"#
            + literal + #"(?:,\s*context:\s*"([^"]*)")?"#)
        let plural = try NSRegularExpression(pattern: #"(?:l10n|Phrase)\.plural\([^,"]+,\s*"# + literal + #",\s*"# + literal)
        var found: [(String, String)] = []
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            func add(_ r: Range<String.Index>, context: String?) {
                guard !r.isEmpty else { return }  // an empty label is no text to translate
                let line = text[..<r.lowerBound].filter { $0 == "\n" }.count + 1
                found.append((POCatalogue.key(unescape(String(text[r])), context: context), "\(file.lastPathComponent):\(line)"))
            }
            for match in single.matches(in: text, range: range) {
                guard let r = Range(match.range(at: 1), in: text) else { continue }
                add(r, context: Range(match.range(at: 2), in: text).map { String(text[$0]) })
            }
            for match in plural.matches(in: text, range: range) {
                for group in 1...2 { if let r = Range(match.range(at: group), in: text) { add(r, context: nil) } }
            }
        }
        return found + CommandTable.all.map { ($0.help, "CommandTable \($0.name)") }
    }

    static func unescape(_ literal: String) -> String {
        literal.replacingOccurrences(of: #"\""#, with: "\"").replacingOccurrences(of: #"\n"#, with: "\n").replacingOccurrences(of: #"\\"#, with: "\\")
    }

    @Test func theExtractionFindsTheLookups() throws {
        let texts = Set(try Self.lookedUpStrings().map(\.text))
        #expect(texts.contains("Requests"), "Localization.key in PaneID")
        #expect(texts.contains("%d problems (!)"), "the second string of a plural")
        #expect(texts.contains("no problems"))
        #expect(texts.count > 150)
    }

    /// The command line's strings are in the same catalogues, and so are the sentences made
    /// outside the UI core (`Phrase`): a CLI string missing from `sv.po` or `zh.po` fails
    /// `everyLookedUpStringIsTranslated` like a dashboard one.
    @Test func theExtractionFindsTheCommandLineAndPhrases() throws {
        let found = try Self.lookedUpStrings()
        func place(of text: String) -> String? { found.first { $0.text == text }?.place }
        #expect(place(of: "%d delegations, %d contacts: %d error(s), %d warning(s)")?.hasPrefix("CheckCommand.swift:") == true)
        #expect(place(of: "List delegations or contacts.")?.hasPrefix("ListCommand.swift:") == true, "a command's abstract")
        #expect(place(of: "up to date")?.hasPrefix("SyncReport.swift:") == true, "a Phrase made in VisitDeskSharing")
        #expect(place(of: "%d changes received") != nil, "the second string of Phrase.plural")
    }

    @Test func aPhraseIsEnglishUntilShownAndTranslatedWhereShown() {
        let phrase = Phrase.plural(3, "%d change received", "%d changes received")
        #expect(phrase.description == "3 changes received")
        #expect(Localization.of(.sv).text(phrase) == "3 ändringar mottagna")
        #expect(Localization.of(.zh).text(phrase) == "已收到 3 项更改")
        #expect(Localization.of(.zh).text(Phrase("a sentence no catalogue has: %s", "x")) == "a sentence no catalogue has: x")
    }

    @Test(arguments: translated)
    func everyLookedUpStringIsTranslated(language: Language) throws {
        let table = POCatalogue(parsing: try Self.catalogueText(language)).translations
        let missing = try Self.lookedUpStrings().filter { table[$0.text] == nil }
        #expect(missing.isEmpty, "po/\(language.rawValue).po lacks:\n\(missing.map { "\($0.place): \($0.text)" }.joined(separator: "\n"))")
    }

    /// Status words are looked up by the files' words (`on-hold`) and the short column labels, a
    /// contact's role in a delegation by its name (`lead`).
    @Test(arguments: translated)
    func everyStatusIsTranslated(language: Language) throws {
        let table = POCatalogue(parsing: try Self.catalogueText(language)).translations
        for status in DelegationStatus.allCases {
            #expect(table[POCatalogue.key(status.rawValue, context: "status")] != nil, "\(status.rawValue)")
            #expect(table[POCatalogue.key(status.shortLabel, context: "status")] != nil, "\(status.shortLabel)")
            #expect(DisplayWidth.of(StatusWords.short(status, .of(language))) <= 6, "the status column is six cells")
        }
        for role in ContactRole.allCases {
            #expect(table[POCatalogue.key(role.rawValue, context: "role")] != nil, "role \(role.rawValue)")
        }
    }

    /// An interpolated literal (`"\(n) new"`) would be a different key every time: it must be a
    /// format with placeholders instead.
    @Test func noLookedUpStringIsInterpolated() throws {
        let interpolated = try Self.lookedUpStrings().filter { $0.text.contains(#"\("#) }
        #expect(interpolated.isEmpty, "\(interpolated.map(\.place).joined(separator: ", "))")
    }

    /// The day names come from Foundation's locale data; the composed forms must read as
    /// DateFormatter writes them (`tors 13 juli`, `7月13日 周四`) on every day of a year.
    @Test(arguments: [Language.sv, .zh])
    func dayAndMonthReadAsTheLocaleWritesThem(language: Language) {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: language.localeIdentifier)
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = language == .zh ? "M月d日 EEE" : "EEE d MMMM"
        let withYear = DateFormatter()
        withYear.locale = formatter.locale
        withYear.timeZone = formatter.timeZone
        withYear.dateFormat = language == .zh ? "y年M月d日 EEE" : "EEE d MMMM y"
        let words = CalendarWords.of(language)
        var date = LocalDate(year: 2026, month: 1, day: 1)
        while date.year == 2026 {
            let moment = Date(timeIntervalSince1970: Double(date.dayNumber - LocalDate(year: 1970, month: 1, day: 1).dayNumber) * 86_400)
            #expect(words.dayAndMonth(date) == formatter.string(from: moment))
            #expect(words.weekdayAndDate(date) == withYear.string(from: moment))
            date = date.adding(days: 1)
        }
        #expect(CalendarWords.of(.sv).dayAndMonth(LocalDate(year: 2023, month: 7, day: 13)) == "tors 13 juli")
        #expect(CalendarWords.of(.zh).dayAndMonth(LocalDate(year: 2023, month: 7, day: 13)) == "7月13日 周四")
    }
}
