import Foundation
import TOMLDocument
import VisitDeskStore

/// A file that was not committed because it does not parse (or cannot be read): listed so the
/// person fixes it; it stays on disk as it is and is committed once it parses.
public struct HeldBackFile: Sendable, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var reason: String

    public var description: String {
        "\(path)\(line.map { ":\($0)" } ?? ""): \(reason) — not shared until it is fixed"
    }
}

/// Makes commits in the store: VisitDesk's own writes (one commit per undo step) and hand edits
/// (everything changed in the record folders that parses). Only store files are ever added.
public struct StoreCommitter: Sendable {
    let git: GitRunner
    let identity: Identity

    public init(git: GitRunner, identity: Identity) {
        self.git = git
        self.identity = identity
    }

    /// Whether a path is part of the shared store: records, settings, the holiday corrections,
    /// the letter templates and our two git files.
    static func isStoreFile(_ path: String) -> Bool {
        if [StoreLayout.settingsFile, "holidays.toml", ".gitignore", ".gitattributes"].contains(path) { return true }
        if path.hasPrefix("templates/"), path.hasSuffix(".mustache"), !path.dropFirst("templates/".count).contains("/") { return true }
        for kind in RecordKind.allCases where path.hasPrefix(kind.folder + "/") {
            let name = String(path.dropFirst(kind.folder.count + 1))
            if case .record = StoreLayout.role(ofFile: name, in: kind) { return true }
        }
        return false
    }

