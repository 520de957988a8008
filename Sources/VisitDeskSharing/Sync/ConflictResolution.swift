import Foundation

/// Settles every conflict of a merge one way: each conflicting key (or a record changed on one
/// side and deleted on the other) takes my side's or their side's value, while everything that
/// merged cleanly stays merged. The result is a merge commit, so the other side never sees the
/// conflict again.
public enum ConflictResolution: String, Sendable, CaseIterable {
    case mine
    case theirs

    /// The tree of `merged` (merge-tree's result, markers and all) with each conflicted path
    /// replaced by its resolution, built in a temporary index so the store's own is untouched.
    func tree(merged: String, paths: [String], ours: String, theirs: String, repository: GitRepository) throws(SyncFailure) -> String {
        var renamed: [String: String] = [:]
        return try Self.tree(merged: merged, paths: paths, choose: { _ in self }, ours: ours, theirs: theirs, repository: repository, renamed: &renamed)
    }

    /// The same with a side per path (the dashboard's conflict inbox settles file by file);
    /// `keepBoth` paths (created on both sides) keep both records (`KeepBoth`), and their new
    /// names are added to `renamed`.
    static func tree(
        merged: String, paths: [String], choose: (String) -> ConflictResolution?, keepBoth: Set<String> = [], values: [String: [String: String]] = [:],
        ours: String, theirs: String, repository: GitRepository, renamed: inout [String: String]
    ) throws(SyncFailure) -> String {
        let index = NSTemporaryDirectory() + "visitdesk-index-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: index) }
        var environment = repository.git.environment
        environment["GIT_INDEX_FILE"] = index
        let git = GitRunner(directory: repository.root, driverCommand: repository.git.driverCommand, environment: environment)
        let read = git.run(["read-tree", merged])
        guard read.succeeded else { throw .git("git read-tree", GitMessage.reason(read.errors)) }
        let base = git.run(["merge-base", ours, theirs]).text
        for path in paths {
            let o = repository.blob(base, path), a = repository.blob(ours, path), b = repository.blob(theirs, path)
            if keepBoth.contains(path), o == nil, let a, let b {
                let both = KeepBoth(repository: repository, index: git, base: base, ours: ours, theirs: theirs, merged: merged)
                renamed[path] = try both.apply(path, ours: a, theirs: b)
                continue
            }
            guard let resolved = (choose(path) ?? .mine).resolve(base: o, ours: a, theirs: b) else {
                git.run(["update-index", "--force-remove", "--", path])
                continue
            }
            let bytes = values[path].map { TypedValues.apply($0, to: resolved, base: o, ours: a, theirs: b) } ?? resolved
            try KeepBoth.stage(bytes, at: path, git)
        }
        let tree = git.run(["write-tree"])
        guard tree.succeeded else { throw .git("git write-tree", GitMessage.reason(tree.errors)) }
        return tree.text
    }

    /// The file's resolved bytes; nil: the file is deleted.
    func resolve(base: [UInt8]?, ours: [UInt8]?, theirs: [UInt8]?) -> [UInt8]? {
        let (kept, other) = self == .mine ? (ours, theirs) : (theirs, ours)
        guard let kept, let other else { return kept }
        let text = { (bytes: [UInt8]?) in String(decoding: bytes ?? [], as: UTF8.self) }
        // Merging with the kept side as "ours" keeps its value at every conflicting key.
        guard let outcome = try? TOMLMerge().merge(base: text(base), ours: text(kept), theirs: text(other)) else { return kept }
        return Array(outcome.text.utf8)
    }
}
