import Foundation
import VisitDeskDomain
import VisitDeskStore

/// One sync: commit pending hand edits, fetch, merge, push. The merge is computed with
/// `git merge-tree --write-tree` without touching the files and checked out only when clean;
/// a rejected push fetches and tries again; there is no force push and no rebase.
public struct SyncEngine {
    let git: GitRunner
    let identity: Identity
    var repository: GitRepository { GitRepository(git: git) }
    var attempts = 3
    /// How a conflict is settled: nil leaves it (the sync stops and reports it).
    let resolution: ConflictResolution?
    /// A side per conflicting file (the conflict inbox); wins over `resolution` for its paths.
    /// A merge is settled only when every conflicting file has a side.
    let choices: [String: ConflictResolution]
    /// Records created on both sides with one id that keep both (the later one renamed).
    let keepBoth: Set<String>
    /// Values typed in the inbox for a file's conflicting keys (by path, then key), written over the side.
    let values: [String: [String: String]]

    /// Called just before incoming commits are checked out, with how many and by whom (0: they
    /// were not, after all): the dashboard's watcher reloads within 50 ms of the files changing
    /// and wants to say whose they are.
    let onReceived: (@Sendable (Int, [String]) -> Void)?
    /// Whether the sync commits pending hand edits first (`visitdesk sync`); the dashboard
    /// leaves them to its `HandEditCommitter`, which waits until a file has been quiet.
    let commitsHandEdits: Bool

    public init(
        git: GitRunner, identity: Identity, resolution: ConflictResolution? = nil, choices: [String: ConflictResolution] = [:],
        keepBoth: Set<String> = [], values: [String: [String: String]] = [:], commitsHandEdits: Bool = true, onReceived: (@Sendable (Int, [String]) -> Void)? = nil
    ) {
        self.keepBoth = keepBoth
        self.values = values
        self.git = git
        self.identity = identity
        self.resolution = resolution
        self.choices = choices
        self.commitsHandEdits = commitsHandEdits
        self.onReceived = onReceived
    }

    public func sync() throws(SyncFailure) -> SyncReport {
        var report = SyncReport()
        guard let top = repository.topLevel, ShareSetup.samePlace(top, git.directory) else { throw .notARepository(git.directory) }
        try Recovery(repository: repository).run(notes: &report.notes)
        guard let branch = repository.branch else { throw .detachedHead }
        if repository.registerDriver() { report.notes.append(Phrase("registered the merge driver in this clone's git config")) }
        ConflictCopies(repository: repository, choices: choices, resolution: resolution, values: values).mergeAll(into: &report)
        if commitsHandEdits {
            let pending = try StoreCommitter(git: git, identity: identity).commitHandEdits()
            report.committed = pending.committed
            report.heldBack = pending.heldBack
        }
        guard let remote = repository.remoteURL() else { throw .noRemote }
        let upstream = "refs/remotes/origin/\(branch)"

        for _ in 0..<attempts {
            let before = repository.commit(of: upstream)
            let fetch = git.run(["fetch", "--quiet", "--no-tags", "origin", "+refs/heads/\(branch):\(upstream)"])
            // An empty shared repository (or one without this branch yet) is not "offline": the push creates it.
            let branchMissing = fetch.errors.contains("couldn't find remote ref")
            guard fetch.succeeded || branchMissing else {
                report.offline = Phrase("cannot reach %s: %s", remote, GitMessage.reason(fetch.errors))
                report.waitingToSend = repository.commit(of: upstream) == nil ? repository.count("HEAD") : repository.count("\(upstream)..HEAD")
                return report
            }
            if let before, let now = repository.commit(of: upstream), !repository.isAncestor(before, of: now) {
                report.notes.append(Phrase("the shared repository's history was rewritten (a force push); your commits are kept and merged"))
            }
            if repository.commit(of: upstream) != nil {
                let incoming = repository.count("HEAD..\(upstream)")
                if incoming > 0 {
                    let authors = git.run(["log", "--no-merges", "--format=%an", "HEAD..\(upstream)"]).text.split(separator: "\n").map(String.init)
                    for author in authors where !report.receivedFrom.contains(author) { report.receivedFrom.append(author) }
                    // Said before the files change, so the reload the watcher triggers can name them.
                    onReceived?(authors.count, Array(Set(authors)).sorted())
                    let (head, tip) = (repository.commit(of: "HEAD"), repository.commit(of: upstream))
                    let conflicts = try integrate(upstream)
                    guard conflicts.isEmpty else {
                        onReceived?(0, [])
                        report.conflicts += conflicts
                        report.waitingToSend = repository.count("\(upstream)..HEAD")
                        report.waitingToReceive = incoming
                        return report
                    }
                    report.received += authors.count
                    if let head, let tip { report.arrivals.append(.init(from: head, to: tip)) }
                }
            }
            let outgoing = repository.commit(of: upstream) == nil ? repository.count("HEAD") : repository.count("\(upstream)..HEAD")
            guard outgoing > 0 else { return report }
            let push = git.run(["push", "--porcelain", "origin", "HEAD:refs/heads/\(branch)"])
            if push.succeeded {
                report.sent += outgoing
                git.run(["update-ref", upstream, "HEAD"])
                return report
            }
            let rejected = push.text.split(separator: "\n").contains { $0.hasPrefix("!") } || push.errors.contains("[rejected]")
            guard rejected else {
                report.offline = Phrase("cannot push to %s: %s", remote, GitMessage.reason(push.errors))
                report.waitingToSend = outgoing
                return report
            }
            // Someone pushed first: fetch their commits, merge, try again.
        }
        report.waitingToSend = repository.count("\(upstream)..HEAD")
        report.notes.append(Phrase("the shared repository kept changing while syncing; try again in a moment"))
        return report
    }

