import Foundation
import Testing
@testable import VisitDeskStore

@Suite("Atomic compare-and-swap writes")
struct AtomicWriteTests {
    @Test("a write replaces the file when it is still what was read")
    func writeWhenUnchanged() throws {
        let folder = TemporaryFolder()
        folder.write("contacts/a.toml", "name = \"A\"\n")
        let path = folder.path + "/contacts/a.toml"
        let version = FileVersion(bytes: try FileIO.read(path))
        _ = try FileIO.writeAtomically(Array("name = \"B\"\n".utf8), to: path, expected: version)
        #expect(folder.read("contacts/a.toml") == "name = \"B\"\n")
        #expect(folder.names(in: "contacts") == ["a.toml"], "no temporary file is left behind")
    }

    @Test("a write that lost the race is refused and carries the disk's version")
    func lostRaceIsRefused() throws {
        let folder = TemporaryFolder()
        folder.write("contacts/a.toml", "name = \"A\"\n")
        let path = folder.path + "/contacts/a.toml"
        let version = FileVersion(bytes: try FileIO.read(path))
        folder.write("contacts/a.toml", "name = \"Edited by a colleague\"\n")
        #expect {
            _ = try FileIO.writeAtomically(Array("name = \"Mine\"\n".utf8), to: path, expected: version)
        } throws: { error in
            guard case FileIOError.changedOnDisk(_, let current?) = error else { return false }
            return String(decoding: current, as: UTF8.self) == "name = \"Edited by a colleague\"\n"
        }
        #expect(folder.read("contacts/a.toml") == "name = \"Edited by a colleague\"\n")
        #expect(folder.names(in: "contacts") == ["a.toml"])
    }

    @Test("creating a file refuses when one appeared meanwhile")
    func createRefusesExisting() throws {
        let folder = TemporaryFolder()
        folder.write("contacts/a.toml", "name = \"Theirs\"\n")
        #expect(throws: FileIOError.self) {
            _ = try FileIO.writeAtomically(Array("name = \"Mine\"\n".utf8), to: folder.path + "/contacts/a.toml", expected: nil)
        }
        #expect(folder.read("contacts/a.toml") == "name = \"Theirs\"\n")
    }

    @Test("a file written piece by piece holds the pieces in order and replaces the old one whole")
    func piecewiseWrite() throws {
        let folder = TemporaryFolder()
        folder.write("cache/store.cache", "old cache")
        try FileIO.writeAtomically(to: folder.path + "/cache/store.cache") { (append) throws(FileIOError) in
            for piece in ["VDCACHE", "·åäö", "", "张伟"] { try append(Array(piece.utf8)) }
        }
        #expect(folder.read("cache/store.cache") == "VDCACHE·åäö张伟")
        #expect(folder.names(in: "cache") == ["store.cache"], "no temporary file is left behind")
    }

    @Test("a piecewise write that fails halfway leaves the old file as it was and no temporary file")
    func piecewiseWriteFailsHalfway() throws {
        let folder = TemporaryFolder()
        folder.write("cache/store.cache", "old cache")
        #expect(throws: FileIOError.self) {
            try FileIO.writeAtomically(to: folder.path + "/cache/store.cache") { (append) throws(FileIOError) in
                try append(Array("first half".utf8))
                throw FileIOError.system(path: folder.path + "/cache/store.cache", operation: "write", errno: ENOSPC)
            }
        }
        #expect(folder.read("cache/store.cache") == "old cache")
        #expect(folder.names(in: "cache") == ["store.cache"])
    }

    @Test("a crash between writing the temporary file and the rename leaves the old file intact")
    func crashBeforeRename() throws {
        let folder = TemporaryFolder()
        folder.write("delegations/x.toml", "title = \"Old\"\nstatus = \"new\"\n")
        // What a killed process leaves: a complete or partial temporary file beside the target.
        folder.write("delegations/\(StoreLayout.temporaryPrefix)4242-x.toml", "title = \"Ne")
        #expect(folder.read("delegations/x.toml") == "title = \"Old\"\nstatus = \"new\"\n")
        #expect(StoreLayout.role(ofFile: "\(StoreLayout.temporaryPrefix)4242-x.toml", in: .delegation) == .leftoverTemporary(.delegation))
    }

    @Test("a read-only folder gives a message that says what to do")
    func readOnlyFolder() throws {
        guard getuid() != 0 else { return }  // root ignores permissions; the message test below covers the text
        let folder = TemporaryFolder()
        folder.write("contacts/a.toml", "name = \"A\"\n")
        chmod(folder.path + "/contacts", 0o555)
        defer { chmod(folder.path + "/contacts", 0o755) }
        let path = folder.path + "/contacts/a.toml"
        let version = FileVersion(bytes: try FileIO.read(path))
        #expect(throws: FileIOError.self) {
            _ = try FileIO.writeAtomically(Array("x".utf8), to: path, expected: version)
        }
    }

    @Test("permission and disk-full errors name the file and the remedy")
    func errorMessages() {
        #expect(FileIOError.system(path: "contacts/a.toml", operation: "write", errno: EACCES).description.contains("permissions"))
        #expect(FileIOError.system(path: "contacts/a.toml", operation: "write", errno: ENOSPC).description.contains("free some disk space"))
        #expect(FileIOError.tooLarge(path: "contacts/big.toml", size: 52_428_800, limit: FileIO.sizeLimit).description
            .hasPrefix("contacts/big.toml: 50 MB"))
    }

    @Test("a file larger than the limit is refused without reading it")
    func tooLarge() throws {
        let folder = TemporaryFolder()
        let path = folder.path + "/big.toml"
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        let handle = FileHandle(forWritingAtPath: path)!
        try handle.truncate(atOffset: UInt64(FileIO.sizeLimit + 1))
        try handle.close()
        #expect(throws: FileIOError.self) { _ = try FileIO.read(path) }
    }
}

@Suite("File names in the store")
struct FileRoleTests {
    @Test("records, swap files, backups and conflict copies are told apart by name")
    func roles() {
        #expect(StoreLayout.role(ofFile: "hebei-commerce-2017.toml", in: .delegation) == .record(.delegation, id: "hebei-commerce-2017"))
        #expect(StoreLayout.role(ofFile: ".hebei.toml.swp", in: .delegation) == .ignored)
        #expect(StoreLayout.role(ofFile: "hebei.toml~", in: .delegation) == .ignored)
        #expect(StoreLayout.role(ofFile: "#hebei.toml#", in: .delegation) == .ignored)
        #expect(StoreLayout.role(ofFile: "4913", in: .delegation) == .ignored)
        #expect(StoreLayout.role(ofFile: "notes.txt", in: .contact) == .ignored)
        #expect(StoreLayout.role(ofFile: "Wang Fang.toml", in: .contact) == .badName(.contact, stem: "Wang Fang"))
        #expect(StoreLayout.role(ofFile: "wang-fang.sync-conflict-20171010-101010-ABCDEFG.toml", in: .contact)
            == .conflictCopy(.contact, of: "wang-fang"))
        #expect(StoreLayout.role(ofFile: "wang-fang (conflicted copy 2017-10-10).toml", in: .contact)
            == .conflictCopy(.contact, of: "wang-fang"))
    }
}
