import Foundation
import Testing
@testable import VisitDeskStore

/// A file replaced from pieces only when they differ from it: exact bytes whichever way the
/// pieces are cut, the file left alone (same inode) when they match, nothing left behind.
@Suite struct FileReplacementTests {
    let folder = TemporaryFolder("replace")
    var path: String { folder.path + "/feed.ics" }

    /// 200 KB, past three comparison blocks.
    static let original = (0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 977) }

    func put(_ bytes: [UInt8]) { #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes))) }
    func contents() -> [UInt8]? { FileManager.default.contents(atPath: path).map { [UInt8]($0) } }
    func inode() -> Int? { (try? FileManager.default.attributesOfItem(atPath: path))?[.systemFileNumber] as? Int }
    func leftovers() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasPrefix(StoreLayout.temporaryPrefix) }
    }

    /// Hands `bytes` over in pieces of `size` bytes and finishes.
    func replace(with bytes: [UInt8], pieces size: Int, at target: String? = nil) throws -> Bool {
        let replacement = FileReplacement(target ?? path)
        var start = 0
        while start < bytes.count {
            let end = min(start + size, bytes.count)
            bytes[start..<end].withUnsafeBytes { replacement.append($0) }
            start = end
        }
        return try replacement.finish()
    }

    @Test(arguments: [1_000, 65_536, 70_001, 300_000])
    func theSameBytesLeaveTheFileAlone(pieceSize: Int) throws {
        put(Self.original)
        let before = inode()
        #expect(try replace(with: Self.original, pieces: pieceSize) == false)
        #expect(inode() == before)
        #expect(contents() == Self.original)
        #expect(leftovers().isEmpty)
    }

    @Test func aDifferenceLateInTheFileReplacesItWithTheNewBytes() throws {
        put(Self.original)
        var changed = Self.original
        changed[150_001] &+= 1
        #expect(try replace(with: changed, pieces: 4_096))
        #expect(contents() == changed)
        #expect(leftovers().isEmpty)
    }

    @Test func shorterLongerAndEmptyContentsAreWrittenExactly() throws {
        put(Self.original)
        let shorter = Array(Self.original.prefix(130_000))
        #expect(try replace(with: shorter, pieces: 10_000))
        #expect(contents() == shorter)
        #expect(try replace(with: Self.original, pieces: 7_777))
        #expect(contents() == Self.original)
        #expect(try replace(with: [], pieces: 1))
        #expect(contents() == [])
        #expect(try replace(with: [], pieces: 1) == false)
        #expect(leftovers().isEmpty)
    }

    @Test func aMissingFileIsCreated() throws {
        #expect(try replace(with: Array("BEGIN:VCALENDAR\r\n".utf8), pieces: 5))
        #expect(contents() == Array("BEGIN:VCALENDAR\r\n".utf8))
    }

    @Test func aLinkIsWrittenThroughAndTheModeKept() throws {
        put(Self.original)
        chmod(path, 0o600)
        let link = folder.path + "/link.ics"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: path)
        #expect(try replace(with: Array("changed".utf8), pieces: 3, at: link))
        #expect(contents() == Array("changed".utf8))
        #expect(FileIO.linkTarget(link) != nil)
        let mode = try #require((try FileManager.default.attributesOfItem(atPath: path))[.posixPermissions] as? Int)
        #expect(mode == 0o600)
    }

    @Test func aFeedTheCatalogWouldNotChangeIsNotRewritten() throws {
        let catalog = CalendarFeedWriteTests().catalog()
        #expect(CalendarFeed.write(catalog, storeRoot: folder.path) == nil)
        let feed = folder.path + "/" + CalendarFeed.relativePath
        let written = try #require(FileManager.default.contents(atPath: feed))
        #expect([UInt8](written) == ICalendarExport.calendarBytes(delegations: catalog.delegations, contacts: catalog.contacts, timeZone: catalog.settings.timezone))
    }
}
