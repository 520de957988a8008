import Foundation
import TOMLDocument
import VisitDeskDomain

/// Every change the program makes goes through here: read what is on disk, check it is what the
/// program last saw, edit the person's file surgically, write it atomically, reload it.
extension RecordStore {
    /// Edits one record's file in place; everything the edit does not touch stays byte for byte.
    @discardableResult
    public func edit(_ kind: RecordKind, id: String, _ change: (inout TOMLDocument) throws -> Void) throws(StoreWriteError) -> WriteReceipt {
        let (updated, current) = try preparedEdit(kind, id: id, change)
        return try replace(kind, id: id, with: updated, expecting: current)
    }

    /// The bytes an edit would write, and the bytes on disk it was made from (checked against
    /// what the program last read).
    func preparedEdit(_ kind: RecordKind, id: String, _ change: (inout TOMLDocument) throws -> Void) throws(StoreWriteError) -> (bytes: [UInt8], current: [UInt8]) {
        let path = kind.relativePath(id: id)
        guard !isReadOnly else { throw .readOnly(path: path) }
        guard let known = files.version(at: path) else { throw .missing(path: path) }
        let current: [UInt8]
        do { current = try FileIO.read(absolutePath(path)) } catch .notFound {
            throw .conflict(path: path, mine: nil, disk: nil)
        } catch { throw .io(error) }
        guard FileVersion(bytes: current) == known else { throw .conflict(path: path, mine: nil, disk: current) }
        guard case .success(var document) = RecordParser.document(current, file: path) else {
            throw .invalid(path: path, problems: fileProblems[path] ?? [])
        }
        do { try change(&document) } catch {
            throw .invalid(path: path, problems: [Problem(file: path, message: "\(error)")])
        }
        let updated = Array(document.text.utf8)
        try checkLoadable(updated, kind: kind, id: id, path: path)
        return (updated, current)
    }

    /// Creates a new record file; refuses to overwrite an existing one.
    @discardableResult
    public func create(_ kind: RecordKind, id: String, text: String) throws(StoreWriteError) -> WriteReceipt {
        let bytes = try preparedCreate(kind, id: id, text: text)
        return try replace(kind, id: id, with: bytes, expecting: nil)
    }

    /// The bytes of a new record, checked, with its folder made.
    func preparedCreate(_ kind: RecordKind, id: String, text: String) throws(StoreWriteError) -> [UInt8] {
        let path = kind.relativePath(id: id)
        guard !isReadOnly else { throw .readOnly(path: path) }
        guard RecordID.isValid(id) else {
            throw .invalid(path: path, problems: [Problem(file: path, message: "`\(id)` is not a valid id")])
        }
        if files.version(at: path) != nil { throw .exists(path: path) }
        let bytes = Array(text.utf8)
        try checkLoadable(bytes, kind: kind, id: id, path: path)
        do { try FileIO.makeFolder(absolutePath(kind.folder)) } catch { throw .io(error) }
        return bytes
    }

    /// Writes exact bytes (nil deletes the file) if the disk still holds `expecting` (nil: no file).
    /// Undo and redo use this directly: they put back precisely what was there.
    @discardableResult
    public func replace(_ kind: RecordKind, id: String, with bytes: [UInt8]?, expecting: [UInt8]?) throws(StoreWriteError) -> WriteReceipt {
        let path = kind.relativePath(id: id)
        guard !isReadOnly else { throw .readOnly(path: path) }
        let expectedVersion = expecting.map { FileVersion(bytes: $0) }
        do {
            if let bytes {
                _ = try FileIO.writeAtomically(bytes, to: absolutePath(path), expected: expectedVersion)
            } else if let expectedVersion {
                try FileIO.removeIfUnchanged(absolutePath(path), expected: expectedVersion)
            }
        } catch .changedOnDisk(_, let disk) {
            throw .conflict(path: path, mine: bytes, disk: disk)
        } catch .notFound {
            throw .conflict(path: path, mine: bytes, disk: nil)
        } catch { throw .io(error) }
        _ = apply(WatchBatch(paths: [path]))
        return WriteReceipt(kind: kind, id: id, before: expecting, after: bytes)
    }

    /// The current bytes of a record on disk, for the editor, the diff view and `list --format json`.
    public func bytes(of kind: RecordKind, id: String) -> [UInt8]? {
        try? FileIO.read(absolutePath(kind.relativePath(id: id)))
    }

    /// The version the program last read, for callers that hold bytes and need a CAS check.
    public func knownVersion(of kind: RecordKind, id: String) -> FileVersion? {
        files.version(at: kind.relativePath(id: id))
    }

