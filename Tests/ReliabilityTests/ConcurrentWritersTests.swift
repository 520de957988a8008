import Dispatch
import Foundation
import Testing
import VisitDeskStore

/// Two VisitDesk processes on one store, reduced to their store objects: each appends to the same
/// file as fast as it can. Every write either lands or is reported as a conflict; a write reported
/// as done that is missing from the file afterwards would be a silently lost change.
@Suite("concurrent writers", .serialized)
struct ConcurrentWritersTests {
    static let attemptsPerWriter = 400

    @Test("two stores appending to one file: every reported success is in the final file")
    func noLostUpdates() throws {
        let folder = ScratchFolder("writers")
        folder.write("delegations/shared.toml", "title = \"Shared\"\nstatus = \"new\"\n")
        let outcomes = Outcomes()
        let root = folder.path
        // Two real threads released together: a pool could run the two writers one after the other.
        let gate = DispatchSemaphore(value: 0), finished = DispatchGroup()
        for writer in 0..<2 {
            finished.enter()
            Thread {
                gate.wait()
                Self.write(as: writer, root: root, into: outcomes)
                finished.leave()
            }.start()
        }
        gate.signal()
        gate.signal()
        finished.wait()
        let final = try String(contentsOfFile: folder.path + "/delegations/shared.toml", encoding: .utf8)
        let lost = outcomes.landed.filter { !final.contains($0) }
        #expect(lost.count == 0, "writes reported as saved are missing, e.g. \(lost.prefix(3))")
        #expect(outcomes.landed.count + outcomes.conflicts == 2 * Self.attemptsPerWriter)
        #expect(outcomes.conflicts > 0, "the two writers never overlapped, so nothing was tested")
        print("concurrent writers: \(outcomes.landed.count) writes landed, \(outcomes.conflicts) conflicts reported, \(lost.count) lost")
    }

    private static func write(as writer: Int, root: String, into outcomes: Outcomes) {
        let store = RecordStore(root: root)
        try? store.load()
        var landed: [String] = [], conflicts = 0
        for attempt in 0..<Self.attemptsPerWriter {
            let marker = "# writer \(writer) attempt \(attempt)\n"
            // Re-read after a conflict, as the dashboard does when the person retries.
            if store.knownVersion(of: .delegation, id: "shared") == nil { _ = store.apply(WatchBatch(paths: ["delegations/shared.toml"])) }
            guard let current = store.bytes(of: .delegation, id: "shared") else { continue }
            do {
                try store.replace(.delegation, id: "shared", with: current + Array(marker.utf8), expecting: current)
                landed.append(marker)
            } catch {
                conflicts += 1
                _ = store.apply(WatchBatch(paths: ["delegations/shared.toml"]))
            }
        }
        outcomes.add(landed: landed, conflicts: conflicts)
    }
}

/// What the two writer threads report, collected under a lock.
private final class Outcomes: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var landed: [String] = []
    private(set) var conflicts = 0

    func add(landed more: [String], conflicts count: Int) {
        lock.lock()
        landed += more
        conflicts += count
        lock.unlock()
    }
}
