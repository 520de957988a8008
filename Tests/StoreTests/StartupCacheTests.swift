import Foundation
import Testing
import VisitDeskDomain
@testable import VisitDeskStore

/// The warm start's guarantees beyond the basic ones in StoreCacheTests: what the cache must never
/// hide, and that a large store comes back whole and in order.
@Suite("The start-up cache keeps every file honest")
struct StartupCacheTests {
    /// A store holding `files` (relative path: text) and an empty cache folder for it.
    func store(_ label: String, _ files: [String: String]) -> (TemporaryFolder, cache: TemporaryFolder) {
        let folder = TemporaryFolder(label)
        for (path, text) in files { folder.write(path, text) }
        return (folder, TemporaryFolder("cache"))
    }

    /// Loads, then writes the cache "10 s from now", so no file counts as racily clean.
    func warmed(_ folder: TemporaryFolder, cache: TemporaryFolder) throws -> RecordStore {
        let store = RecordStore(root: folder.path, cacheFolder: cache.path)
        try store.load()
        store.cacheSnapshot(now: StoreCache.now() + 10_000_000_000)?.write()
        return store
    }

    func restart(_ folder: TemporaryFolder, cache: TemporaryFolder) throws -> RecordStore {
        let store = RecordStore(root: folder.path, cacheFolder: cache.path)
        try store.load()
        return store
    }

    @Test("a file rewritten in place with the same size and its old modification time put back is read again")
    func sameSizeSameModificationTime() throws {
        let (folder, cache) = store("inplace", ["contacts/anna.toml": "name = \"Anna Berg\"\n", "contacts/bo.toml": "name = \"Bo Ek\"\n"])
        _ = try warmed(folder, cache: cache)
        let path = folder.path + "/contacts/anna.toml"
        var before = stat()
        #expect(stat(path, &before) == 0)
        // In place, same length: a coarse clock (or `touch -r`) leaves size and mtime as they were.
        let handle = try #require(FileHandle(forWritingAtPath: path))
        try handle.write(contentsOf: Data("name = \"Anna Borg\"\n".utf8))
        try handle.close()
        var times = [before.st_atim, before.st_mtim]
        #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)

        let second = try restart(folder, cache: cache)
        #expect(second.filesParsedAtLoad == 1)
        #expect(second.catalog.contact(id: "anna")?.name == "Anna Borg")
        #expect(second.catalog.contact(id: "bo")?.name == "Bo Ek")
        // The version read now guards the next write: a save on top of it succeeds.
        var anna = try #require(second.catalog.contact(id: "anna"))
        anna.role = "Engineer"
        try second.save(anna)
    }

    @Test("a cache from another format version is ignored, then replaced by one the next start uses")
    func otherFormatVersion() throws {
        let (folder, cache) = store("version", [
            "contacts/anna.toml": "name = \"Anna Berg\"\n", "delegations/hebei.toml": "title = \"Hebei group\"\nstatus = \"new\"\n",
        ])
        let file = StoreCache.file(in: cache.path, forStore: folder.path)
        // What format 3 wrote at its start: its magic and the store path, then records.
        try Data(Array("VDCACHE3".utf8) + [UInt8(folder.path.utf8.count * 2)] + Array(folder.path.utf8) + [0, 0, 0]).write(to: URL(fileURLWithPath: file))

        let first = try restart(folder, cache: cache)
        #expect(first.filesParsedAtLoad == 2)
        #expect(first.catalog.contact(id: "anna")?.name == "Anna Berg")
        first.cacheSnapshot(now: StoreCache.now() + 10_000_000_000)?.write()
        let second = try restart(folder, cache: cache)
        #expect(second.filesParsedAtLoad == 0)
        #expect(second.catalog.delegations == first.catalog.delegations)
    }