    /// Commits exactly `paths` (added, changed or deleted) with `message`; nothing when none of
    /// them changed. Returns the new commit, nil when there was nothing to commit.
    @discardableResult
    public func commit(paths: [String], message: String) throws(SyncFailure) -> String? {
        guard !paths.isEmpty else { return nil }
        // Paths go through standard input: a first commit of 10,000 records would not fit in argv.
        let list = Array(paths.joined(separator: "\0").utf8)
        let fromInput = ["--pathspec-from-file=-", "--pathspec-file-nul"]
        let add = git.run(["add", "--all"] + fromInput, input: list)
        guard add.succeeded else { throw .git("git add", GitMessage.reason(add.errors)) }
        let staged = Set(git.run(["diff", "--cached", "--name-only", "-z", "--no-renames"]).output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) })
        guard paths.contains(where: staged.contains) else { return nil }
        if staged.isSubset(of: Set(paths)), let made = commitIndex(message: message) { return made }
        let author = "--author=\(identity.name) <\(identity.email)>"
        let commit = git.run(identity.gitSettings + ["commit", "--quiet", "--no-verify", author, "-m", message, "--only"] + fromInput, input: list)
        guard commit.succeeded else { throw .git("git commit", GitMessage.reason(commit.errors + commit.text)) }
        return GitRepository(git: git).commit(of: "HEAD")
    }

    /// When the index holds nothing staged but the paths just added, it is the commit's tree:
    /// `write-tree`, `commit-tree`, `update-ref HEAD new old` (a compare-and-swap on HEAD).
    /// `commit --only` builds a second index and refreshes every entry of it — 10,000 stats, most
    /// of its 160 ms at 10,000 delegations; this takes about half (docs/performance.md). nil:
    /// not possible here (no commit yet, a conflicted index, HEAD moved), and `commit --only` runs.
    private func commitIndex(message: String) -> String? {
        guard let head = GitRepository(git: git).commit(of: "HEAD") else { return nil }
        let tree = git.run(["write-tree"])
        guard tree.succeeded, !tree.text.isEmpty else { return nil }
        // The coordinator is author and committer whatever GIT_AUTHOR_* the environment has.
        let who = GitRunner(directory: git.directory, driverCommand: git.driverCommand, environment: git.environment.merging([
            "GIT_AUTHOR_NAME": identity.name, "GIT_AUTHOR_EMAIL": identity.email,
            "GIT_COMMITTER_NAME": identity.name, "GIT_COMMITTER_EMAIL": identity.email,
        ]) { _, ours in ours })
        let commit = who.run(["commit-tree", tree.text, "-p", head, "-m", message])
        guard commit.succeeded, !commit.text.isEmpty else { return nil }
        let subject = message.prefix { $0 != "\n" }
        guard git.run(["update-ref", "-m", "commit: \(subject)", "HEAD", commit.text, head]).succeeded else { return nil }
        return commit.text
    }

    /// Store files changed outside VisitDesk (an editor, a script), split into those that parse
    /// (committed) and those that do not (held back, with the line). `only` limits it to those
    /// paths (the dashboard's quiet-period commits); nil looks at the whole store.
    public func commitHandEdits(summary: String? = nil, only: [String]? = nil) throws(SyncFailure) -> (committed: [String], heldBack: [HeldBackFile]) {
        if let only, only.isEmpty { return ([], []) }
        // Paths go through `--` as literal pathspecs: a file name never reads as a pattern.
        let limit = only.map { ["--"] + $0.map { ":(literal)" + $0 } } ?? []
        let status = git.run(["status", "--porcelain=v1", "-z", "--no-renames", "--untracked-files=all"] + limit)
        guard status.succeeded else { throw .git("git status", GitMessage.reason(status.errors)) }
        var ready: [String] = []
        var heldBack: [HeldBackFile] = []
        // A record with a sync tool's copy beside it waits: committing it would make it the
        // common ancestor of the copy's merge, and the copy would then win every key it changed.
        let awaitingCopy = Set(ConflictCopies.copies(in: git.directory).map(\.original))
        for entry in status.output.split(separator: 0) where entry.count > 3 {
            let path = String(decoding: entry.dropFirst(3), as: UTF8.self)
            guard Self.isStoreFile(path) else { continue }
            if awaitingCopy.contains(path) {
                heldBack.append(HeldBackFile(path: path, line: nil, reason: "a sync tool's copy of it waits in the conflict inbox (S)"))
                continue
            }
            let absolute = git.directory + "/" + path
            guard FileManager.default.fileExists(atPath: absolute) else {
                ready.append(path)
                continue
            }
            if let problem = Self.problem(in: absolute, path: path) { heldBack.append(problem) } else { ready.append(path) }
        }
        let message = summary.map { CommitMessage.write($0, action: "hand-edit", records: ready) } ?? CommitMessage.handEdits(ready)
        let committed = try commit(paths: ready, message: message) == nil ? [] : ready
        return (committed, heldBack)
    }

    /// Why a store file may not be committed, if it may not.
    static func problem(in absolute: String, path: String) -> HeldBackFile? {
        guard path.hasSuffix(".toml") else { return nil }
        let bytes: [UInt8]
        do { bytes = try FileIO.read(absolute) } catch {
            return HeldBackFile(path: path, line: nil, reason: error.description)
        }
        do { _ = try TOMLDocument(parsing: bytes) } catch {
            let markers = bytes.starts(with: Array("<<<<<<<".utf8)) || String(decoding: bytes, as: UTF8.self).contains("\n<<<<<<< ")
            let reason = markers ? "conflict markers left by a git merge: keep one side and delete the marker lines" : error.message
            return HeldBackFile(path: path, line: error.line, reason: reason)
        }
        return nil
    }
}

/// Commit messages say what happened in words, then trailers a program can read.
public enum CommitMessage {
    /// "Decline Qingdao Bank Managers: no host in March" plus `VisitDesk-Record:` per file and
    /// `VisitDesk-Action:`.
    public static func write(_ summary: String, action: String, records: [String]) -> String {
        // One line: a follow-up's text typed with line breaks cannot start the trailers early.
        var message = summary.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .joined(separator: " ")
        if message.isEmpty { message = "Change \(records.prefix(3).joined(separator: ", "))" }
        // A first commit of a whole store names its count, not 10,000 trailer lines.
        let named = records.count <= 20 ? records : []
        message += "\n\n" + named.map { "VisitDesk-Record: \($0)\n" }.joined()
        if named.count < records.count { message += "VisitDesk-Records: \(records.count) files\n" }
        return message + "VisitDesk-Action: \(action)\n"
    }

    static func handEdits(_ paths: [String]) -> String {
        let names = paths.map { ($0 as NSString).lastPathComponent }
        let shown = names.prefix(3).joined(separator: ", ") + (names.count > 3 ? " and \(names.count - 3) more" : "")
        return write("Edit \(shown) by hand", action: "hand-edit", records: paths)
    }
}
