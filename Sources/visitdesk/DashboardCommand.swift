import ArgumentParser
import Dispatch
import Foundation
import VisitDeskDomain
import VisitDeskRuntime
import VisitDeskSharing
import VisitDeskStore
import VisitDeskUI

struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dashboard",
        abstract: l10n.text("Open the dashboard (the default when no subcommand is given).")
    )

    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp(l10n.text("Theme name: default-dark, light, high-contrast, colour-blind-safe, or one of your own."))) var theme: String?
    // Declared for --help and completions; `CLILanguage` takes the value off the command line before
    // parsing (every command accepts it), so it arrives as `CLILanguage.flag`.
    @Option(help: ArgumentHelp(l10n.text("Language of the dashboard: en, sv or zh (default: config.toml's `language`, else LC_ALL / LC_MESSAGES / LANG)."))) var language: String?

    func run() throws {
        // Before any thread exists (the store loads in parallel): signals must reach the loop's
        // signalfd, not kill the process with the terminal still in raw mode.
        SignalMask.block(SignalMask.dashboard)
        MallocTuning.configure()
        // The config file gives defaults for what the flags leave open; its problems never stop
        // the dashboard (they go to stderr and the status bar, and the defaults stay).
        let config = UserConfig.load()
        let library = ThemeLibrary()
        let (keymap, configProblems) = config.keymap(themes: library.names)
        for problem in configProblems { FileHandle.standardError.write(Data("visitdesk: \(problem)\n".utf8)) }
        var options = self.options
        if options.store == nil, ProcessInfo.processInfo.environment["VISITDESK_STORE"] == nil { options.store = config.store }
        // Only a person at a terminal gets the demo store made for them on a first start. From
        // 2,000 records the first frame comes from the start-up cache, checked after it
        // (`VISITDESK_CHECK_FIRST`: check before drawing, as before issue 21 — the benchmark's
        // "before"; `VISITDESK_DRAW_FIRST_FROM=N`: another size, for tests).
        let environment = ProcessInfo.processInfo.environment
        let drawFirstFrom = environment["VISITDESK_CHECK_FIRST"] != nil ? nil : Int(environment["VISITDESK_DRAW_FIRST_FROM"] ?? "") ?? RecordStore.drawFirstFromRecords
        let store = try options.openStore(rememberForNextStart: false, createDemoIfMissing: isatty(0) == 1 && isatty(1) == 1, drawFirstFrom: drawFirstFrom)
        let settings = store.catalog.settings
        let today = try options.todayDate(timeZone: settings.timezone)
        if let theme, !library.names.contains(theme) {
            throw ValidationError(l10n.format("--theme %s: no such theme (themes: %s)", theme, library.names.joined(separator: ", ")))
        }
        // `--language` is taken off the command line before parsing (every command has it): CLILanguage.
        let language = self.language ?? CLILanguage.flag
        if let problem = language.flatMap({ Language.resolve(configured: $0, environment: [:]).problem }) {
            throw ValidationError(l10n.format("--language: %s", problem))
        }
        let startMessage = configProblems.first.map { "\($0) (visitdesk config check lists all)" }
        let theme = self.theme ?? config.theme(among: library.names)
        let watcher: StoreWatcher
        // A start drawn from the cache watches the folders after its first frame (hooks()).
        do { watcher = try StoreWatcher(root: store.root, attach: !store.isCheckingStartup) } catch {
            throw CLIError(l10n.format("cannot watch the store: %s", error.description))
        }
        // The first state is built in a scope of its own: a copy left in this frame would keep
        // the first catalog and its index alive for as long as the dashboard runs (at 10,000
        // delegations, 3.4 MB of records besides the index), after every change replaced them.
        let wiring: DashboardWiring
        let session: DashboardSession
        do {
            var state = AppState(
                catalog: store.catalog, size: TerminalSize(width: 80, height: 24), today: today,
                themeNames: library.names, themeIndex: library.names.firstIndex(of: theme ?? "") ?? 0
            )
            state.todayFollowsClock = options.today == nil && config.todayFollowsClock != false
            state.language = config.language(flag: language)
            state.useKeymap(keymap)
            if let startMessage { _ = update(&state, .message(startMessage)) }
            if store.isReadOnly { state.markStoreReadOnly() }
            if store.isCheckingStartup { state.beginStartupCheck(contactsFollow: store.contactsFollowCheck) }
            wiring = DashboardWiring(store: store, watcher: watcher, library: library)
            state.letterTemplates = wiring.templates
            state.storeIsShared = wiring.commits != nil
            // `owner:me`: the shared store's committer, else config.toml's [identity] (no git call here).
            if let identity = wiring.commits?.identity ?? IdentityConfig().identity {
                state.me = Coordinator(name: identity.name, email: identity.email)
            }
            session = DashboardSession(state: state, hooks: wiring.hooks(), clock: ClockReader(settings: settings))
        }
        wiring.feed.refresh(store.catalog, storeRoot: store.root)
        let end = try session.run()
        wiring.feed.wait()
        wiring.sync?.stop()
        wiring.handEdits?.commitPendingNow()
        for failure in wiring.commits?.finish() ?? [] { printProblem(failure) }
        // Remember what changed while the dashboard ran, for a fast next start.
        store.cacheSnapshot()?.write()
        if case .signal(let signal) = end { throw ExitCode(128 + signal) }
    }
}

