import Testing
@testable import VisitDeskStore

/// The known-files table moves its last entry into a removed one's place: every other entry must
/// still be found with its own value, however the removals fall.
@Suite("File table")
struct FileTableTests {
    private func file(_ n: Int) -> KnownFile { KnownFile(version: FileVersion(size: n, contentHash: UInt64(n))) }

    @Test("removals from the front, the middle and the end keep every other entry")
    func removalsKeepTheRest() {
        var table = FileTable()
        table.reserveCapacity(100)
        for n in 0..<100 { table["r\(n)"] = file(n) }
        let removed = Set([0, 1, 50, 98, 99, 7, 63])
        for n in [0, 99, 50, 1, 98, 7, 63] { table["r\(n)"] = nil }
        table["missing"] = nil
        #expect(table.count == 100 - removed.count)
        for n in 0..<100 {
            #expect(table["r\(n)"] == (removed.contains(n) ? nil : file(n)), "r\(n)")
        }
        #expect(Set(table.map(\.key)) == Set((0..<100).filter { !removed.contains($0) }.map { "r\($0)" }))
        table["r50"] = file(500)
        if let slot = table.slot(of: "r50") { table[slot: slot].version = FileVersion(size: 5, contentHash: 5) }
        #expect(table["r50"]?.version == FileVersion(size: 5, contentHash: 5))
        #expect(table.count == 100 - removed.count + 1)
    }
}
