import Foundation
import VisitDeskDomain

/// Puts the repository back in a usable state after a crash: a stale `index.lock`, or one of
/// our merges stopped while it was updating the files.
struct Recovery {
    let repository: GitRepository
    /// A lock older than this was left by a process that died (git holds it for milliseconds).
    var staleAfter: TimeInterval = 10

    /// Written before a merge result is checked out, removed after: its presence at start means
    /// the checkout was interrupted.
    static let markerName = "visitdesk-applying"

    func run(notes: inout [Phrase]) throws(SyncFailure) {
        let gitDirectory = repository.gitDirectory
        let lock = gitDirectory + "/index.lock"
        if let attributes = try? FileManager.default.attributesOfItem(atPath: lock),
            let modified = attributes[.modificationDate] as? Date, Date().timeIntervalSince(modified) > staleAfter {
            try? FileManager.default.removeItem(atPath: lock)
            notes.append(Phrase("removed a stale index.lock left by an interrupted git command"))
        }
        let marker = gitDirectory + "/" + Self.markerName
        if let target = FileManager.default.contents(atPath: marker).map({ String(decoding: $0, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }) {
            try finish(target)
            try? FileManager.default.removeItem(atPath: marker)
            notes.append(Phrase("finished a merge that was interrupted while updating the files"))
        }
        if FileManager.default.fileExists(atPath: gitDirectory + "/MERGE_HEAD") { throw .mergeInProgress }
    }

    /// Moves the branch to the merge commit and brings every file that still has the old
    /// version up to it. A file that matches neither version was edited meanwhile and is left
    /// as it is (the next sync commits it as a hand edit).
    private func finish(_ target: String) throws(SyncFailure) {
        let git = repository.git
        guard repository.commit(of: target) != nil, let head = repository.commit(of: "HEAD"), head != target else { return }
        guard repository.isAncestor(head, of: target), let branch = repository.branch else { return }
        let changed = git.run(["diff", "--name-only", "-z", "--no-renames", head, target]).output
            .split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        let move = git.run(["update-ref", "refs/heads/\(branch)", target, head])
        guard move.succeeded else { throw .git("git update-ref", GitMessage.reason(move.errors)) }
        git.run(["reset", "--quiet", "--mixed"])
        var stale: [String] = []
        var gone: [String] = []
        for path in changed {
            let disk = FileManager.default.contents(atPath: git.directory + "/" + path).map { [UInt8]($0) }
            let old = repository.blob(head, path)
            let new = repository.blob(target, path)
            guard disk != new, disk == old else { continue }
            if new == nil { gone.append(path) } else { stale.append(path) }
        }
        if !stale.isEmpty { git.run(["checkout", "--quiet", target, "--"] + stale) }
        for path in gone { try? FileManager.default.removeItem(atPath: git.directory + "/" + path) }
    }
}