    private func checkLoadable(_ bytes: [UInt8], kind: RecordKind, id: String, path: String) throws(StoreWriteError) {
        let problems: [Problem]
        switch RecordParser.document(bytes, file: path) {
        case .failure(let problem): problems = [problem]
        case .success(let document):
            switch kind {
            case .delegation: problems = RecordDecoder.delegation(id: id, file: path, document: document).1
            case .contact: problems = RecordDecoder.contact(id: id, file: path, document: document).1
            }
        }
        if !problems.isEmpty { throw .invalid(path: path, problems: problems) }
    }
}

extension RecordStore {
    /// Saves a delegation as the program now sees it: a surgical edit of its file (only changed
    /// fields are touched), or a new file when the id is new.
    @discardableResult
    public func save(_ delegation: Delegation) throws(StoreWriteError) -> WriteReceipt {
        let old = catalog.delegation(id: delegation.id)
        return try save(.delegation, id: delegation.id, isNew: old == nil) {
            try RecordEncoder.newFile(for: delegation)
        } edit: { document in
            if let old { try RecordEncoder.apply(delegation, over: old, to: &document) }
        }
    }

    @discardableResult
    public func save(_ contact: Contact) throws(StoreWriteError) -> WriteReceipt {
        let (bytes, expecting) = try preparedSave(contact)
        return try replace(.contact, id: contact.id, with: bytes, expecting: expecting)
    }

    private func save(
        _ kind: RecordKind, id: String, isNew: Bool,
        newFile: () throws -> String, edit change: (inout TOMLDocument) throws -> Void
    ) throws(StoreWriteError) -> WriteReceipt {
        let (bytes, expecting) = try prepared(kind, id: id, isNew: isNew, newFile: newFile, edit: change)
        return try replace(kind, id: id, with: bytes, expecting: expecting)
    }

    /// Removes a record's file if it still holds what the program last read.
    @discardableResult
    public func remove(_ kind: RecordKind, id: String) throws(StoreWriteError) -> WriteReceipt {
        let (current, _) = try preparedEdit(kind, id: id) { _ in }
        return try replace(kind, id: id, with: nil, expecting: current)
    }

    /// A contact under a new id: the old file edited surgically (its comments and unknown keys
    /// stay) and written under the new name, which must be free. The old file is left for the
    /// caller to remove once the references are rewritten, so the step is undone file by file.
    @discardableResult
    public func saveRenamed(_ contact: Contact, from oldID: String) throws(StoreWriteError) -> WriteReceipt {
        let path = RecordKind.contact.relativePath(id: contact.id)
        guard let old = catalog.contact(id: oldID) else { throw .missing(path: RecordKind.contact.relativePath(id: oldID)) }
        guard RecordID.isValid(contact.id) else {
            throw .invalid(path: path, problems: [Problem(file: path, message: "`\(contact.id)` is not a valid id")])
        }
        if files.version(at: path) != nil || FileManager.default.fileExists(atPath: absolutePath(path)) { throw .exists(path: path) }
        let (bytes, _) = try preparedEdit(.contact, id: oldID) { document in try RecordEncoder.apply(contact, over: old, to: &document) }
        try checkLoadable(bytes, kind: .contact, id: contact.id, path: path)
        return try replace(.contact, id: contact.id, with: bytes, expecting: nil)
    }

    /// What saving a contact would write, and the bytes it expects on disk (nil: a new file).
    func preparedSave(_ contact: Contact) throws(StoreWriteError) -> (bytes: [UInt8], expecting: [UInt8]?) {
        let old = catalog.contact(id: contact.id)
        return try prepared(.contact, id: contact.id, isNew: old == nil) {
            try RecordEncoder.newFile(for: contact)
        } edit: { document in
            if let old { try RecordEncoder.apply(contact, over: old, to: &document) }
        }
    }

    private func prepared(
        _ kind: RecordKind, id: String, isNew: Bool,
        newFile: () throws -> String, edit change: (inout TOMLDocument) throws -> Void
    ) throws(StoreWriteError) -> (bytes: [UInt8], expecting: [UInt8]?) {
        guard isNew else {
            let (bytes, current) = try preparedEdit(kind, id: id, change)
            return (bytes, current)
        }
        let text: String
        do { text = try newFile() } catch {
            let path = kind.relativePath(id: id)
            throw .invalid(path: path, problems: [Problem(file: path, message: "\(error)")])
        }
        return (try preparedCreate(kind, id: id, text: text), nil)
    }

    /// An id not yet used by any record of the kind: the slug itself, else slug-2, slug-3, …
    public func unusedID(for kind: RecordKind, base: String) -> String {
        let taken: (String) -> Bool = { id in
            self.files.version(at: kind.relativePath(id: id)) != nil || FileManager.default.fileExists(atPath: self.absolutePath(kind.relativePath(id: id)))
        }
        if !taken(base) { return base }
        var number = 2
        while taken("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }
}
