import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// A record file that does not parse is not shown; its problem names it by its title (or a
/// person's name) when that line still reads, so the coordinator knows what went missing.
@Suite struct HiddenRecordTitleTests {
    @Test func aBrokenDelegationIsListedWithItsTitle() throws {
        let folder = TemporaryFolder("hidden-title")
        folder.write("delegations/shandong.toml", "# note\ntitle = \"Shandong Water Group\"\ntitle_zh = \"山东\"\nsize = 6 people\n")
        let store = RecordStore(root: folder.path)
        try store.load()
        let problem = try #require(store.catalog.problems.first { $0.file == "delegations/shandong.toml" })
        #expect(problem.line == 4)
        #expect(problem.message.hasPrefix("“Shandong Water Group” is not shown: column 10:"))
        #expect(store.catalog.delegation(id: "shandong") == nil)
    }

    @Test func titleLineReadsPlainTitlesAndNamesOnly() {
        #expect(RecordParser.titleLine("name_zh = \"张伟\"\nname = \"Zhang Wei\"\nphones = [") == "Zhang Wei")
        #expect(RecordParser.titleLine("name = \"Ann\"\ntitle = \"Visit\"\n") == "Visit", "a title outranks a name")
        #expect(RecordParser.titleLine("title = \"a \\\" quote\"\n") == nil, "escapes are not guessed at")
        #expect(RecordParser.titleLine("[[slots]]\ntitle = \"In a table\"\n") == nil)
        #expect(RecordParser.titleLine("title = \nsize = 3") == nil)
    }
}