/// Connects the store and its watcher to the dashboard session's hooks.
final class DashboardWiring {
    let store: RecordStore
    let watcher: StoreWatcher
    let library: ThemeLibrary
    let feed = FeedWriter()
    /// Commits each written step when the store is shared (nil otherwise): see WriteCommits.
    let commits: WriteCommitter?
    /// Fetch, merge, push in the background when the store has a remote (nil otherwise).
    let sync: BackgroundSync?
    /// Commits hand edits once a file has been quiet for a few seconds (shared stores only).
    let handEdits: HandEditCommitter?
    private var pending = WatchBatch()
    /// Double bookings a background merge brought, compared over every reload it spans.
    private var scheduleNews = ScheduleNews()
    /// The letter templates as last read, to tell an edit from a touch.
    private(set) var templates: [String: String]

    init(store: RecordStore, watcher: StoreWatcher, library: ThemeLibrary) {
        self.store = store
        self.watcher = watcher
        self.library = library
        templates = StoreTemplates.texts(root: store.root)
        let commits = WriteCommitter.forStore(store.root)
        let sync = commits.flatMap { BackgroundSync(committer: $0, commitsHandEdits: false) }
        self.commits = commits
        self.sync = sync
        let quiet = Double(ProcessInfo.processInfo.environment["VISITDESK_HAND_EDIT_SECONDS"] ?? "") ?? 3
        handEdits = commits.map { HandEditCommitter(committer: $0, quiet: quiet, onCommitted: { _ in sync?.syncSoon() }) }
        // Hand edits made while the dashboard was closed are committed like any other.
        handEdits?.noticed([], rescan: true)
        sync?.start(every: Double(ProcessInfo.processInfo.environment["VISITDESK_SYNC_SECONDS"] ?? "") ?? 60)
    }

