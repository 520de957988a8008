import Foundation
import VisitDeskStore

/// "Keep both" for a record created with the same id on two machines (both titled "Qingdao Bank
/// Managers"): the one created first keeps the id, the later one is kept under the first free
/// `<id>-2`, `<id>-3`… For a contact, the delegations that only the later side wrote point at
/// the new id (they were written about that person); files both sides touched keep the id, as
/// nobody can tell whom they mean. All of it goes into the merge's tree, so it is one commit.
struct KeepBoth {
    let repository: GitRepository
    /// git on the temporary index the merge's tree is built in.
    let index: GitRunner
    let base: String
    let ours: String
    let theirs: String
    /// merge-tree's tree: which names are taken.
    let merged: String

    /// Stages both versions; returns the later one's new path.
    func apply(_ path: String, ours a: [UInt8], theirs b: [UInt8]) throws(SyncFailure) -> String {
        let theirsIsLater = created(path, on: theirs) >= created(path, on: ours)
        let (earlier, later, laterTip, earlierTip) = theirsIsLater ? (a, b, theirs, ours) : (b, a, ours, theirs)
        let folder = (path as NSString).deletingLastPathComponent
        let id = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let newID = freeID(id, folder: folder)
        let newPath = "\(folder)/\(newID).toml"
        try Self.stage(earlier, at: path, index)
        try Self.stage(later, at: newPath, index)
        if folder == RecordKind.contact.folder {
            let laterOnly = Set(written(on: laterTip)).subtracting(written(on: earlierTip))
            for file in laterOnly.sorted() {
                guard let bytes = repository.blob(merged, file) else { continue }
                let delegation = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
                if let rewritten = ReferenceRewrite.delegation(bytes, id: delegation, replacingContact: id, with: newID) {
                    try Self.stage(rewritten, at: file, index)
                }
            }
        }
        return newPath
    }

    /// When `path` was first added on the side ending at `tip` (seconds; 0 when unknown).
    private func created(_ path: String, on tip: String) -> Int {
        let log = repository.git.run(["log", "--diff-filter=A", "--format=%ct", "\(base)..\(tip)", "--", path])
        return log.text.split(separator: "\n").last.flatMap { Int($0) } ?? 0
    }

    /// Delegation files a side added or changed since the common ancestor.
    private func written(on tip: String) -> [String] {
        repository.git.run(["diff", "--name-only", "--no-renames", base, tip, "--", RecordKind.delegation.folder + "/"])
            .text.split(separator: "\n").map(String.init)
    }

    private func freeID(_ id: String, folder: String) -> String {
        var number = 2
        while [merged, ours, theirs].contains(where: { repository.blob($0, "\(folder)/\(id)-\(number).toml") != nil }) { number += 1 }
        return "\(id)-\(number)"
    }

    /// Puts `bytes` at `path` in the temporary index.
    static func stage(_ bytes: [UInt8], at path: String, _ git: GitRunner) throws(SyncFailure) {
        let blob = git.run(["hash-object", "-w", "--stdin"], input: bytes)
        let update = git.run(["update-index", "--add", "--cacheinfo", "100644,\(blob.text),\(path)"])
        guard blob.succeeded, update.succeeded else { throw .git("git update-index", GitMessage.reason(blob.errors + update.errors)) }
    }
}
