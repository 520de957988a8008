import Foundation
import Testing
@testable import VisitDeskStore

/// A start without a cache takes each file's stamp from the open file instead of a `stat` of its
/// path. The stamp must be the one the folder listing would take, so the next start trusts the
/// cache; a link gets none, so it is always read; and the bytes are the whole file.
@Suite("Reading a record file with its stamp")
struct StampedReadTests {
    @Test("a regular file: every byte, and the stamp a listing takes of it")
    func regularFile() throws {
        let folder = TemporaryFolder("stamped")
        // Larger than one page, so a short first read would show.
        let text = "name = \"Åsa Öberg 张伟\"\n" + String(repeating: "# 备注 notes on the visit to Borlänge\n", count: 400)
        folder.write("contacts/asa.toml", text)
        folder.write("contacts/empty.toml", "")
        let path = folder.path + "/contacts/asa.toml"
        let read = try FileIO.readStamped(path, within: folder.path)
        #expect(read.bytes == Array(text.utf8))
        #expect(!read.throughLink)
        #expect(FileStamp(read.info) == FileStamp.of(path))
        #expect(try FileIO.readStamped(folder.path + "/contacts/empty.toml", within: folder.path).bytes.isEmpty)

        let loaded = ParallelLoader.loadOne(absolute: path, relative: "contacts/asa.toml", kind: .contact, id: "asa", root: folder.path)
        #expect(loaded.stamp == FileStamp.of(path))
        #expect(loaded.contact?.name == "Åsa Öberg 张伟")
    }

    @Test("a link inside the store is read, without a stamp: it is read again at every start")
    func linkInsideTheStore() throws {
        let folder = TemporaryFolder("stamped-link")
        folder.write("contacts/anna.toml", "name = \"Anna Berg\"\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/contacts/alias.toml", withDestinationPath: folder.path + "/contacts/anna.toml")
        let path = folder.path + "/contacts/alias.toml"
        #expect(try FileIO.readStamped(path, within: folder.path).throughLink)
        let loaded = ParallelLoader.loadOne(absolute: path, relative: "contacts/alias.toml", kind: .contact, id: "alias", root: folder.path)
        #expect(loaded.contact?.name == "Anna Berg")
        #expect(loaded.stamp == nil)
    }

    @Test("a file that is gone has no stamp and no problem; a folder in its place has a problem")
    func goneOrNotAFile() throws {
        let folder = TemporaryFolder("stamped-gone")
        folder.write("contacts/anna.toml", "name = \"Anna Berg\"\n")
        let gone = ParallelLoader.loadOne(absolute: folder.path + "/contacts/bo.toml", relative: "contacts/bo.toml", kind: .contact, id: "bo", root: folder.path)
        #expect(gone.stamp == nil && gone.problems.isEmpty && gone.contact == nil)
        try FileManager.default.createDirectory(atPath: folder.path + "/contacts/cai.toml", withIntermediateDirectories: false)
        let notAFile = ParallelLoader.loadOne(absolute: folder.path + "/contacts/cai.toml", relative: "contacts/cai.toml", kind: .contact, id: "cai", root: folder.path)
        #expect(notAFile.contact == nil)
        #expect(notAFile.problems.first?.message.contains("a folder, not a file") == true)
    }
}