    func hooks() -> StoreHooks {
        var hooks = StoreHooks(
            watchFD: watcher.fileDescriptor,
            onWatchReadable: { [unowned self] in pending.merge(watcher.drain()) },
            reload: { [unowned self] in
                // Changes seen while the start-up check runs wait for it (finishStartupCheck).
                guard !store.isCheckingStartup else { return [] }
                let batch = pending
                pending = WatchBatch()
                handEdits?.noticed(batch.paths, rescan: batch.needsRescan)
                var actions = templatesChanged(batch).map { [$0] } ?? []
                // The schedule checks run again after a merge: what the screen held before it.
                if let progress = sync?.progress {
                    scheduleNews.beforeReload(store.catalog.delegations, progress: progress, now: Date())
                }
                guard let change = store.apply(batch) else { return actions }
                feed.refresh(store.catalog, storeRoot: store.root, changedPaths: change.changedPaths)
                // Files a background merge brought in: say whose changes they are, and the key
                // that lists them.
                let fromSync = sync?.takeAnnouncement()
                var summary = fromSync.map { Phrase("%s (I) · %s", $0, change.phrase) } ?? change.phrase
                if scheduleNews.isOpen {
                    let news = scheduleNews.afterReload(store.catalog.delegations)
                    summary = Self.newSinceTheSync(news, in: store.catalog).map { Phrase("%s · %s", $0, summary) } ?? summary
                }
                actions.append(.catalogReplaced(store.catalog, summary: summary))
                return actions
            },
            perform: { [unowned self] effect in
                performTriage(effect) ?? ClipboardEffect.perform(effect) ?? []
            },
            theme: { [unowned self] name in library.load(name) }
        )
        // Documents (a PDF engine takes seconds), mail and the report's git history are made off
        // the main loop, from the catalog on screen when the key was pressed.
        hooks.background = { [unowned self] effect in
            DocumentFileEffect.job(effect, storeRoot: store.root, catalog: store.catalog) ?? MailEffect.job(effect, catalog: store.catalog)
                ?? syncJob(effect) ?? arrivalsJob(effect) ?? historyJob(effect) ?? StatusHistoryEffect.job(effect, storeRoot: store.root)
        }
        hooks.needsTerminal = { effect in
            switch effect {
            case .openInEditor, .openFileInEditor: true
            default: false
            }
        }
        // The background sync's state in the status bar when it changes: "offline · 3 to send".
        hooks.everyMinute = { [unowned self] in syncReportIfChanged() }
        hooks.afterFirstFrame = { [unowned self] in watcher.attach() }
        if let check = store.startupCheck() {
            let job = StartupCheckJob(check)
            hooks.startupCheck = (check: { job.run() }, finish: { [unowned self] in finishStartupCheck(job.takeOutcome()) })
        }
        if let sync {
            let timezone = store.catalog.settings.timezone
            hooks.connect = { post in Self.connect(sync, timezone: timezone, post: post) }
        }
        return hooks
    }

    /// A host or place double-booked because two coordinators each booked it: first in the
    /// status bar after the sync that brought the other booking ("new since the sync: …").
    static func newSinceTheSync(_ new: [ScheduleConflict], in catalog: Catalog) -> Phrase? {
        guard !new.isEmpty else { return nil }
        let names = RecordNames(catalog)
        return new.map { Phrase("new since the sync: %s", $0.phrase.mappingTexts(names.spelledOut)) }.reduce(nil) { joined, next in
            joined.map { Phrase("%s · %s", $0, next) } ?? next
        }
    }

    /// Draw first, verify after: the checked store replaces the one drawn from the cache, then
    /// what the watcher saw meanwhile is applied on top of it.
    private func finishStartupCheck(_ outcome: StartupCheck.Outcome?) -> [Action] {
        // Without an outcome (the job ran twice, or not at all) the check is done here, so the
        // dashboard can never stay "checking…" with its writing keys held.
        guard let outcome = outcome ?? store.startupCheck()?.run() else { return [] }
        let change = store.finishStartupCheck(outcome)
        let batch = pending
        pending = WatchBatch()
        let later = store.apply(batch)
        let changedFiles = change?.changedPaths.count ?? 0
        var actions: [Action] = [.storeChecked(change == nil && later == nil ? nil : store.catalog, changedFiles: changedFiles)]
        if change != nil || later != nil { feed.refresh(store.catalog, storeRoot: store.root) }
        if let later { actions.append(.message(later.summary)) }
        return actions + (templatesChanged(batch).map { [$0] } ?? [])
    }
}

/// The start-up check between the background queue and the main thread. Each side takes what it
/// needs and leaves nothing behind: the hooks live as long as the dashboard, and the check's
/// records (tens of MB at 10,000 delegations) must not.
final class StartupCheckJob: @unchecked Sendable {
    private let lock = NSLock()
    private var check: StartupCheck?
    private var outcome: StartupCheck.Outcome?

    init(_ check: StartupCheck) { self.check = check }

