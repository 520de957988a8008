import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// A slot saved despite a booking warning keeps it as `warnings` in its `[[slots]]` block:
/// written, read back, carried by the start-up cache, and removed as a key (not left as
/// `warnings = []`) when it no longer holds, with the block's comments and unknown keys kept.
@Suite("A slot's booking warnings in its file")
struct SlotWarningsKeyTests {
    static let file = """
        title = "X"
        status = "confirmed"

        [[slots]]
        start = 2026-12-25T09:00:00
        end = 2026-12-25T11:00:00
        place = "Falun"  # the mine
        bus = "Booked with Dalatrafik"

        """

    /// A store of the one record above, loaded.
    func loaded() throws -> (TemporaryFolder, RecordStore) {
        let folder = TemporaryFolder()
        folder.write("delegations/x.toml", Self.file)
        let store = RecordStore(root: folder.path)
        try store.load()
        return (folder, store)
    }

    @Test("warnings are written into the slot's own block and read back")
    func writtenAndReadBack() throws {
        let (folder, store) = try loaded()
        var x = try #require(store.catalog.delegation(id: "x"))
        x.slots[0].warnings = ["2026-12-25: Juldagen (Christmas Day), a Swedish holiday", "Åsa Öberg is busy then: y, 2026-12-25 10:00-12:00"]
        try store.save(x)
        let text = try #require(folder.read("delegations/x.toml"))
        #expect(text.contains("""
            place = "Falun"  # the mine
            bus = "Booked with Dalatrafik"
            warnings = ["2026-12-25: Juldagen (Christmas Day), a Swedish holiday", "Åsa Öberg is busy then: y, 2026-12-25 10:00-12:00"]
            """), "\(text)")
        let reloaded = RecordStore(root: folder.path)
        try reloaded.load()
        #expect(reloaded.catalog.problems.isEmpty)
        #expect(reloaded.catalog.delegation(id: "x")?.slots[0].warnings == x.slots[0].warnings)

        // Cleared: the key goes, everything else in the block stays as written.
        x.slots[0].warnings = []
        try store.save(x)
        #expect(folder.read("delegations/x.toml") == Self.file)
    }

    @Test("a new slot with warnings is appended with them")
    func appendedWithWarnings() throws {
        let (folder, store) = try loaded()
        var x = try #require(store.catalog.delegation(id: "x"))
        let day = LocalDate(year: 2026, month: 12, day: 26)
        x.slots.append(Slot(start: LocalDateTime(date: day, time: LocalTime(hour: 9, minute: 0)), end: LocalDateTime(date: day, time: LocalTime(hour: 10, minute: 0)),
                            warnings: ["2026-12-26: a Saturday"]))
        try store.save(x)
        #expect(folder.read("delegations/x.toml")?.hasSuffix("end = 2026-12-26T10:00:00\nwarnings = [\"2026-12-26: a Saturday\"]\n") == true)
    }

    @Test("the start-up cache carries the warnings")
    func cached() throws {
        let folder = TemporaryFolder("warned")
        folder.write("delegations/x.toml", Self.file.replacingOccurrences(of: "bus =", with: "warnings = [\"2026-12-25: Juldagen\"]\nbus ="))
        let cache = TemporaryFolder("cache")
        let first = RecordStore(root: folder.path, cacheFolder: cache.path)
        try first.load()
        first.cacheSnapshot(now: StoreCache.now() + 10_000_000_000)?.write()
        let second = RecordStore(root: folder.path, cacheFolder: cache.path)
        try second.load()
        #expect(second.filesParsedAtLoad == 0, "the record came from the cache")
        #expect(second.catalog.delegation(id: "x")?.slots[0].warnings == ["2026-12-25: Juldagen"])
    }

    @Test("warnings that are not a list of text are a problem naming the line")
    func wrongType() throws {
        let folder = TemporaryFolder()
        folder.write("delegations/x.toml", Self.file.replacingOccurrences(of: "bus =", with: "warnings = 3\nbus ="))
        let store = RecordStore(root: folder.path)
        try store.load()
        #expect(store.catalog.delegation(id: "x") == nil)
        #expect(store.catalog.problems.first?.message.contains("`warnings`") == true)
    }
}
