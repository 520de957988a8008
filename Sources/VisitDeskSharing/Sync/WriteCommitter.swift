import Foundation
import TOMLDocument

/// Commits VisitDesk's own writes: one commit per undo step (a bulk decline is one commit), with
/// the coordinator as author. Exists only for a store shared with `visitdesk share init/join`
/// (its `.gitattributes` names our driver) and a known identity; otherwise writes stay plain
/// file writes, as before. The dashboard commits on a serial queue so no frame waits for git.
public final class WriteCommitter: @unchecked Sendable {
    let committer: StoreCommitter
    /// The one serial queue every git call of the dashboard goes through (commits, then syncs).
    let queue = DispatchQueue(label: "visitdesk.git")
    private let lock = NSLock()
    private var failures: [String] = []

    /// - Parameter gitEnvironment: added to git's environment (tests isolate git's config with it).
    public static func forStore(
        _ root: String, environment: [String: String] = ProcessInfo.processInfo.environment, gitEnvironment: [String: String] = [:]
    ) -> WriteCommitter? {
        guard let attributes = FileManager.default.contents(atPath: root + "/.gitattributes"),
            String(decoding: attributes, as: UTF8.self).contains("merge=visitdesk-toml"),
            FileManager.default.fileExists(atPath: root + "/.git"),
            let identity = IdentityLookup.find(config: IdentityConfig(environment: environment), store: root) else { return nil }
        return WriteCommitter(StoreCommitter(git: GitRunner(directory: root, environment: gitEnvironment), identity: identity))
    }

    init(_ committer: StoreCommitter) { self.committer = committer }

    public var identity: Identity { committer.identity }

    /// Runs `read` on the git queue, after every commit handed over before it (a history read
    /// then includes the save just made).
    public func afterPendingCommits<T>(_ read: () -> T) -> T { queue.sync(execute: read) }

    /// One written step: the files (relative paths) with their bytes after the write (nil: deleted).
    public struct Step: Sendable {
        public var label: String
        public var action: String
        public var files: [(path: String, after: [UInt8]?)]

        public init(label: String, action: String, files: [(path: String, after: [UInt8]?)]) {
            self.label = label
            self.action = action
            self.files = files
        }

        /// "Decline Qingdao Bank Managers: no host in March": the label's verb, the record's
        /// title instead of its id, and the reason when the step closed or paused a request.
        public var summary: String {
            var text = WriteCommitter.imperative(label)
            let prefix = action == "save" ? "" : action.prefix(1).uppercased() + action.dropFirst() + " "
            if files.count == 1, let after = files[0].after, let document = try? TOMLDocument(parsing: after) {
                let id = ((files[0].path as NSString).lastPathComponent as NSString).deletingPathExtension
                if let title = document.value(at: ["title"])?.string ?? document.value(at: ["name"])?.string {
                    text = text.replacingOccurrences(of: id, with: title)
                }
                if let status = document.value(at: ["status"])?.string, ["on-hold", "declined", "cancelled"].contains(status),
                    let reason = document.value(at: ["reason"])?.string, !reason.isEmpty, action == "save" {
                    text += ": " + reason
                }
            }
            text = prefix + text
            return text.prefix(1).uppercased() + text.dropFirst()
        }
    }

    /// The dashboard and `set-status` label a step with the status it reached ("declined
    /// qingdao-bank"); a commit says what was done ("decline …").
    static func imperative(_ label: String) -> String {
        let verbs = ["new": "reopen", "reviewing": "review", "on-hold": "put on hold", "confirmed": "confirm",
                     "visited": "mark visited", "declined": "decline", "cancelled": "cancel"]
        guard let space = label.firstIndex(of: " "), let verb = verbs[String(label[..<space])] else { return label }
        return verb + label[space...]
    }

    /// Commits now; returns why not, when it could not.
    @discardableResult
    public func commit(_ step: Step) -> String? {
        let message = CommitMessage.write(step.summary, action: step.action, records: step.files.map(\.path))
        do {
            try committer.commit(paths: step.files.map(\.path), message: message)
            return nil
        } catch {
            return "not committed (the next sync commits it): \(error.description)"
        }
    }

    /// Commits on the serial queue, in the order the steps were written.
    public func commitInBackground(_ step: Step) {
        queue.async { [self] in
            if let failure = commit(step) {
                lock.lock()
                failures.append(failure)
                lock.unlock()
            }
        }
    }

    /// Waits for queued commits (before the process exits) and returns the failures seen.
    public func finish() -> [String] {
        queue.sync {}
        lock.lock()
        defer { lock.unlock() }
        return failures
    }
}