    @Test("a cache with one damaged byte is ignored as a whole, never shown")
    func flippedByte() throws {
        let (folder, cache) = store("flipped", [
            "contacts/anna.toml": "name = \"Anna Berg\"\nnotes = \"Prefers mornings\"\n", "contacts/bo.toml": "name = \"Bo Ek\"\n",
        ])
        let first = try warmed(folder, cache: cache)
        let file = StoreCache.file(in: cache.path, forStore: folder.path)
        var bytes = try #require(FileManager.default.contents(atPath: file))
        // Inside a string, where the result still decodes: "Prefers" becomes "Qrefers".
        let at = try #require(bytes.range(of: Data("Prefers".utf8))).lowerBound
        bytes[at] += 1
        try bytes.write(to: URL(fileURLWithPath: file))

        let second = try restart(folder, cache: cache)
        #expect(second.filesParsedAtLoad == 2)
        #expect(second.catalog.contacts == first.catalog.contacts)
    }

    @Test("a link leading out of the store stays refused on a warm start")
    func linkOutOfTheStore() throws {
        let (folder, cache) = store("link", ["contacts/anna.toml": "name = \"Anna Berg\"\n"])
        let outside = TemporaryFolder("outside")
        outside.write("secret.toml", "name = \"Not In The Store\"\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/contacts/leak.toml", withDestinationPath: outside.path + "/secret.toml")
        _ = try warmed(folder, cache: cache)

        let second = try restart(folder, cache: cache)
        #expect(second.catalog.contact(id: "leak") == nil)
        #expect(second.catalog.problems.contains { $0.file == "contacts/leak.toml" && $0.message.contains("outside the store") })
        #expect(second.catalog.contact(id: "anna") != nil)
    }

    @Test("a store larger than one cache block starts warm whole and in id order, with changed files merged in place")
    func manyBlocks() throws {
        let count = StoreCache.recordsPerBlock * 2 + 10
        let (folder, cache) = store("blocks", Dictionary(uniqueKeysWithValues: (0..<count).map { index in
            ("contacts/person-\(index).toml", "name = \"Person \(index)\"\nlanguages = [\"sv\", \"en\"]\n")
        }))
        let first = try warmed(folder, cache: cache)
        #expect(first.catalog.contacts.count == count)
        folder.write("contacts/person-2600.toml", "name = \"Changed\"\n")
        folder.write("contacts/person-2600a.toml", "name = \"Added\"\n")
        try FileManager.default.removeItem(atPath: folder.path + "/contacts/person-17.toml")

        let second = try restart(folder, cache: cache)
        #expect(second.filesParsedAtLoad == 2)
        #expect(second.catalog.contacts.count == count)
        let ids = second.catalog.contacts.map(\.id)
        #expect(ids == ids.sorted())
        #expect(second.catalog.contact(id: "person-2600")?.name == "Changed")
        #expect(second.catalog.contact(id: "person-2600a")?.name == "Added")
        #expect(second.catalog.contact(id: "person-17") == nil)
        #expect(second.catalog.contact(id: "person-4999")?.languages == ["sv", "en"])
    }
}

extension StartupCacheTests {
    /// Both kinds over several blocks each, as the dashboard's first frame reads them.
    func blockStore(_ label: String) -> (TemporaryFolder, cache: TemporaryFolder) {
        var files: [String: String] = [:]
        for index in 0..<(StoreCache.recordsPerBlock + 7) {
            files["delegations/group-\(index).toml"] = "title = \"Group \(index)\"\nstatus = \"new\"\nsize = \(index % 30)\n"
        }
        for index in 0..<(StoreCache.recordsPerBlock * 2 + 3) {
            files["contacts/person-\(index).toml"] = "name = \"Person \(index)\"\nname_zh = \"人\(index)\"\nphones = [\"+46 70 \(index)\"]\n"
        }
        return store(label, files)
    }

