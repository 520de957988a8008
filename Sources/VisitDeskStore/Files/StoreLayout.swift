import Foundation
import VisitDeskDomain

/// The two kinds of record and the folder each lives in.
public enum RecordKind: String, CaseIterable, Sendable, Hashable {
    case delegation
    case contact

    public var folder: String {
        switch self {
        case .delegation: return "delegations"
        case .contact: return "contacts"
        }
    }

    public func relativePath(id: String) -> String { "\(folder)/\(id).toml" }
}

/// What a file name in a record folder means. Decided from the name alone, so the watcher can
/// ignore editors' swap files without reading them.
public enum FileRole: Equatable, Sendable {
    /// A record: `<id>.toml` with a valid id.
    case record(RecordKind, id: String)
    /// A `.toml` file whose stem is not a valid id: reported, never loaded.
    case badName(RecordKind, stem: String)
    /// A sync tool's conflict copy (`x.sync-conflict-…`, `x (conflicted copy …)`): reported so a person resolves it.
    case conflictCopy(RecordKind, of: String?)
    /// Our own leftover temporary file from an interrupted write.
    case leftoverTemporary(RecordKind)
    /// Swap files, backups and anything not `.toml`: never loaded, never reported.
    case ignored
}

public enum StoreLayout {
    public static let settingsFile = "store.toml"
    public static let exportFolder = "export"
    /// The letter templates (`VisitDeskDocuments.LetterKind.folder`): not records, but watched so
    /// that a template edited while the dashboard runs is used at once.
    public static let templatesFolder = "templates"
    /// Prefix of the temporary files our atomic writes create next to the target.
    public static let temporaryPrefix = ".visitdesk-tmp-"

    public static func role(ofFile name: String, in kind: RecordKind) -> FileRole {
        if name.hasPrefix(temporaryPrefix) { return .leftoverTemporary(kind) }
        // The common case first: a valid id cannot hold the '.' or ' ' that conflict copies
        // carry, so `<id>.toml` is a record without the slower checks below (30,000 names at start).
        if name.utf8.count > 5, name.hasSuffix(".toml") {
            let stem = String(name.utf8.dropLast(5))!
            if RecordID.isValid(stem) { return .record(kind, id: stem) }
        }
        if let original = conflictOriginal(name) { return .conflictCopy(kind, of: original) }
        if name.hasPrefix(".") || name.hasPrefix("#") || name.hasSuffix("~") { return .ignored }
        guard name.hasSuffix(".toml") else { return .ignored }
        let stem = String(name.dropLast(5))
        return RecordID.isValid(stem) ? .record(kind, id: stem) : .badName(kind, stem: stem)
    }

    /// The record folder a relative path is in, and the file name within it.
    static func split(_ path: String) -> (RecordKind, name: String)? {
        guard let slash = path.firstIndex(of: "/") else { return nil }
        let folder = path[..<slash]
        guard let kind = RecordKind.allCases.first(where: { $0.folder == folder }) else { return nil }
        return (kind, String(path[path.index(after: slash)...]))
    }

    private static let recordSuffix: [UInt8] = Array(".toml".utf8)

    /// The id of a file name that is plainly `<id>.toml`, judged on the bytes the folder listing
    /// gives, before any String is made: 30,000 names at start. Anything else (nil) goes through
    /// `role(ofFile:in:)`. The characters are those `RecordID.isValid` allows.
    static func plainRecordID(fileName bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let suffix = recordSuffix
        guard bytes.count > suffix.count else { return nil }
        let stemCount = bytes.count - suffix.count
        for (offset, byte) in suffix.enumerated() where bytes[stemCount + offset] != byte { return nil }
        for byte in bytes[..<stemCount] {
            guard (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2D else { return nil }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[..<stemCount]), as: UTF8.self)
    }

    /// Recognises Syncthing (`x.sync-conflict-20170713-101010-ABCDEF.toml`) and Dropbox/Nextcloud
    /// (`x (conflicted copy 2017-07-13).toml`, `x (Case Conflict).toml`) copies; returns the original id when it can tell.
    static func conflictOriginal(_ name: String) -> String?? {
        if let range = name.range(of: ".sync-conflict-") {
            let stem = String(name[..<range.lowerBound])
            return .some(RecordID.isValid(stem) ? stem : nil)
        }
        if let range = name.range(of: " (conflicted copy") ?? name.range(of: "(conflicted copy") ?? name.range(of: " (Case Conflict") {
            let stem = String(name[..<range.lowerBound])
            return .some(RecordID.isValid(stem) ? stem : nil)
        }
        return nil
    }
}
