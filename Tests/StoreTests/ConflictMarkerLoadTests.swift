import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// A record someone merged with plain git and committed with its markers: named as such, with
/// the marker's line, never loaded as data, the rest of the store loads.
@Suite struct ConflictMarkerLoadTests {
    @Test func aRecordWithGitConflictMarkersIsAProblemAtTheMarkerLine() throws {
        let folder = TemporaryFolder()
        folder.write("contacts/wang-fang.toml", wangFangFile)
        folder.write("delegations/qingdao-bank.toml", "title = \"Qingdao Bank Managers\"\nstatus = \"new\"\n<<<<<<< HEAD\nsize = 16\n=======\nsize = 10\n>>>>>>> origin/main\n")
        let store = RecordStore(root: folder.path)
        try store.load()
        let problem = try #require(store.catalog.problems.first { $0.file == "delegations/qingdao-bank.toml" })
        #expect(problem.line == 3)
        #expect(problem.message.contains("conflict markers left by a git merge"))
        #expect(store.catalog.delegations.isEmpty)
        #expect(store.catalog.contacts.map(\.id) == ["wang-fang"])
    }
}