    @Test("the first frame's records, decoded block by block into one array per kind, are the files' records in id order")
    func drawFirstOverManyBlocks() throws {
        let (folder, cache) = blockStore("inplace-blocks")
        let full = try warmed(folder, cache: cache)
        let drawn = RecordStore(root: folder.path, cacheFolder: cache.path)
        #expect(try drawn.loadFromCache())
        #expect(drawn.catalog.delegations == full.catalog.delegations)
        #expect(drawn.catalog.contacts == full.catalog.contacts)
        #expect(drawn.catalog.contacts.map(\.id) == drawn.catalog.contacts.map(\.id).sorted())
    }

    @Test("one damaged block in the middle: nothing is drawn from the cache, the full load reads every file")
    func drawFirstWithADamagedBlock() throws {
        let (folder, cache) = blockStore("inplace-damaged")
        let full = try warmed(folder, cache: cache)
        let file = StoreCache.file(in: cache.path, forStore: folder.path)
        var bytes = try #require(FileManager.default.contents(atPath: file))
        // A name in the second contact block: the first blocks of both kinds decode before it fails.
        let at = try #require(bytes.range(of: Data("Person 3000".utf8))).lowerBound
        bytes[at] = UInt8(ascii: "Q")
        try bytes.write(to: URL(fileURLWithPath: file))

        let drawn = RecordStore(root: folder.path, cacheFolder: cache.path)
        #expect(try !drawn.loadFromCache())
        #expect(drawn.catalog.contacts.isEmpty)
        let again = try restart(folder, cache: cache)
        #expect(again.filesParsedAtLoad == full.catalog.contacts.count + full.catalog.delegations.count)
        #expect(again.catalog.contacts == full.catalog.contacts)
    }
}

@Suite("The cache reader on impossible values")
struct CacheReaderTests {
    @Test("a date or time no calendar can hold is damage, never a crash")
    func impossibleDates() {
        for fields in [[Int.min], [Int.max], [20_000_000], [0, 25, 0, -1], [Int.max, 9, 0, 0], [738_000, Int.max, 0, 0]] {
            var writer = BinaryWriter()
            fields.forEach { writer.int($0) }
            writer.bytes.withUnsafeBytes { bytes in
                var reader = BinaryReader(bytes)
                if fields.count == 1 {
                    #expect(throws: CacheDamaged.self) { _ = try reader.date() }
                } else {
                    #expect(throws: CacheDamaged.self) { _ = try reader.dateTime() }
                }
            }
        }
    }

    @Test("numbers of every size come back exactly (file times are nanoseconds since 1970)")
    func numbers() throws {
        let numbers = [0, 1, -1, 127, 128, -64, -65, 1 << 62, -(1 << 62), (1 << 62) + 1, Int.max, Int.min, 1_764_000_000_123_456_789]
        var writer = BinaryWriter()
        numbers.forEach { writer.int($0) }
        let read = try writer.bytes.withUnsafeBytes { bytes throws(CacheDamaged) in
            var reader = BinaryReader(bytes)
            return try numbers.map { _ throws(CacheDamaged) in try reader.int() }
        }
        #expect(read == numbers)
    }

    @Test("dates and times of any four-digit year come back exactly, leap second included")
    func plausibleDates() throws {
        let moments = [
            LocalDateTime(date: LocalDate(year: 2027, month: 2, day: 6), time: LocalTime(hour: 9, minute: 30)),
            LocalDateTime(date: LocalDate(year: 1, month: 1, day: 1), time: LocalTime(hour: 0, minute: 0)),
            LocalDateTime(date: LocalDate(year: 9999, month: 12, day: 31), time: LocalTime(hour: 23, minute: 59, second: 60)),
        ]
        var writer = BinaryWriter()
        moments.forEach { writer.dateTime($0); writer.date($0.date) }
        let read = try writer.bytes.withUnsafeBytes { bytes throws(CacheDamaged) in
            var reader = BinaryReader(bytes)
            var read: [LocalDateTime] = []
            for _ in moments {
                let moment = try reader.dateTime()
                guard try reader.date() == moment.date else { throw CacheDamaged() }
                read.append(moment)
            }
            return read
        }
        #expect(read == moments)
    }
}
