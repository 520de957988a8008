import Dispatch
import Foundation

/// Commits hand edits (an editor, a script) while the dashboard runs: a changed store file is
/// committed once it has been quiet for `quiet` seconds — a script that rewrites a file ten times
/// makes one commit, an editor's save-by-rename one too — with the coordinator as author and a
/// message naming the file. A file that does not parse is held back (the store lists it as a
/// problem) and is committed when a later change makes it parse. Runs on the commits' serial
/// queue, after every step VisitDesk wrote before it: a file VisitDesk wrote itself is already
/// committed by then, so git sees nothing left to do for it.
public final class HandEditCommitter: @unchecked Sendable {
    private let committer: WriteCommitter
    private let quiet: TimeInterval
    private let now: @Sendable () -> TimeInterval
    private let onCommitted: @Sendable ([String]) -> Void
    private let lock = NSLock()
    /// When each path last changed (monotonic seconds); a path leaves once it has been looked at.
    private var lastChange: [String: TimeInterval] = [:]
    /// A whole-store look is owed (the watcher asked for a rescan, or the dashboard started).
    private var wholeStore = false
    private var checkScheduled = false
    private var heldBack: [HeldBackFile] = []

    /// - Parameter onCommitted: called on the git queue with the paths just committed (the
    ///   dashboard then syncs soon).
    public init(
        committer: WriteCommitter, quiet: TimeInterval = 3,
        onCommitted: @escaping @Sendable ([String]) -> Void = { _ in }
    ) {
        self.committer = committer
        self.quiet = quiet
        self.onCommitted = onCommitted
        now = { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }
    }

    /// The watcher saw these paths (relative to the store) change; anything that is not a store
    /// file (a temporary file, an editor's swap file) is ignored. `rescan`: look at the whole store.
    public func noticed(_ paths: some Sequence<String>, rescan: Bool = false) {
        let time = now()
        lock.lock()
        for path in paths where StoreCommitter.isStoreFile(path) { lastChange[path] = time }
        wholeStore = wholeStore || rescan
        let schedule = !checkScheduled && (!lastChange.isEmpty || wholeStore)
        if schedule { checkScheduled = true }
        lock.unlock()
        if schedule { scheduleCheck(after: quiet) }
    }

    /// Files the last look held back because they do not parse.
    public var heldBackFiles: [HeldBackFile] {
        lock.lock()
        defer { lock.unlock() }
        return heldBack
    }

    /// Waits for a look under way or queued before now.
    public func waitForIdle() { committer.queue.sync {} }

    /// Commits what is still within its quiet time, now (the dashboard is quitting: a file saved
    /// a second before `q` is committed by this session, not the next).
    public func commitPendingNow() {
        committer.queue.sync {
            lock.lock()
            for path in lastChange.keys { lastChange[path] = -quiet }
            lock.unlock()
            check()
        }
    }

    private func scheduleCheck(after delay: TimeInterval) {
        committer.queue.asyncAfter(deadline: .now() + max(0, delay)) { [weak self] in self?.check() }
    }

    /// Runs on the queue: commits the paths that have been quiet long enough, and comes back for
    /// the others when their quiet time is up.
    private func check() {
        let time = now()
        // (`commitPendingNow` dates pending paths back so they are due.)
        lock.lock()
        let due = lastChange.filter { time - $0.value >= quiet }.map(\.key).sorted()
        for path in due { lastChange[path] = nil }
        let everything = wholeStore && lastChange.isEmpty
        if everything { wholeStore = false }
        let next = lastChange.values.min().map { $0 + quiet - time }
        checkScheduled = next != nil || wholeStore
        lock.unlock()
        if let next { scheduleCheck(after: next) } else if wholeStore { scheduleCheck(after: quiet) }

        guard everything || !due.isEmpty else { return }
        let outcome = try? committer.committer.commitHandEdits(only: everything ? nil : due)
        lock.lock()
        let looked = Set(due)
        heldBack = (everything ? [] : heldBack.filter { !looked.contains($0.path) }) + (outcome?.heldBack ?? [])
        lock.unlock()
        if let committed = outcome?.committed, !committed.isEmpty { onCommitted(committed) }
    }
}
