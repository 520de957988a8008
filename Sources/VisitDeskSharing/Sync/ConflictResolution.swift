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
        try Self.tree(merged: merged, paths: paths, choose: { _ in self }, ours: ours, theirs: theirs, repository: repository)
    }

    /// The same with a side per path (the dashboard's conflict inbox settles file by file).
    static func tree(
        merged: String, paths: [String], choose: (String) -> ConflictResolution, ours: String, theirs: String, repository: GitRepository
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
            guard let bytes = choose(path).resolve(base: o, ours: a, theirs: b) else {
                git.run(["update-index", "--force-remove", "--", path])
                continue
            }
            let blob = git.run(["hash-object", "-w", "--stdin"], input: bytes)
            let update = git.run(["update-index", "--add", "--cacheinfo", "100644,\(blob.text),\(path)"])
            guard blob.succeeded, update.succeeded else { throw .git("git update-index", GitMessage.reason(blob.errors + update.errors)) }
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
