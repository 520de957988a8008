import Foundation

/// The questions sync asks of a repository, each one git call with a plain answer.
struct GitRepository {
    let git: GitRunner
    var root: String { git.directory }

    /// `.git` of the store (a folder; a worktree's `.git` file is followed by git itself).
    var gitDirectory: String {
        let answer = git.run(["rev-parse", "--absolute-git-dir"])
        return answer.succeeded ? answer.text : root + "/.git"
    }

    /// The top of the work tree that contains the store, nil when the store is in no repository.
    var topLevel: String? {
        let answer = git.run(["rev-parse", "--show-toplevel"])
        return answer.succeeded ? answer.text : nil
    }

    /// The branch HEAD names; nil for a detached HEAD.
    var branch: String? {
        let answer = git.run(["symbolic-ref", "--quiet", "--short", "HEAD"])
        return answer.succeeded ? answer.text : nil
    }

    func commit(of revision: String) -> String? {
        let answer = git.run(["rev-parse", "--verify", "--quiet", revision + "^{commit}"])
        return answer.succeeded ? answer.text : nil
    }

    func isAncestor(_ ancestor: String, of descendant: String) -> Bool {
        git.run(["merge-base", "--is-ancestor", ancestor, descendant]).succeeded
    }

    func count(_ range: String) -> Int {
        Int(git.run(["rev-list", "--count", range]).text) ?? 0
    }

    func config(_ key: String) -> String? {
        let answer = git.run(["config", "--get", key])
        return answer.succeeded && !answer.text.isEmpty ? answer.text : nil
    }

    func remoteURL(_ name: String = "origin") -> String? { config("remote.\(name).url") }

    /// A file's bytes at a revision; nil when it does not exist there.
    func blob(_ revision: String, _ path: String) -> [UInt8]? {
        let answer = git.run(["cat-file", "blob", "\(revision):\(path)"])
        return answer.succeeded ? answer.output : nil
    }

    /// Registers the merge driver in the repository's own config, so plain `git merge` and
    /// `git pull` in this clone merge store files key by key too. Returns true when it was
    /// missing or pointed elsewhere (a clone made without VisitDesk, a moved binary).
    @discardableResult
    func registerDriver() -> Bool {
        guard let command = git.driverCommand else { return false }
        // `--local`: the pinned `-c` value would otherwise answer for the repository's file.
        let registered = git.run(["config", "--local", "--get", "merge.visitdesk-toml.driver"])
        guard !registered.succeeded || registered.text != command else { return false }
        git.run(["config", "merge.visitdesk-toml.name", "VisitDesk per-key TOML merge"])
        git.run(["config", "merge.visitdesk-toml.driver", command])
        return true
    }
}

/// git's messages, shortened to the line that says what happened and cleaned of anything a
/// terminal would interpret.
enum GitMessage {
    /// What came before git's first `fatal:`/`error:` line (ssh's own complaint, say) and that line:
    /// "ssh: connect to host … Connection refused; Could not read from remote repository."
    static func reason(_ errors: String) -> String {
        // By scalars: "\r\n" (ssh writes it) is one Character, which a split on "\n" would not cut.
        let lines = errors.unicodeScalars.split { $0 == "\n" || $0 == "\r" }.map { String(String.UnicodeScalarView($0)).trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("hint:") }
        let decisive = lines.firstIndex { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") }
        let chosen = decisive.map { Array(lines[...$0]) } ?? Array(lines.suffix(1))
        let text = chosen.map { $0.replacingOccurrences(of: "fatal: ", with: "").replacingOccurrences(of: "error: ", with: "") }
            .joined(separator: "; ")
        let clean = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }))
        return clean.isEmpty ? "git gave no reason" : clean
    }
}