    /// On the background queue.
    func run() {
        lock.lock()
        let check = self.check
        self.check = nil
        lock.unlock()
        guard let outcome = check?.run() else { return }
        lock.lock()
        self.outcome = outcome
        lock.unlock()
    }

    /// On the main thread, once `run` has returned.
    func takeOutcome() -> StartupCheck.Outcome? {
        lock.lock()
        defer { lock.unlock() }
        let taken = outcome
        outcome = nil
        return taken
    }
}

extension DashboardWiring {
    /// The letter templates again when the batch touched `templates/` (or the whole store was
    /// rescanned) and one of them reads differently: the preview uses them from the next frame.
    func templatesChanged(_ batch: WatchBatch) -> Action? {
        let prefix = StoreLayout.templatesFolder + "/"
        let paths = batch.paths.filter { $0.hasPrefix(prefix) }
        guard batch.needsRescan || !paths.isEmpty else { return nil }
        let texts = StoreTemplates.texts(root: store.root)
        let changed = Set(texts.keys).union(templates.keys).filter { texts[$0] != templates[$0] }
        guard !changed.isEmpty else { return nil }
        templates = texts
        let summary = changed.count == 1 ? Phrase("reloaded %s", prefix + changed.first!) : Phrase("reloaded %d letter templates", changed.count)
        return .templatesReplaced(texts, summary: summary)
    }

    /// Triage's writes and the editor; the calendar feed follows every change written.
    func performTriage(_ effect: Effect) -> [Action]? {
        let actions: [Action]?
        if case .openInEditor(let folder, let id) = effect {
            actions = EditorLauncher(store: store, environment: ProcessInfo.processInfo.environment).open(folder, id: id)
        } else if case .openFileInEditor(let path, let line) = effect {
            actions = EditorLauncher(store: store, environment: ProcessInfo.processInfo.environment).open(path: path, line: line)
        } else {
            actions = WriteRunner(store: store).perform(effect)
        }
        if let actions {
            feed.refresh(store.catalog, storeRoot: store.root)
            for step in WriteCommits.steps(in: actions) {
                commits?.commitInBackground(step)
                sync?.syncSoon()
            }
        }
        return actions
    }
}

/// Writes `export/visits.ics` off the main thread: at 10,000 delegations the export takes a few
/// hundred milliseconds, which must not delay a frame. Refreshes coalesce; the newest catalog wins.
final class FeedWriter: @unchecked Sendable {
    private let queue = DispatchQueue(label: "visitdesk.feed")
    private let lock = NSLock()
    /// The newest catalog to write, and the files changed since the last write when every change
    /// said which (nil: write whatever they were — the start, the dashboard's own writes).
    private var latest: (catalog: Catalog, root: String, changedPaths: [String]?)?

    /// - Parameter changedPaths: the files whose change brought `catalog`, when known. A burst
    ///   of changes the feed cannot show (`CalendarFeed.mayChange`, decided on the queue, not on
    ///   the frame's thread) writes nothing.
    func refresh(_ catalog: Catalog, storeRoot: String, changedPaths: [String]? = nil) {
        lock.lock()
        let queued = latest
        let paths = queued.map { earlier in earlier.changedPaths.flatMap { old in changedPaths.map { old + $0 } } } ?? changedPaths
        latest = (catalog, storeRoot, paths)
        lock.unlock()
        guard queued == nil else { return }
        // A second's delay takes the export (hundreds of ms at 10,000 delegations) out of the way
        // of the frame that shows the change, and folds a burst of changes into one write.
        queue.asyncAfter(deadline: .now() + 1) { [self] in writeLatest() }
    }

    /// Runs on the queue: takes the newest catalog, if any is still waiting, and writes it.
    private func writeLatest() {
        lock.lock()
        let job = latest
        latest = nil
        lock.unlock()
        guard let job, job.changedPaths.map({ CalendarFeed.mayChange(job.catalog, changedPaths: $0) }) ?? true else { return }
        if FileIO.isWritable(job.root) { CalendarFeed.write(job.catalog, storeRoot: job.root) }
    }

    /// Writes what is still waiting before the process exits.
    func wait() { queue.sync { writeLatest() } }
}
