import Foundation
import VisitDeskDomain

/// The dashboard's sync: every `interval` seconds and shortly after each commit, on the same
/// serial queue as the commits, so it never blocks a key and never races our own commits. The
/// files a merge brings in reach the screen the ordinary way (the store watcher sees them);
/// `takeAnnouncement` gives the status bar "2 changes from Jiaman" once.
public final class BackgroundSync: @unchecked Sendable {
    private let committer: WriteCommitter
    private var engine: SyncEngine!
    private var onReceived: (@Sendable (Int, [String]) -> Void)!
    private let lock = NSLock()
    private var timer: DispatchSourceTimer?
    private var soonPending = false
    private var latest: SyncReport?
    private var announcement: Phrase?
    /// Syncs are numbered as they start; `announcedBy` is the one whose changes are arriving.
    private var started = 0
    private var finished = 0
    private var finishedAt: Date?
    private var announcedBy: Int?
    private var lastStatusTaken: Phrase?
    private var reached: Date?
    /// Every range of commits that arrived in this session, oldest first.
    private var arrivals: [SyncReport.Arrival] = []
    private var listener: (@Sendable () -> Void)?

    private let commitsHandEdits: Bool

    /// nil when the store has no remote to sync with. `commitsHandEdits`: false when a
    /// `HandEditCommitter` commits them after their quiet time (the dashboard).
    public init?(committer: WriteCommitter, commitsHandEdits: Bool = true) {
        let git = committer.committer.git
        guard GitRepository(git: git).remoteURL() != nil else { return nil }
        self.committer = committer
        self.commitsHandEdits = commitsHandEdits
        onReceived = { [weak self] count, authors in self?.announce(count, from: authors) }
        engine = SyncEngine(git: git, identity: committer.identity, commitsHandEdits: commitsHandEdits, onReceived: onReceived)
    }

    private func announce(_ count: Int, from authors: [String]) {
        lock.lock()
        announcement = count == 0 ? nil : Phrase.plural(count, "%d change from %s", "%d changes from %s", authors.joined(separator: ", "))
        announcedBy = count == 0 ? nil : started
        lock.unlock()
    }

    public func start(every interval: TimeInterval) {
        let timer = DispatchSource.makeTimerSource(queue: committer.queue)
        // The first sync soon after start, so the status bar's indicator is there at once.
        timer.schedule(deadline: .now() + min(interval, 2), repeating: interval, leeway: .milliseconds(500))
        timer.setEventHandler { [weak self] in self?.runNow() }
        timer.resume()
        self.timer = timer
    }

    public func stop() {
        timer?.cancel()
        timer = nil
    }

    /// A sync two seconds from now (after a commit); repeated calls before it runs fold into one.
    public func syncSoon() {
        lock.lock()
        let already = soonPending
        soonPending = true
        lock.unlock()
        guard !already else { return }
        committer.queue.asyncAfter(deadline: .now() + 2) { [weak self] in self?.runNow() }
    }

    /// A sync now, on the queue; `done` runs there when it has finished.
    public func syncNow(then done: @escaping @Sendable () -> Void = {}) {
        committer.queue.async { [weak self] in
            self?.runNow()
            done()
        }
    }

    /// Merges again with a side per conflicting file (the conflict inbox), commits and pushes;
    /// files not named stay in conflict (and then nothing is merged).
    public func settle(
        _ choices: [String: ConflictResolution], keepBoth: Set<String> = [], values: [String: [String: String]] = [:],
        then done: @escaping @Sendable () -> Void = {}
    ) {
        committer.queue.async { [weak self] in
            guard let self else { return done() }
            let settling = SyncEngine(
                git: committer.committer.git, identity: committer.identity, choices: choices, keepBoth: keepBoth, values: values,
                commitsHandEdits: commitsHandEdits,
                onReceived: onReceived)
            self.runNow(settling)
            done()
        }
    }

    /// The files the last sync left in conflict.
    public var conflicts: [FileConflict] {
        lock.lock()
        defer { lock.unlock() }
        return latest?.conflicts ?? []
    }

    /// Runs on the queue.
    private func runNow(_ engine: SyncEngine? = nil) {
        lock.lock()
        soonPending = false
        started += 1
        lock.unlock()
        let report: SyncReport
        do { report = try (engine ?? self.engine).sync() } catch {
            var failed = SyncReport()
            failed.failure = error.description
            record(failed)
            return
        }
        record(report)
    }

    private func record(_ report: SyncReport) {
        lock.lock()
        latest = report
        finished = started
        finishedAt = Date()
        arrivals += report.arrivals
        if report.offline == nil, report.failure == nil { reached = Date() }
        let listener = self.listener
        lock.unlock()
        listener?()
    }

    /// `listener` runs on the git queue after every sync (the status bar's indicator follows).
    public func onEachSync(_ listener: @escaping @Sendable () -> Void) {
        lock.lock()
        self.listener = listener
        lock.unlock()
    }

    /// The last sync's whole report; nil before the first.
    public var latestReport: SyncReport? {
        lock.lock()
        defer { lock.unlock() }
        return latest
    }

    /// The records colleagues' commits changed in this session, newest first (read from git on
    /// the queue, after the commits and syncs queued before it).
    public func arrivedChanges() -> [ArrivedChange] {
        committer.queue.sync {
            lock.lock()
            let ranges = arrivals
            lock.unlock()
            return ArrivedChanges(git: committer.committer.git).read(ranges)
        }
    }

    /// When a sync last reached the shared repository in this session.
    public var lastReached: Date? {
        lock.lock()
        defer { lock.unlock() }
        return reached
    }

    /// The last sync's outcome ("offline · 3 to send", "1 file in conflict", "up to date").
    public var status: Phrase? {
        lock.lock()
        defer { lock.unlock() }
        return latest?.summaryPhrase
    }

    /// The last sync's outcome when it differs from the one taken before ("offline · 3 to send",
    /// then "1 sent" once the hub is back); nil when nothing changed or nothing ran yet.
    public func takeStatusChange() -> Phrase? {
        lock.lock()
        defer { lock.unlock() }
        guard let now = latest?.summaryPhrase, now != lastStatusTaken else { return nil }
        lastStatusTaken = now
        return now
    }

    /// "2 changes from Jiaman", once per sync that brought changes.
    public func takeAnnouncement() -> Phrase? {
        lock.lock()
        defer { lock.unlock() }
        let text = announcement
        announcement = nil
        announcedBy = nil
        return text
    }

    /// Where the syncs stand, for `ScheduleNews`: the sync whose changes are being written
    /// (until its announcement is taken), how many have finished and when the last did.
    public struct Progress: Sendable {
        public var incoming: Int?
        public var finished: Int
        public var finishedAt: Date?

        public init(incoming: Int? = nil, finished: Int = 0, finishedAt: Date? = nil) {
            self.incoming = incoming
            self.finished = finished
            self.finishedAt = finishedAt
        }
    }

    public var progress: Progress {
        lock.lock()
        defer { lock.unlock() }
        return Progress(incoming: announcement == nil ? nil : announcedBy, finished: finished, finishedAt: finishedAt)
    }

    /// Waits for a sync under way (before the process exits).
    public func waitForIdle() { committer.queue.sync {} }
}
