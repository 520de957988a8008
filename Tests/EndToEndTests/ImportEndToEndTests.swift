import Foundation
import Testing

/// `visitdesk import` on the project's own fixtures (Tests/Fixtures/imports, written once by
/// make-fixtures.py in the shapes real exports have), each into a fresh demo store: the contact
/// file that results, exactly, and that no other file in the store changed.
@Suite struct ImportEndToEndTests {
    static let fixtures = VisitDeskCLI.packageRoot.appendingPathComponent("Tests/Fixtures/imports")

    /// A demo store, the bytes of every file in it, and what importing `fixture` printed and did.
    struct Run {
        var result: VisitDeskCLI.Result
        var store: String
        var before: [String: Data]
        var after: [String: Data]

        /// Paths (relative to the store) whose bytes differ, were added or were removed.
        var changed: Set<String> {
            Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
        }

        func contact(_ id: String) -> String {
            after["contacts/\(id).toml"].map { String(decoding: $0, as: UTF8.self) } ?? "(no contacts/\(id).toml)"
        }
    }

    static func snapshot(_ store: String) -> [String: Data] {
        var files: [String: Data] = [:]
        let root = URL(fileURLWithPath: store)
        guard let walker = FileManager.default.enumerator(atPath: store) else { return files }
        for case let path as String in walker where path.hasSuffix(".toml") {
            files[path] = FileManager.default.contents(atPath: root.appendingPathComponent(path).path)
        }
        return files
    }

    static func importing(_ fixture: String, _ arguments: [String] = [], store existing: String? = nil) throws -> Run {
        let store = try existing ?? VisitDeskCLI.demoStore()
        let before = snapshot(store)
        let kind = fixture.hasSuffix(".csv") ? "csv" : "vcf"
        let result = try VisitDeskCLI.run(["import", kind, fixtures.appendingPathComponent(fixture).path, "--store", store] + arguments)
        return Run(result: result, store: store, before: before, after: snapshot(store))
    }

    static func cleanUp(_ run: Run) { try? FileManager.default.removeItem(atPath: run.store) }

    /// One fixture of each kind a coordinator gets, with what it must become:
    /// Tests/Fixtures/imports/expected/<fixture>/<id>.toml, every contact file the import creates.
    static let creatingFixtures = [
        "gbk-delegation.csv",   // Excel/WPS on Chinese Windows: GBK, detected; 欧阳 compound surname, 曾 read Zēng
        "gb18030-card.vcf",     // CHARSET=GB18030, 8-bit and quoted-printable; 单 read Shàn; TEL;FAX kept as `fax:`
        "ios-crcrlf.vcf",       // iOS: CR CR LF, itemN.X-ABLabel kinds (custom, HomeFAX), PHOTO skipped, UID kept
        "android-qp.vcf",       // Android 2.1: quoted-printable soft breaks, one before a space; pager; IMPP weixin
        "google.csv",           // Google Contacts, current header: ` ::: ` multi-values, labels, fax, quoted newline
        "google-legacy.csv",    // Google Contacts, legacy header: Given/Family Name, Organization 1 - Title, Phone N - Type
        "outlook.csv",          // Outlook: Job Title is the role, the honorific Title is not; Business Fax
        "thunderbird.csv",      // Thunderbird: Display Name, Primary/Secondary Email, Work Phone, Mobile Number
    ]

