import Foundation
import TOMLDocument

/// One field's change in one commit: "status: new → reviewing".
public struct FieldChange: Sendable, Equatable, Codable {
    public var field: String
    /// nil: the field was not there.
    public var before: String?
    public var after: String?

    /// "size: 12 → 9", "reason: (none) → waiting for the bank".
    public var line: String { "\(field): \(before ?? "(none)") → \(after ?? "(removed)")" }
}

/// One commit that changed a record, as field-level differences.
public struct RecordChange: Sendable, Codable {
    public var commit: String
    public var author: String
    public var email: String
    /// ISO 8601 with the author's offset, as git records it.
    public var date: String
    /// "3 Dec 2026 19:42", for people.
    public var shownDate: String
    public var summary: String
    public var changes: [FieldChange]
}

/// A record's history from git log: every commit that changed its file, oldest first, each as
/// the fields it changed (slots named by their start, so a reordering is not a change). Merge
/// commits are left out: the commits they bring together are listed themselves — all of them:
/// `--full-history`, since git's default simplification drops the side of a merge whose value
/// lost (a conflict settled "theirs" would hide my own edits).
public struct RecordHistory {
    let repository: GitRepository

    public init(git: GitRunner) { repository = GitRepository(git: git) }

    public func changes(of path: String) throws(SyncFailure) -> [RecordChange] {
        guard repository.topLevel != nil else { throw .notARepository(repository.root) }
        let separator = "\u{1F}"
        let format = ["%H", "%an", "%ae", "%aI", "%ad", "%s"].joined(separator: "%x1f")
        let log = repository.git.run(["log", "--reverse", "--full-history", "--no-renames", "--no-merges", "--format=\(format)", "--date=format:%-d %b %Y %H:%M", "--", path])
        guard log.succeeded else { throw .git("git log", GitMessage.reason(log.errors)) }
        return log.text.split(separator: "\n").compactMap { line in
            let parts = line.components(separatedBy: separator)
            guard parts.count == 6 else { return nil }
            let after = repository.blob(parts[0], path)
            let before = repository.blob(parts[0] + "^1", path)
            return RecordChange(
                commit: parts[0], author: parts[1], email: parts[2], date: parts[3], shownDate: parts[4], summary: parts[5],
                changes: Self.differences(before: before, after: after))
        }
    }

    /// Field by field; a file created, deleted, or not parsing on either side is one change of the whole file.
    static func differences(before: [UInt8]?, after: [UInt8]?) -> [FieldChange] {
        if before == nil || after == nil {
            return [FieldChange(field: "(record)", before: before == nil ? nil : "present", after: after == nil ? nil : "created")]
        }
        let parse = { (bytes: [UInt8]?) -> FlatRecord?? in
            guard let bytes else { return .some(nil) }
            guard let document = try? TOMLDocument(parsing: bytes) else { return nil }
            return .some(FlatRecord(document.root))
        }
        guard let old = parse(before), let new = parse(after) else {
            return [FieldChange(field: "(file)", before: before == nil ? nil : "not valid TOML", after: after == nil ? nil : "changed")]
        }
        var changes: [FieldChange] = []
        let oldEntries = old?.entries ?? [:]
        let newEntries = new?.entries ?? [:]
        for path in Set(oldEntries.keys).union(newEntries.keys).sorted() where (oldEntries[path] == nil) != (newEntries[path] == nil) {
            changes.append(FieldChange(field: path.description, before: oldEntries[path] == nil ? nil : "present", after: newEntries[path] == nil ? nil : "added"))
        }
        let oldLeaves = old?.leaves ?? [:]
        let newLeaves = new?.leaves ?? [:]
        for path in Set(oldLeaves.keys).union(newLeaves.keys).sorted() where oldLeaves[path] != newLeaves[path] {
            // A field of an entry that came or went is part of that entry's line above.
            if let entry = path.steps.dropLast().last, case .entry = entry,
                (oldEntries[FieldPath(Array(path.steps.dropLast()))] == nil) != (newEntries[FieldPath(Array(path.steps.dropLast()))] == nil) {
                continue
            }
            changes.append(FieldChange(field: path.description, before: oldLeaves[path].map(Self.shown), after: newLeaves[path].map(Self.shown)))
        }
        return changes
    }

    /// Text as it reads (no quotes, one line), other values as TOML writes them.
    static func shown(_ value: TOMLValue) -> String {
        if case .string(let text) = value {
            return text.replacingOccurrences(of: "\n", with: " ⏎ ").trimmingCharacters(in: .whitespaces)
        }
        return TOMLLiteral.text(value)
    }
}
