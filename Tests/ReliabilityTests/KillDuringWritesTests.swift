import Foundation
import Testing
import VisitDeskDomain
import VisitDeskStore

/// `kill -9` at random moments of real `visitdesk` writes: the atomic write must leave every record
/// either as it was or as it became, and the next load must clean up what the killed writer left.
@Suite("kill -9 during writes", .serialized)
struct KillDuringWritesTests {
    static let rounds = 240

    @Test("240 writers killed at random moments never leave an empty, partial or missing record")
    func killedWriters() throws {
        let folder = ScratchFolder("kill")
        let root = folder.path + "/store"
        let initialised = try Subprocess.visitdesk(["init", root, "--demo", "--today", "2026-11-25"])
        try #require(initialised.status == 0, "init failed: \(initialised.stderr)")
        let baseline = try StoreAudit.take(root)
        let target = try #require(baseline.delegations.first { $0.status == .new || $0.status == .reviewing }?.id)

        // Kills are spread over a whole run (start-up, load, write, exit); a run's length depends
        // on the machine's load, so it is measured again every 20 rounds with an unkilled writer.
        var lifetime = 0.02
        func measureLifetime() throws {
            let started = Date()
            _ = try Subprocess.visitdesk(["set-status", "--store", root, target, nextStatus(of: target, in: try StoreAudit.take(root))])
            lifetime = max(Date().timeIntervalSince(started), 0.02)
        }

        var generator = SeededGenerator(seed: 0x5EED_0008)
        var killedMidRun = 0, statusWritesLanded = 0, temporariesLeft = 0, temporariesCleaned = 0, requestsAdded = 0
        var audit = try StoreAudit.take(root)
        for round in 1...Self.rounds {
            if round % 20 == 1 {
                try measureLifetime()
                audit = try StoreAudit.take(root)
            }
            // Every fourth round a second writer adds a request at the same time, so kills also
            // land while two processes contend for the folder lock.
            let statusWriter = try Subprocess.start(["set-status", "--store", root, target, nextStatus(of: target, in: audit)])
            let requestWriter = round % 4 == 0
                ? try Subprocess.start(["add", "request", "--store", root, "--title", "Burst group \(round)", "--size", "\(round % 30 + 1)"])
                : nil
            usleep(UInt32(Double.random(in: 0...lifetime, using: &generator) * 1_000_000))
            if statusWriter.isRunning { killedMidRun += 1 }
            for writer in [statusWriter, requestWriter].compactMap({ $0 }) {
                kill(writer.processIdentifier, SIGKILL)
                writer.waitUntilExit()
            }

            let leftovers = leftoverTemporaries(in: root)
            temporariesLeft += leftovers.count
            let store = RecordStore(root: root)
            try store.load()
            temporariesCleaned += store.cleanedTemporaryFiles.count
            #expect(leftoverTemporaries(in: root).isEmpty, "round \(round): load did not clean \(leftovers)")
            let previous = audit
            audit = StoreAudit(store)
            #expect(audit.emptyFiles.isEmpty, "round \(round): empty files \(audit.emptyFiles)")
            #expect(audit.problemFiles.isSubset(of: baseline.problemFiles), "round \(round): new problems in \(audit.problemFiles.subtracting(baseline.problemFiles))")
            #expect(audit.contacts == baseline.contacts, "round \(round): contacts changed")
            #expect(previous.delegationIDs.isSubset(of: audit.delegationIDs), "round \(round): lost \(previous.delegationIDs.subtracting(audit.delegationIDs))")
            requestsAdded = audit.delegations.count - baseline.delegations.count
            let written = try #require(audit.delegations.first { $0.id == target })
            #expect([.new, .reviewing].contains(written.status), "round \(round): \(target) is \(written.status)")
            if written.status != previous.delegations.first(where: { $0.id == target })?.status { statusWritesLanded += 1 }
        }
        #expect(killedMidRun >= Self.rounds / 2, "most kills should land while the writer runs")
        print("kill test: \(Self.rounds) rounds, \(killedMidRun) killed mid-run, \(statusWritesLanded) status writes landed, \(temporariesLeft) temporary files left by killed writers, \(temporariesCleaned) cleaned by the next load, \(requestsAdded) requests added, last measured lifetime \(Int(lifetime * 1000)) ms")
    }

    private func nextStatus(of id: String, in audit: StoreAudit) -> String {
        audit.delegations.first { $0.id == id }?.status == .new ? "reviewing" : "new"
    }
}
