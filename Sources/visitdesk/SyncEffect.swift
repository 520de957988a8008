import Dispatch
import Foundation
import TOMLDocument
import VisitDeskDomain
import VisitDeskSharing
import VisitDeskUI

/// The conflict inbox's effects (`s` sync now, Enter settle) and the sync's reports to the
/// screen. Both run as background jobs (`StoreHooks.background`): the job waits for the git
/// queue to finish the sync and its report comes back through the session's inbox, so no key
/// waits for the network.
extension DashboardWiring {
    func syncJob(_ effect: Effect) -> (@Sendable () -> [Action])? {
        let start: @Sendable (BackgroundSync, @escaping @Sendable () -> Void) -> Void
        switch effect {
        case .syncNow:
            start = { sync, done in sync.syncNow(then: done) }
        case .settleSyncConflicts(let choices, let values):
            let sides = choices.compactMapValues { choice -> ConflictResolution? in
                switch choice {
                case .mine: .mine
                case .theirs: .theirs
                case .both: nil
                }
            }
            let both = Set(choices.filter { $0.value == .both }.keys)
            start = { sync, done in sync.settle(sides, keepBoth: both, values: values, then: done) }
        default:
            return nil
        }
        guard let sync else {
            return { [.say(Phrase("this store is not shared with a git remote: `visitdesk share init --remote URL` sets that up"))] }
        }
        return {
            let finished = DispatchSemaphore(value: 0)
            start(sync) { finished.signal() }
            finished.wait()
            _ = sync.takeStatusChange()
            return Self.report(sync)
        }
    }

    /// Once a minute: the sync's state and conflicts when they changed since the last report.
    /// A change back to "up to date" is not said: the status bar's indicator already shows
    /// "synced 14:02", and the passing message would replace one worth reading (a double booking
    /// the last merge brought, "new since the sync: …").
    func syncReportIfChanged() -> [Action] {
        guard let sync, sync.takeStatusChange() != nil else { return [] }
        let actions = Self.report(sync)
        guard sync.latestReport?.isUpToDate == true else { return actions }
        return actions.filter { if case .say = $0 { false } else { true } }
    }

    static func report(_ sync: BackgroundSync) -> [Action] {
        let conflicts = sync.conflicts.map(Self.inboxEntry)
        var actions: [Action] = [.syncReport(status: sync.status, conflicts: conflicts)]
        if let status = sync.status {
            actions.append(.say(conflicts.isEmpty ? Phrase("sync: %s", status) : Phrase("sync: %s (S to settle)", status)))
        }
        return actions
    }

    /// After every sync, at once (from the git queue): the status bar's indicator and the
    /// inbox's list. The passing message stays with the minute clock (`syncReportIfChanged`).
    static func connect(_ sync: BackgroundSync, timezone: String, post: @escaping @Sendable ([Action]) -> Void) {
        sync.onEachSync { [weak sync] in
            guard let sync, let report = sync.latestReport else { return }
            post([.syncIndicator(indicator(report, lastReached: sync.lastReached, timezone: timezone)),
                  .syncReport(status: report.summaryPhrase, conflicts: report.conflicts.map(inboxEntry))])
        }
    }

    static func indicator(_ report: SyncReport, lastReached: Date?, timezone: String) -> SyncIndicator {
        let reach: SyncIndicator.Reach = report.failure != nil ? .stopped : report.offline != nil ? .offline : .reached
        return SyncIndicator(
            reach: reach, toSend: report.waitingToSend, toReceive: report.waitingToReceive, conflicts: report.conflicts.count,
            lastSync: lastReached.map { clockTime($0, timezone: timezone) })
    }

    /// "14:02" on the store's home clock.
    static func clockTime(_ date: Date, timezone: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timezone) ?? .current
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    static func inboxEntry(_ conflict: FileConflict) -> SyncConflict {
        let show = { (value: TOMLValue?) in value.map(TOMLLiteral.text) ?? SyncConflict.removed }
        return SyncConflict(
            path: conflict.path, kind: conflict.kind,
            keys: conflict.keys.map { SyncConflict.Key(field: $0.field.description, mine: show($0.ours), theirs: show($0.theirs)) },
            mineAuthor: conflict.ourAuthor, theirAuthor: conflict.theirAuthor)
    }
}

extension DashboardWiring {
    /// `.loadArrivals`: what colleagues' commits changed in this session, read on the git queue.
    func arrivalsJob(_ effect: Effect) -> (@Sendable () -> [Action])? {
        guard case .loadArrivals = effect else { return nil }
        guard let sync else { return { [.arrivalsLoaded([])] } }
        return {
            let records = sync.arrivedChanges().map { arrived in
                ArrivedRecord(
                    path: arrived.path, author: arrived.change.author, when: arrived.change.shownDate, summary: arrived.change.summary,
                    changes: arrived.change.changes.map(\.line))
            }
            return [.arrivalsLoaded(records)]
        }
    }

    /// `.loadHistory`: git log of one record, after the commits queued before it (so the save
    /// just made is in it), off the main loop.
    func historyJob(_ effect: Effect) -> (@Sendable () -> [Action])? {
        guard case .loadHistory(let path) = effect else { return nil }
        guard let commits else { return { [.historyLoaded(path: path, nil)] } }
        let root = store.root
        return {
            let changes = commits.afterPendingCommits {
                (try? RecordHistory(git: GitRunner(directory: root, driverCommand: nil)).changes(of: path)) ?? []
            }
            let digest = HistoryDigest(changes)
            return [.historyLoaded(path: path, digest.map {
                RecordHistorySummary(lastChange: $0.lastChange, fields: $0.fields, changes: $0.changes, people: $0.people)
            })]
        }
    }
}