    /// Brings `upstream` into the branch: a fast-forward, or a merge commit built from
    /// merge-tree's tree. Returns the conflicts when the merge is not clean (nothing changed then).
    private func integrate(_ upstream: String) throws(SyncFailure) -> [FileConflict] {
        guard let head = repository.commit(of: "HEAD"), let theirs = repository.commit(of: upstream) else { return [] }
        if repository.isAncestor(head, of: theirs) { try apply(theirs); return [] }
        guard git.run(["merge-base", head, theirs]).succeeded else { throw .unrelatedHistories }
        let merge = git.run(["merge-tree", "--write-tree", "--name-only", "--no-messages", head, theirs])
        let lines = merge.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        switch merge.status {
        case 0:
            guard let tree = lines.first else { throw .git("git merge-tree", "no tree") }
            let message = CommitMessage.write("Merge changes from the shared repository", action: "merge", records: [])
            let commit = git.run(identity.gitSettings + ["commit-tree", tree, "-p", head, "-p", theirs, "-m", message])
            guard commit.succeeded else { throw .git("git commit-tree", GitMessage.reason(commit.errors)) }
            try apply(commit.text)
            return []
        case 1:
            let paths = Array(Set(lines.dropFirst().prefix { !$0.isEmpty })).sorted()
            let side = { (path: String) in choices[path] ?? resolution }
            guard let tree = lines.first, paths.allSatisfy({ side($0) != nil || keepBoth.contains($0) }) else {
                return ConflictDescriber(repository: repository).describe(paths, ours: head, theirs: theirs)
            }
            var renamed: [String: String] = [:]
            let resolved = try ConflictResolution.tree(
                merged: tree, paths: paths, choose: side, keepBoth: keepBoth, values: values, ours: head, theirs: theirs, repository: repository, renamed: &renamed)
            let sides = Set(paths.compactMap(side))
            let (subject, action): (String, String)
            if renamed.isEmpty, values.isEmpty, sides.count == 1, let only = sides.first {
                (subject, action) = ("Merge changes from the shared repository, keeping \(only.rawValue) where both changed a key", "resolve-\(only.rawValue)")
            } else {
                let name = { (path: String) in (path as NSString).lastPathComponent }
                let each = paths.map { path in
                    renamed[path].map { "\(name(path)) both (the later as \(name($0)))" }
                        ?? (values[path] != nil ? "\(name(path)) typed" : "\(name(path)) \(side(path)!.rawValue)")
                }.joined(separator: ", ")
                (subject, action) = ("Merge changes from the shared repository, keeping per file: \(each)", "resolve")
            }
            let message = CommitMessage.write(subject, action: action, records: paths + renamed.values.sorted())
            let commit = git.run(identity.gitSettings + ["commit-tree", resolved, "-p", head, "-p", theirs, "-m", message])
            guard commit.succeeded else { throw .git("git commit-tree", GitMessage.reason(commit.errors)) }
            try apply(commit.text)
            return []
        default:
            throw .git("git merge-tree", GitMessage.reason(merge.errors))
        }
    }

    /// Checks out `target`, a descendant of HEAD, as a fast-forward. A marker records the
    /// target first, so a crash in the middle is finished at the next start (`Recovery`).
    private func apply(_ target: String) throws(SyncFailure) {
        let marker = repository.gitDirectory + "/" + Recovery.markerName
        try? Data((target + "\n").utf8).write(to: URL(fileURLWithPath: marker))
        // VisitDesk's writes take these locks too: one waiting on them re-reads the file after
        // the checkout, and its compare-and-swap reports the change instead of overwriting it.
        let locks = [""] + RecordKind.allCases.map { "/" + $0.folder }
        let held = locks.map { FolderLock(git.directory + $0) }
        let forward = git.run(["merge", "--ff-only", "--quiet", "--no-verify", target])
        held.forEach { $0.release() }
        try? FileManager.default.removeItem(atPath: marker)
        guard forward.succeeded else {
            throw .blocked("the incoming changes touch files that were not committed (held back or edited meanwhile): \(GitMessage.reason(forward.errors)). Fix or commit them, then sync again")
        }
    }
}

/// Turns merge-tree's list of conflicted files into key-level conflicts with authors.
struct ConflictDescriber {
    let repository: GitRepository

    func describe(_ paths: [String], ours: String, theirs: String) -> [FileConflict] {
        let base = repository.git.run(["merge-base", ours, theirs]).text
        return paths.map { path in
            let (o, a, b) = (repository.blob(base, path), repository.blob(ours, path), repository.blob(theirs, path))
            var conflict = FileConflict(path: path, kind: "content")
            switch (o, a, b) {
            case (_?, nil, _?): conflict.kind = "deleted here, changed there"
            case (_?, _?, nil): conflict.kind = "changed here, deleted there"
            case (nil, _?, _?): conflict.kind = "added on both sides"
            default: break
            }
            if let a, let b, let outcome = try? TOMLMerge().merge(
                base: String(decoding: o ?? [], as: UTF8.self), ours: String(decoding: a, as: UTF8.self), theirs: String(decoding: b, as: UTF8.self)) {
                conflict.keys = outcome.conflicts
            }
            conflict.ourAuthor = author(ours, base: base, path: path)
            conflict.theirAuthor = author(theirs, base: base, path: path)
            return conflict
        }
    }

    private func author(_ tip: String, base: String, path: String) -> String? {
        let log = repository.git.run(["log", "-1", "--format=%an, %ad", "--date=format:%-d %b %H:%M", "\(base)..\(tip)", "--", path])
        return log.succeeded && !log.text.isEmpty ? log.text : nil
    }
}
