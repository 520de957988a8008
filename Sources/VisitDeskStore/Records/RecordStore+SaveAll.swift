import Glibc
import VisitDeskDomain

/// Thousands of contacts saved at once (an import): each file is still written atomically and
/// under compare-and-swap, but the flushes are shared. One by one, every file costs an fsync of
/// its temporary copy and one of the folder — 20,000 waits on the disk for 10,000 people. Here
/// every temporary file is written first, one `syncfs` makes them all durable, then each is
/// checked and renamed into place as `save` would — all under one hold of the folder's lock —
/// and one fsync of the folder makes the renames durable. A crash at any point leaves each file old or new, never partial.
extension RecordStore {
    /// Saves each contact (a new file or a surgical edit, as `save` does); the failures by id.
    /// The contacts must have distinct ids. `progress(done, total)` is called as files are
    /// staged and renamed (`done` counts both passes: `total` is twice the contacts).
    public func saveAll(_ contacts: [Contact], progress: (Int, Int) -> Void = { _, _ in }) -> [String: StoreWriteError] {
        var failures: [String: StoreWriteError] = [:]
        var staged: [(id: String, path: String, target: String, temporary: String, bytes: [UInt8], expecting: [UInt8]?)] = []
        let total = contacts.count * 2
        var conventions: [String: FilePermissions.FolderConvention] = [:]
        for (done, contact) in contacts.enumerated() {
            if done % 64 == 0 { progress(done, total) }
            let path = RecordKind.contact.relativePath(id: contact.id)
            do throws(StoreWriteError) {
                let (bytes, expecting) = try preparedSave(contact)
                // A record that is a link inside the store is written through, as single saves are.
                let target = FileIO.linkTarget(absolutePath(path)) ?? absolutePath(path)
                let targetFolder = Self.folder(of: target)
                if conventions[targetFolder] == nil { conventions[targetFolder] = FilePermissions.FolderConvention(of: targetFolder) }
                let temporary: String
                do {
                    temporary = try FileIO.writeTemporary(bytes, for: target, flush: false, newFile: conventions[targetFolder])
                } catch { throw .io(error) }
                staged.append((contact.id, path, target, temporary, bytes, expecting))
            } catch {
                failures[contact.id] = error
            }
        }
        guard !staged.isEmpty else { return failures }
        let folder = absolutePath(RecordKind.contact.folder)
        do { try FileIO.flushFileSystem(containing: folder) } catch {
            for file in staged {
                unlinkTemporary(file.temporary)
                failures[file.id] = .io(error)
            }
            return failures
        }
        var written: [String] = []
        var writtenIDs: [String] = []
        var done = 0
        // One lock per folder for all its renames (a contact that is a link is renamed in its
        // target's folder), taken one folder at a time; each is fsynced once before its release.
        let byFolder = Dictionary(grouping: staged, by: { Self.folder(of: $0.target) })
        for renamedFolder in byFolder.keys.sorted() {
            let lock = FolderLock(renamedFolder)
            defer { lock.release() }
            for file in byFolder[renamedFolder] ?? [] {
                if done % 64 == 0 { progress(contacts.count + done, total) }
                done += 1
                do {
                    try FileIO.commit(file.temporary, to: file.target, expected: file.expecting.map { FileVersion(bytes: $0) },
                                      checkExpected: true, locked: lock)
                    written.append(file.path)
                    writtenIDs.append(file.id)
                } catch .changedOnDisk(_, let disk) {
                    failures[file.id] = .conflict(path: file.path, mine: file.bytes, disk: disk)
                } catch {
                    failures[file.id] = .io(error)
                }
            }
            lock.syncFolder()
        }
        progress(total, total)
        // The catalog follows the written files, read back and decoded on every core.
        let idByPath = Dictionary(zip(written, writtenIDs), uniquingKeysWith: { first, _ in first })
        let root = self.root
        _ = apply(WatchBatch(paths: Set(written))) { paths in
            let work = paths.compactMap { idByPath[$0].map { ParallelLoader.Work(kind: .contact, id: $0, stamp: nil) } }
            return Dictionary(ParallelLoader.load(work, root: root).map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        }
        return failures
    }

    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private func unlinkTemporary(_ path: String) {
        _ = path.withCString { unlink($0) }
    }
}
