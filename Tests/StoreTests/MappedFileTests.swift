import Foundation
import Testing
@testable import VisitDeskStore

/// The start-up cache is mapped rather than read; what the decoder sees must be the file's bytes.
@Suite("A mapped cache file")
struct MappedFileTests {
    @Test("gives the file's bytes, and keeps them when a new cache is renamed over the file")
    func bytesSurviveARename() throws {
        let folder = TemporaryFolder("mapped")
        folder.write("a.cache", "first version of the cache")
        let mapped = try #require(MappedFile(folder.path + "/a.cache", limit: 1_000))
        folder.write("b.cache", "second")
        #expect(rename(folder.path + "/b.cache", folder.path + "/a.cache") == 0)
        #expect(mapped.withUnsafeBytes { Array($0) } == Array("first version of the cache".utf8))
    }

    @Test("an empty file, a file over the limit, a folder and a missing file give nothing")
    func unusableFiles() throws {
        let folder = TemporaryFolder("mapped")
        folder.write("empty.cache", "")
        folder.write("large.cache", String(repeating: "x", count: 2_000))
        #expect(MappedFile(folder.path + "/empty.cache", limit: 1_000) == nil)
        #expect(MappedFile(folder.path + "/large.cache", limit: 1_000) == nil)
        #expect(MappedFile(folder.path, limit: 1_000) == nil)
        #expect(MappedFile(folder.path + "/missing.cache", limit: 1_000) == nil)
    }
}
