import Foundation

/// `share init` and `share join`: a store becomes a git repository (or an existing one is
/// adopted), gets the ignore and attribute files and the merge driver, and meets its remote.
public struct ShareSetup {
    let environment: [String: String]
    let driverCommand: String?

    public init(environment: [String: String] = [:], driverCommand: String? = GitRunner.defaultDriverCommand) {
        self.environment = environment
        self.driverCommand = driverCommand
    }

    /// What git must not share: exports (derived), our temporary files, editor leftovers, sync tools' copies.
    static let ignoreLines = [
        "# Written by VisitDesk: derived files, temporary files and other tools' leftovers are not shared.",
        "/export/", ".visitdesk-tmp-*", "*.swp", "*~", "#*#", ".#*",
        "*.sync-conflict-*", "* (conflicted copy*", ".stfolder", ".stversions/",
    ]
    static let attributeLines = [
        "# Written by VisitDesk: store files merge key by key and keep LF line ends on every machine.",
        "*.toml merge=visitdesk-toml", "* text=auto eol=lf",
    ]

    public struct Report: Sendable {
        public var adopted = false
        public var committed = false
        public var pushedTo: String?
        public var heldBack: [HeldBackFile] = []
    }

    /// Shares the store at `root`; with `remote`, pushes it to that empty repository.
    public func initialize(store root: String, remote: String?, identity: Identity) throws(SyncFailure) -> Report {
        let git = GitRunner(directory: root, driverCommand: driverCommand, environment: environment)
        let repository = GitRepository(git: git)
        var report = Report()
        if let top = repository.topLevel {
            guard Self.samePlace(top, root) else { throw .insideAnotherRepository(store: root, repository: top) }
            report.adopted = true
        } else {
            let made = git.run(["init", "--quiet", "--initial-branch=main"])
            guard made.succeeded else { throw .git("git init", GitMessage.reason(made.errors)) }
        }
        guard repository.branch != nil else { throw .detachedHead }
        Self.appendMissing(Self.ignoreLines, to: root + "/.gitignore")
        Self.appendMissing(Self.attributeLines, to: root + "/.gitattributes")
        repository.registerDriver()
        let committer = StoreCommitter(git: git, identity: identity)
        let pending = try committer.commitHandEdits(summary: "Share the store")
        report.heldBack = pending.heldBack
        report.committed = !pending.committed.isEmpty
        if let remote {
            try connect(repository, to: remote)
            report.pushedTo = remote
        }
        return report
    }

    /// Clones `url` into `directory` (which must not exist or be empty) and registers the driver.
    public func join(url: String, directory: String, identity: Identity) throws(SyncFailure) -> Report {
        let parent = (directory as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: parent.isEmpty ? "." : parent, withIntermediateDirectories: true)
        let git = GitRunner(directory: parent.isEmpty ? FileManager.default.currentDirectoryPath : parent, driverCommand: driverCommand, environment: environment)
        let clone = git.run(["clone", "--quiet", "--origin", "origin", "--", url, directory])
        guard clone.succeeded else { throw .unreachable(url, GitMessage.reason(clone.errors)) }
        let inStore = GitRunner(directory: directory, driverCommand: driverCommand, environment: environment)
        let repository = GitRepository(git: inStore)
        repository.registerDriver()
        try checkOutSharedBranch(repository)
        var report = Report()
        // A store shared by plain git before: give it our attribute and ignore lines.
        let changedIgnore = Self.appendMissing(Self.ignoreLines, to: directory + "/.gitignore")
        let changedAttributes = Self.appendMissing(Self.attributeLines, to: directory + "/.gitattributes")
        if changedIgnore || changedAttributes {
            let message = CommitMessage.write("Merge store files key by key (VisitDesk)", action: "share", records: [".gitignore", ".gitattributes"])
            report.committed = try StoreCommitter(git: inStore, identity: identity).commit(paths: [".gitignore", ".gitattributes"], message: message) != nil
        }
        return report
    }

    /// Adds `origin` and pushes the branch to it; refuses a remote that already has commits
    /// this store does not (another store, or someone else's work).
    private func connect(_ repository: GitRepository, to remote: String) throws(SyncFailure) {
        let git = repository.git
        let heads = git.run(["ls-remote", "--heads", "--", remote])
        guard heads.succeeded else { throw .unreachable(remote, GitMessage.reason(heads.errors)) }
        for line in heads.text.split(separator: "\n") {
            let commit = String(line.prefix { $0 != "\t" })
            guard repository.commit(of: commit) != nil, repository.isAncestor(commit, of: "HEAD") else {
                throw .remoteNotEmpty(remote)
            }
        }
        let existing = repository.remoteURL()
        let set = git.run(existing == nil ? ["remote", "add", "origin", remote] : ["remote", "set-url", "origin", remote])
        guard set.succeeded else { throw .git("git remote", GitMessage.reason(set.errors)) }
        guard let branch = repository.branch else { throw .detachedHead }
        let push = git.run(["push", "--quiet", "--set-upstream", "origin", "HEAD:refs/heads/\(branch)"])
        guard push.succeeded else { throw .unreachable(remote, GitMessage.reason(push.errors)) }
    }

    /// A repository whose HEAD names a branch nobody pushed (a bare repository made with git's
    /// old default `master`, then pushed `main`) clones with nothing checked out: take `main`,
    /// else the only branch there is.
    private func checkOutSharedBranch(_ repository: GitRepository) throws(SyncFailure) {
        guard repository.commit(of: "HEAD") == nil else { return }
        let branches = repository.git.run(["for-each-ref", "--format=%(refname:lstrip=3)", "refs/remotes/origin/"]).text
            .split(separator: "\n").map(String.init).filter { $0 != "HEAD" }
        guard let branch = branches.contains("main") ? "main" : branches.first else { return }
        let checkout = repository.git.run(["checkout", "--quiet", "-B", branch, "--track", "origin/\(branch)"])
        guard checkout.succeeded else { throw .git("git checkout", GitMessage.reason(checkout.errors)) }
    }

    /// Adds the lines a file lacks, keeping what a person wrote there. True when it changed.
    @discardableResult
    static func appendMissing(_ lines: [String], to path: String) -> Bool {
        let existing = FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let present = Set(existing.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = lines.filter { !present.contains($0) && !$0.hasPrefix("#") }
        guard !missing.isEmpty else { return false }
        var text = existing
        if !text.isEmpty, !text.hasSuffix("\n") { text += "\n" }
        if !present.contains(lines[0]) { text += lines[0] + "\n" }
        text += missing.joined(separator: "\n") + "\n"
        return (try? Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)) != nil
    }

    static func samePlace(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).resolvingSymlinksInPath().path == URL(fileURLWithPath: b).resolvingSymlinksInPath().path
    }
}