    /// Checks that the run created exactly the files in expected/<fixture>/, byte for byte, and
    /// changed nothing else in the store; returns how many there are.
    @discardableResult
    static func expectCreatedAsExpected(_ run: Run, _ fixture: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let folder = fixtures.appendingPathComponent("expected/\(fixture)")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }
        try #require(!names.isEmpty, sourceLocation: sourceLocation)
        #expect(run.changed == Set(names.map { "contacts/\($0)" }), sourceLocation: sourceLocation)
        for name in names {
            let expected = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(run.contact(String(name.dropLast(5))) == expected, "\(fixture) → \(name)", sourceLocation: sourceLocation)
        }
        return names.count
    }

    @Test("each fixture creates exactly its expected contact files, compared as text, and changes nothing else",
          arguments: creatingFixtures)
    func fixtureCreatesExpectedContacts(_ fixture: String) throws {
        let run = try Self.importing(fixture)
        defer { Self.cleanUp(run) }
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.result.stderr.isEmpty)
        let count = try Self.expectCreatedAsExpected(run, fixture)
        #expect(run.result.stdout.hasSuffix("new \(count), updated 0, unchanged 0, skipped 0, possible duplicates 0, unreadable 0\n"))
    }

    @Test("a GBK file says which encoding it was read in; --encoding overrides; an unknown one is refused")
    func encodingIsReportedAndOverridden() throws {
        let run = try Self.importing("gbk-delegation.csv", ["--dry-run"])
        defer { Self.cleanUp(run) }
        #expect(run.result.stdout.contains("not UTF-8 text: read the lines that are not UTF-8 as GB18030 (detected; choose another with --encoding)"))
        let forced = try Self.importing("gbk-delegation.csv", ["--encoding", "windows-1252", "--dry-run"], store: run.store)
        #expect(forced.result.stdout.contains("read as Windows-1252 (--encoding)"))
        #expect(!forced.result.stdout.contains("Ouyang"), "read as asked, the names are not Chinese")
        #expect(forced.changed.isEmpty, "a dry run writes nothing")
        let wrong = try Self.importing("gbk-delegation.csv", ["--encoding", "klingon"], store: run.store)
        #expect(wrong.result.status == 2 && wrong.result.stderr.contains("not a known character set"))
    }

    @Test("the same iOS file imported twice is one person, recognised by UID")
    func uidRecognisesTheSamePerson() throws {
        let run = try Self.importing("ios-crcrlf.vcf")
        defer { Self.cleanUp(run) }
        let again = try Self.importing("ios-crcrlf.vcf", store: run.store)
        #expect(again.changed.isEmpty)
        #expect(again.result.stdout.contains("unchanged contacts/maja-lindgren.toml (Maja Lindgren, recognised by UID 7C1F9A52-3B8E-4E0D-9D1A-6E2F0B4C8A10)"))
    }

    @Test("same name, different person: imported as new and listed as a possible duplicate, ours untouched")
    func sameNameDifferentPerson() throws {
        let run = try Self.importing("same-name.vcf", ["--update"])
        defer { Self.cleanUp(run) }
        #expect(run.result.status == 0, "\(run.result.stderr)")
        try Self.expectCreatedAsExpected(run, "same-name.vcf")  // the store's Li Na untouched, even with --update
        #expect(run.result.stdout.contains("possible duplicates"))
        #expect(run.result.stdout.contains("contacts/li-na-2.toml (Li Na) has the name of contacts/li-na.toml"))
        #expect(run.result.stdout.hasSuffix("new 1, updated 0, unchanged 0, skipped 0, possible duplicates 1, unreadable 0\n"))
    }

    @Test("--update with partial rows merges: nothing removed, new phones added, differing roles kept and reported")
    func updateWithPartialRows() throws {
        let dry = try Self.importing("partial-update.csv", ["--update", "--dry-run"])
        defer { Self.cleanUp(dry) }
        #expect(dry.changed.isEmpty, "a dry run writes nothing")
        #expect(dry.result.stdout.contains("unchanged contacts/wang-fang.toml (Wang Fang, recognised by email wang.fang@example.cn)"))
        #expect(dry.result.stdout.contains("would update contacts/li-na.toml (Li Na, recognised by email lina.ts@example.cn)\n    = role: kept Director (file has Deputy director)\n    + phones: +86 135 9999 0000\n"))
        // Erik's role differs but ours is kept, and his number is one he has: nothing to write.
        #expect(dry.result.stdout.contains("unchanged contacts/erik-sjoberg.toml (Erik Sjöberg, recognised by email erik.sjoberg@example.se)\n    = role: kept Process engineer, Fagersta waste-water plant (file has Process engineer)\n"))
        #expect(dry.result.stdout.hasSuffix("dry run (nothing written): new 0, updated 1, unchanged 2, skipped 0, possible duplicates 0, unreadable 0\n"))

        let run = try Self.importing("partial-update.csv", ["--update"], store: dry.store)
        #expect(run.result.status == 0, "\(run.result.stderr)")
        #expect(run.changed == ["contacts/li-na.toml"])
        // Wang Fang's Chinese name, country, organisations, role, WeChat and phones all stay.
        #expect(run.after["contacts/wang-fang.toml"] == run.before["contacts/wang-fang.toml"])
        #expect(run.contact("li-na") == """
        name = "Li Na"
        name_zh = "李娜"
        country = "CN"
        organisation = "Tangshan Development and Reform Commission"
        organisation_zh = "唐山市发展和改革委员会"
        role = "Director"
        phones = ["+86 135 3305 7721", "+86 135 9999 0000"]
        emails = ["lina.ts@example.cn"]
        wechat = "lina_tangshan"
        languages = ["zh"]
        tags = ["delegation-lead", "hebei-partnership"]

        """)
        // `+46 70 455 12 03` is the `070-455 12 03` Erik has: not added twice.
        #expect(run.after["contacts/erik-sjoberg.toml"] == run.before["contacts/erik-sjoberg.toml"])

        let prefer = try Self.importing("partial-update.csv", ["--update", "--prefer", "incoming"], store: dry.store)
        #expect(prefer.changed == ["contacts/li-na.toml", "contacts/erik-sjoberg.toml"])
        #expect(prefer.contact("li-na").contains("role = \"Deputy director\"\n"))
        #expect(prefer.contact("erik-sjoberg").contains("role = \"Process engineer\"\n"))
        #expect(prefer.contact("erik-sjoberg").contains("phones = [\"023-77 85 10\", \"070-455 12 03\"]\n"))
        #expect(prefer.result.stdout.contains("    ~ role: Director → Deputy director\n"))
    }

    @Test("without --update a known person who would change is skipped and said so; exit 0")
    func knownPeopleAreSkippedWithoutUpdate() throws {
        let run = try Self.importing("partial-update.csv")
        defer { Self.cleanUp(run) }
        #expect(run.result.status == 0)
        #expect(run.changed.isEmpty)
        #expect(run.result.stdout.contains("skipped contacts/li-na.toml (Li Na, recognised by email lina.ts@example.cn): use --update to merge"))
        #expect(run.result.stdout.hasSuffix("new 0, updated 0, unchanged 2, skipped 1, possible duplicates 0, unreadable 0\n"))
    }

    @Test("hostile UIDs and path-like names write nothing outside contacts/ and reach the terminal clean")
    func hostileValues() throws {
        let started = Date(timeIntervalSinceNow: -1)
        let run = try Self.importing("hostile.vcf")
        defer { Self.cleanUp(run) }
        #expect(run.changed.allSatisfy { $0.hasPrefix("contacts/") && !$0.dropFirst(9).contains("/") }, "\(run.changed)")
        // Where `../../x` would land beside the store, in the shared temporary folder: a file
        // someone else left there is not the import's, one written during the run would be.
        func writtenDuringTheRun(_ path: String) -> Bool {
            guard let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date else { return false }
            return modified >= started
        }
        #expect(!writtenDuringTheRun("/tmp/visitdesk-evil"))
        #expect(!writtenDuringTheRun(URL(fileURLWithPath: run.store).deletingLastPathComponent().appendingPathComponent("x").path + ".toml"))
        #expect(!run.result.stdout.contains("\u{1B}") && !run.result.stdout.contains("\u{07}"))
        #expect(run.contact("etc-passwd").contains("uid = \"../../x\""), "kept as text, not used as a path")
    }

    @Test("a damaged UTF-8 file: one bad property left out and reported with its line, a fold inside a character joined, exit 1")
    func damagedFile() throws {
        let run = try Self.importing("damaged.vcf")
        defer { Self.cleanUp(run) }
        #expect(run.result.status == 1)
        #expect(run.result.stderr.contains("damaged.vcf: line 6: ORG is not valid UTF-8 text: left out"))
        #expect(run.result.stderr.contains("damaged.vcf: line 9: card has no name (FN or N) and no email: not imported"))
        #expect(run.result.stdout.contains("unreadable 2\n"))
        try Self.expectCreatedAsExpected(run, "damaged.vcf")
    }

    @Test("binary and empty files: a message, exit 1, nothing written")
    func binaryAndEmpty() throws {
        let store = try VisitDeskCLI.demoStore()
        defer { try? FileManager.default.removeItem(atPath: store) }
        let before = Self.snapshot(store)
        let binary = NSTemporaryDirectory() + "visitdesk-binary-\(UUID().uuidString.prefix(8))"
        let empty = binary + "-empty.csv"
        defer { try? FileManager.default.removeItem(atPath: binary); try? FileManager.default.removeItem(atPath: empty) }
        #expect(FileManager.default.createFile(atPath: binary, contents: Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) })))
        #expect(FileManager.default.createFile(atPath: empty, contents: Data()))
        let vcf = try VisitDeskCLI.run(["import", "vcf", binary, "--store", store])
        #expect(vcf.status == 1 && vcf.stderr.contains("no vCard found"))
        let csv = try VisitDeskCLI.run(["import", "csv", empty, "--store", store])
        #expect(csv.status == 1 && csv.stderr.contains("the file is empty"))
        #expect(Self.snapshot(store) == before)
    }
}
