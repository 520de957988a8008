import Testing
import TOMLDocument

/// Each edit is checked against the exact text a person would expect to see in the file.
@Suite struct EditingTests {
    private func edited(_ text: String, _ edit: (inout TOMLDocument) throws -> Void) throws -> String {
        var document = try TOMLDocument(parsing: text)
        try edit(&document)
        return document.text
    }

    @Test func replacingAValueKeepsTheCommentAndSpacing() throws {
        let text = "title = \"Hebei\"\nstatus = \"new\"   # triage\nsize = 14\n"
        let result = try edited(text) { try $0.setValue(.string("confirmed"), at: ["status"]) }
        #expect(result == "title = \"Hebei\"\nstatus = \"confirmed\"   # triage\nsize = 14\n")
    }

    @Test func literalsReadLikeTheFile() throws {
        let result = try edited("size = 1\n") {
            try $0.setValue(14, at: ["size"])
            try $0.setValue(["a", 2, 2.5, true], at: ["mixed"])
        }
        #expect(result == "size = 14\nmixed = [\"a\", 2, 2.5, true]\n")
    }

    @Test func newTopLevelKeyGoesAfterTheLastTopLevelKeyBeforeHeaders() throws {
        let text = "title = \"Hebei\"  # t\nstatus = \"new\"\n\n# programme\n[[slots]]\nplace = \"Borlänge\"\n"
        let result = try edited(text) { try $0.setValue(.string("wang-fang"), at: ["lead"]) }
        #expect(result == "title = \"Hebei\"  # t\nstatus = \"new\"\nlead = \"wang-fang\"\n\n# programme\n[[slots]]\nplace = \"Borlänge\"\n")
    }

    @Test func topLevelKeyInAFileThatStartsWithAHeaderGoesAboveIt() throws {
        let text = "# slots\n[[slots]]\nplace = \"X\"\n"
        let result = try edited(text) { try $0.setValue(.string("T"), at: ["title"]) }
        #expect(result == "title = \"T\"\n\n# slots\n[[slots]]\nplace = \"X\"\n")
    }

    @Test func arraysAreWrittenOnOneLine() throws {
        let result = try edited("interests = []\n") {
            try $0.setValue(.array([.string("waste-water"), .string("recycling")]), at: ["interests"])
        }
        #expect(result == "interests = [\"waste-water\", \"recycling\"]\n")
    }

    @Test func unicodeIsWrittenAsIsAndNewlinesMakeMultilineStrings() throws {
        let result = try edited("name = \"\"\nnotes = \"\"\n") {
            try $0.setValue(.string("张伟 Åsa \"Ö\""), at: ["name"])
            try $0.setValue(.string("Sludge handling.\nInterpreter needed.\n"), at: ["notes"])
        }
        #expect(result == "name = \"张伟 Åsa \\\"Ö\\\"\"\nnotes = \"\"\"\nSludge handling.\nInterpreter needed.\n\"\"\"\n")
        #expect(try TOMLDocument(parsing: result).root["notes"]?.string == "Sludge handling.\nInterpreter needed.\n")
    }

