import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// `history`: a list of dated reasons, read, kept by the start-up cache, and written as one
/// changed line that leaves the file's comments and unknown keys alone.
@Suite struct HistoryKeyTests {
    static let text = "# from the fair\ntitle = \"Bank of Beijing\"\nstatus = \"on-hold\"\nreason = \"no interpreter\"\nhistory = [\"2026-10-02 on-hold: no interpreter\"]\nshoe_size = 38\n"

    @Test func historyIsReadWrittenSurgicallyAndCached() throws {
        let folder = TemporaryFolder("history")
        let cache = TemporaryFolder("history-cache")
        folder.write("delegations/beijing-bank.toml", Self.text)
        let store = RecordStore(root: folder.path, cacheFolder: cache.path)
        try store.load()
        var record = try #require(store.catalog.delegation(id: "beijing-bank"))
        #expect(record.history == ["2026-10-02 on-hold: no interpreter"])
        record.status = .declined
        record.reason = "no budget"
        record.history.append("2026-11-25 declined: no budget")
        try store.save(record)
        let written = try #require(folder.read("delegations/beijing-bank.toml"))
        #expect(written.contains("history = [\"2026-10-02 on-hold: no interpreter\", \"2026-11-25 declined: no budget\"]"))
        #expect(written.contains("# from the fair") && written.contains("shoe_size = 38"))
        store.cacheSnapshot(now: StoreCache.now() + 10_000_000_000)?.write()
        let warm = RecordStore(root: folder.path, cacheFolder: cache.path)
        try warm.load()
        #expect(warm.filesParsedAtLoad == 0)
        #expect(warm.catalog.delegation(id: "beijing-bank")?.history.count == 2)
    }
}
