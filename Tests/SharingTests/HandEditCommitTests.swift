import Foundation
import Testing
import VisitDeskSharing

/// While the dashboard runs, a file changed by an editor or a script is committed once it has
/// been quiet, by the coordinator and named in the message; a file that does not parse waits
/// (not committed) until it is fixed.
@Suite(.serialized) struct HandEditCommitTests {
    let file = "delegations/qingdao-bank.toml"

    func commits(_ lab: SharedStoreLab, _ path: String) throws -> [String] {
        try lab.git("jiaman", ["log", "--format=%an|%s", "--", path]).output.split(separator: "\n").map(String.init)
    }

    func isCommitted(_ lab: SharedStoreLab, _ path: String) throws -> Bool {
        try lab.git("jiaman", ["status", "--porcelain", "--", path]).output.isEmpty
    }

    func committer(_ lab: SharedStoreLab) throws -> WriteCommitter {
        let environment = lab.environment(for: "jiaman")
        return try #require(WriteCommitter.forStore(lab.store("jiaman"), environment: environment, gitEnvironment: environment))
    }

    @Test func aBurstOfEditsIsOneCommitAfterTheQuietTime() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        let before = try commits(lab, file).count
        let committed = Locked<[String]>([])
        let handEdits = HandEditCommitter(committer: try committer(lab), quiet: 0.6) { paths in committed.mutate { $0 += paths } }
        // A script rewrites the file three times, 0.2 s apart: still within the quiet time.
        for size in [13, 14, 15] {
            lab.setLine("jiaman", file, key: "size", to: "size = \(size)")
            handEdits.noticed([file, "delegations/.visitdesk-tmp-1234", "delegations/.qingdao-bank.toml.swp"])
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(try !isCommitted(lab, file), "committed before the file was quiet")
        Thread.sleep(forTimeInterval: 0.7)
        handEdits.waitForIdle()
        #expect(try isCommitted(lab, file))
        let log = try commits(lab, file)
        #expect(log.count == before + 1, "\(log)")
        #expect(log.first == "Jiaman|Edit qingdao-bank.toml by hand")
        #expect(try lab.git("jiaman", ["show", "HEAD:" + file]).output.contains("size = 15"))
        #expect(committed.value == [file])
        // Nothing but the record: the temporary and swap file names were never store files.
        #expect(try lab.git("jiaman", ["show", "--name-only", "--format=", "HEAD"]).output == file + "\n")
    }

    @Test func aFileThatDoesNotParseIsHeldBackUntilFixed() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        let handEdits = HandEditCommitter(committer: try committer(lab), quiet: 0.2)
        lab.setLine("jiaman", file, key: "size", to: "size = = 9")
        handEdits.noticed([file])
        Thread.sleep(forTimeInterval: 0.4)
        handEdits.waitForIdle()
        #expect(try !isCommitted(lab, file))
        #expect(handEdits.heldBackFiles.map(\.path) == [file])
        #expect(handEdits.heldBackFiles.first?.line == 4)
        #expect(try lab.git("jiaman", ["show", "HEAD:" + file]).output.contains("size = 12"))

        lab.setLine("jiaman", file, key: "size", to: "size = 9")
        handEdits.noticed([file])
        Thread.sleep(forTimeInterval: 0.4)
        handEdits.waitForIdle()
        #expect(try isCommitted(lab, file))
        #expect(handEdits.heldBackFiles.isEmpty)
        #expect(try commits(lab, file).first == "Jiaman|Edit qingdao-bank.toml by hand")
    }

    /// A step the dashboard wrote is committed as its own step; the watcher's report of the same
    /// file afterwards adds no "by hand" commit.
    @Test func aFileVisitDeskWroteIsNotCommittedTwice() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        let committer = try committer(lab)
        let handEdits = HandEditCommitter(committer: committer, quiet: 0.2)
        lab.setLine("jiaman", file, key: "status", to: "status = \"confirmed\"")
        let bytes = Array((lab.read("jiaman", file) ?? "").utf8)
        committer.commitInBackground(WriteCommitter.Step(label: "confirmed qingdao-bank", action: "save", files: [(file, bytes)]))
        handEdits.noticed([file])
        Thread.sleep(forTimeInterval: 0.4)
        handEdits.waitForIdle()
        #expect(committer.finish().isEmpty)
        #expect(try commits(lab, file).prefix(2).map { $0.hasSuffix("by hand") } == [false, false])
        #expect(try commits(lab, file).first == "Jiaman|Confirm Qingdao Bank Managers")
    }

    /// Quitting commits a file still within its quiet time.
    @Test func quittingCommitsWhatIsStillQuietingDown() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        let handEdits = HandEditCommitter(committer: try committer(lab), quiet: 30)
        lab.setLine("jiaman", file, key: "size", to: "size = 19")
        handEdits.noticed([file])
        #expect(try !isCommitted(lab, file))
        handEdits.commitPendingNow()
        #expect(try isCommitted(lab, file))
        #expect(try commits(lab, file).first == "Jiaman|Edit qingdao-bank.toml by hand")
    }

    /// The dashboard's first look covers the whole store: an edit made while it was closed.
    @Test func aRescanCommitsEditsMadeWhileClosed() throws {
        let lab = try SharedStoreLab.twoCoordinators()
        lab.write("jiaman", "delegations/hebei-commerce.toml", "title = \"Hebei Commerce\"\nstatus = \"new\"\n")
        let handEdits = HandEditCommitter(committer: try committer(lab), quiet: 0.2)
        handEdits.noticed([], rescan: true)
        Thread.sleep(forTimeInterval: 0.4)
        handEdits.waitForIdle()
        #expect(try commits(lab, "delegations/hebei-commerce.toml") == ["Jiaman|Edit hebei-commerce.toml by hand"])
    }
}

/// A value shared with a callback on another queue.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func mutate(_ change: (inout Value) -> Void) { lock.withLock { change(&stored) } }
}