    @Test func appendingASlotGoesAfterTheLastSlotBeforeOtherTables() throws {
        let text = """
        title = "Hebei"

        [[slots]]   # first
        start = 2017-07-13T13:30:00
        place = "A"

        # follow-ups below
        [[follow_ups]]
        what = "Send profiles"

        """
        let slot = TOMLTable([
            ("start", .localDateTime(TOMLLocalDateTime(year: 2017, month: 7, day: 14, hour: 9, minute: 0))),
            ("place", .string("Falun")),
        ])
        let result = try edited(text) { try $0.appendTable(slot, toArrayOfTables: ["slots"]) }
        #expect(result == """
        title = "Hebei"

        [[slots]]   # first
        start = 2017-07-13T13:30:00
        place = "A"

        [[slots]]
        start = 2017-07-14T09:00:00
        place = "Falun"

        # follow-ups below
        [[follow_ups]]
        what = "Send profiles"

        """)
    }

    @Test func firstSlotIsAppendedAtTheEndAfterOneBlankLine() throws {
        let slot = TOMLTable([("place", .string("Borlänge"))])
        #expect(try edited("title = \"T\"\n") { try $0.appendTable(slot, toArrayOfTables: ["slots"]) }
            == "title = \"T\"\n\n[[slots]]\nplace = \"Borlänge\"\n")
        #expect(try edited("title = \"T\"") { try $0.appendTable(slot, toArrayOfTables: ["slots"]) }
            == "title = \"T\"\n\n[[slots]]\nplace = \"Borlänge\"\n")
        #expect(try edited("title = \"T\"\n\n") { try $0.appendTable(slot, toArrayOfTables: ["slots"]) }
            == "title = \"T\"\n\n[[slots]]\nplace = \"Borlänge\"\n")
    }

    @Test func crlfFilesStayCRLF() throws {
        let text = "title = \"T\"\r\nstatus = \"new\" # c\r\n\r\n[[slots]]\r\nplace = \"A\"\r\n"
        let result = try edited(text) {
            try $0.setValue(.string("confirmed"), at: ["status"])
            try $0.setValue(.string("line 1\nline 2"), at: ["notes"])
            try $0.appendTable(TOMLTable([("place", .string("B"))]), toArrayOfTables: ["slots"])
        }
        #expect(result == "title = \"T\"\r\nstatus = \"confirmed\" # c\r\nnotes = \"\"\"\r\nline 1\r\nline 2\"\"\"\r\n\r\n[[slots]]\r\nplace = \"A\"\r\n\r\n[[slots]]\r\nplace = \"B\"\r\n")
        #expect(try TOMLDocument(parsing: result).value(at: ["notes"]) == .string("line 1\nline 2"))
    }

    @Test func editsInsideAnEarlierArrayOfTablesEntry() throws {
        let text = "[[slots]]\n  place = \"A\"\n\n[[slots]]\n  place = \"B\"\n"
        let result = try edited(text) {
            try $0.setValue(.string("Ludvika"), at: ["slots", 0, "place"])
            try $0.setValue(.string("erik"), at: ["slots", 0, "host"])
        }
        #expect(result == "[[slots]]\n  place = \"Ludvika\"\n  host = \"erik\"\n\n[[slots]]\n  place = \"B\"\n")
    }

    @Test func removingAKeyTakesItsCommentLinesAndTrailingComment() throws {
        let text = "title = \"T\"\n\n# why it is on hold\n# (second line)\nreason = \"visa\"  # set by Lina\nsize = 3\n"
        #expect(try edited(text) { try $0.removeValue(at: ["reason"]) } == "title = \"T\"\n\nsize = 3\n")
    }

    @Test func removingArrayOfTablesEntries() throws {
        let text = "title = \"T\"\n\n[[slots]]\nplace = \"A\"\n\n# the second\n[[slots]]\nplace = \"B\"\n\n[[slots]]\nplace = \"C\"\n"
        #expect(try edited(text) { try $0.removeTable(at: ["slots", 1]) }
            == "title = \"T\"\n\n[[slots]]\nplace = \"A\"\n\n[[slots]]\nplace = \"C\"\n")
        #expect(try edited(text) { try $0.removeTable(at: ["slots", 2]) }
            == "title = \"T\"\n\n[[slots]]\nplace = \"A\"\n\n# the second\n[[slots]]\nplace = \"B\"\n")
        #expect(try edited(text) { try $0.removeValue(at: ["slots"]) } == "title = \"T\"\n")
    }

    @Test func inlineTablesAreEditedInPlace() throws {
        let text = "point = { x = 1, y = 2 }  # c\n"
        #expect(try edited(text) { try $0.setValue(.integer(3), at: ["point", "y"]) } == "point = { x = 1, y = 3 }  # c\n")
        #expect(try edited(text) { try $0.setValue(.integer(5), at: ["point", "z"]) } == "point = { x = 1, y = 2, z = 5 }  # c\n")
        #expect(try edited(text) { try $0.removeValue(at: ["point", "x"]) } == "point = { y = 2 }  # c\n")
        #expect(try edited(text) { try $0.removeValue(at: ["point", "y"]) } == "point = { x = 1 }  # c\n")
        #expect(try edited("p = {}\n") { try $0.setValue(.string("a"), at: ["p", "k"]) } == "p = { k = \"a\" }\n")
    }

    @Test func dottedKeysAreEditedAndExtendedAsDottedKeys() throws {
        let text = "[fruit]\napple.color = \"red\"\nname = \"x\"\n"
        #expect(try edited(text) { try $0.setValue(.string("green"), at: ["fruit", "apple", "color"]) }
            == "[fruit]\napple.color = \"green\"\nname = \"x\"\n")
        #expect(try edited(text) { try $0.setValue(.boolean(true), at: ["fruit", "apple", "sweet"]) }
            == "[fruit]\napple.color = \"red\"\nname = \"x\"\napple.sweet = true\n")
    }

    @Test func dottedKeysInsideInlineTables() throws {
        let text = "p = { x = 0, a.b = 1, a.c = 2 }\n"
        #expect(try edited(text) { try $0.removeValue(at: ["p", "a"]) } == "p = { x = 0 }\n")
        #expect(try edited(text) { try $0.setValue(.integer(3), at: ["p", "a", "d"]) } == "p = { x = 0, a.b = 1, a.c = 2, a.d = 3 }\n")
        #expect(try edited("p = { a.b = 1, x = 0 }\n") { try $0.removeValue(at: ["p", "a"]) } == "p = { x = 0 }\n")
    }

    @Test func removingATableDefinedByDottedKeysAndASubTableHeader() throws {
        let text = "[fruit]\napple.color = \"red\"\nname = \"x\"\n\n[fruit.apple.texture]\nsmooth = true\n"
        #expect(try edited(text) { try $0.removeValue(at: ["fruit", "apple"]) } == "[fruit]\nname = \"x\"\n")
    }

    @Test func commasInsideCommentsAreNotSeparators() throws {
        let text = "a = [ 1,# 9, 9,\n2#,9\n,#9\n3#]\n,4]\n"
        #expect(try edited(text) { try $0.removeValue(at: ["a", 1]) } == "a = [ 1,# 9, 9,\n3#]\n,4]\n")
        #expect(try edited(text) { try $0.removeValue(at: ["a", 3]) } == "a = [ 1,# 9, 9,\n2#,9\n,#9\n3#]\n]\n")
        #expect(try edited("a = [[#[\"#\"],\n1]]\n") { try $0.removeValue(at: ["a", 0, 0]) } == "a = [[#[\"#\"],\n]]\n")
    }

    @Test func newTablesBelowTheRootGetAHeaderAtTheEnd() throws {
        #expect(try edited("title = \"T\"\n") { try $0.setValue(.string("x"), at: ["meta", "source"]) }
            == "title = \"T\"\n\n[meta]\nsource = \"x\"\n")
    }

    @Test func arrayElementsAreReplacedAppendedAndRemoved() throws {
        let text = "tags = [\n  \"a\",  # first\n  \"b\",\n]\n"
        #expect(try edited(text) { try $0.removeValue(at: ["tags", 0]) } == "tags = [\n  \"b\",\n]\n")
        #expect(try edited("tags = [\"a\", \"b\"]\n") { try $0.removeValue(at: ["tags", 1]) } == "tags = [\"a\"]\n")
        #expect(try edited("tags = [\"a\", \"b\"]\n") { try $0.setValue(.string("c"), at: ["tags", 2]) } == "tags = [\"a\", \"b\", \"c\"]\n")
        #expect(try edited("tags = [\"a\"]\n") { try $0.setValue(.string("z"), at: ["tags", 0]) } == "tags = [\"z\"]\n")
    }

    @Test func aByteOrderMarkStaysFirst() throws {
        let bom = "\u{FEFF}"
        #expect(try edited(bom + "[[slots]]\nplace = \"A\"\n") { try $0.setValue(.string("T"), at: ["title"]) }
            == bom + "title = \"T\"\n\n[[slots]]\nplace = \"A\"\n")
        #expect(try edited(bom + "# note\n") { try $0.setValue(.string("T"), at: ["title"]) } == bom + "# note\ntitle = \"T\"\n")
        #expect(try edited(bom + "title = \"T\"\n") { try $0.removeValue(at: ["title"]) } == bom)
    }

    @Test func aNewFileIsBuiltKeyByKey() throws {
        var document = TOMLDocument()
        try document.setValue(.string("Hebei Bureau of Commerce Group"), at: ["title"])
        try document.setValue(.string("河北省商务厅代表团"), at: ["title_zh"])
        try document.setValue(.string("new"), at: ["status"])
        try document.setValue(.array([.string("waste-water")]), at: ["interests"])
        try document.setValue(.localDate(TOMLLocalDate(year: 2017, month: 5, day: 2)), at: ["received"])
        try document.setValue(.string("Interpreter needed.\n"), at: ["notes"])
        try document.appendTable(TOMLTable([("due", .localDate(TOMLLocalDate(year: 2017, month: 8, day: 15))),
                                            ("done", .boolean(false))]), toArrayOfTables: ["follow_ups"])
        #expect(document.text == """
        title = "Hebei Bureau of Commerce Group"
        title_zh = "河北省商务厅代表团"
        status = "new"
        interests = ["waste-water"]
        received = 2017-05-02
        notes = \"\"\"
        Interpreter needed.
        \"\"\"

        [[follow_ups]]
        due = 2017-08-15
        done = false

        """)
    }

    @Test func appendingToAnArrayWrittenOnePerLineKeepsThatLayout() throws {
        let trailing = "members = [\n    \"wang-fang\",\n    \"liu-yang\",  # interpreter\n]\n"
        #expect(try edited(trailing) { try $0.setValue("zhang-wei", at: ["members", 2]) }
            == "members = [\n    \"wang-fang\",\n    \"liu-yang\",  # interpreter\n    \"zhang-wei\",\n]\n")
        let bare = "members = [\n  \"wang-fang\",\n  \"liu-yang\"  # interpreter\n]  # c\n"
        #expect(try edited(bare) { try $0.setValue("zhang-wei", at: ["members", 2]) }
            == "members = [\n  \"wang-fang\",\n  \"liu-yang\",  # interpreter\n  \"zhang-wei\"\n]  # c\n")
        let mixed = "members = [\"wang-fang\",\n  \"liu-yang\"]\n"
        #expect(try edited(mixed) { try $0.setValue("zhang-wei", at: ["members", 2]) }
            == "members = [\"wang-fang\",\n  \"liu-yang\", \"zhang-wei\"]\n")
    }

    @Test func impossibleEditsThrowAndLeaveTheDocumentAlone() throws {
        let text = "title = \"T\"\n[[slots]]\nplace = \"A\"\n"
        var document = try TOMLDocument(parsing: text)
        #expect(throws: TOMLEditError.self) { try document.setValue(.string("x"), at: ["slots"]) }
        #expect(throws: TOMLEditError.self) { try document.setValue(.string("x"), at: ["title", "sub"]) }
        #expect(throws: TOMLEditError.self) { try document.setValue(.string("x"), at: ["tags", 3]) }
        #expect(throws: TOMLEditError.self) { try document.removeValue(at: ["missing"]) }
        #expect(throws: TOMLEditError.self) { try document.appendTable(TOMLTable(), toArrayOfTables: ["title"]) }
        #expect(document.text == text)
    }
}
