import Foundation
import VisitDeskDomain

/// The schedule problems a background sync brought in ("new since the sync: host Erik Sjöberg
/// double-booked · Hebei Group and Shanxi Group"), found by comparing the schedule after each
/// reload with the one before the sync's first file reached the screen.
///
/// One reload is not enough to compare: a merge's files can reach the screen over several
/// reloads (git creates a file before it writes it, and on a loaded machine the watcher can see
/// the empty file first; a large merge spans more than one settle time), and a later reload must
/// neither miss what the earlier one could not yet see nor hide what it said. So the schedule
/// as it was before the sync is kept until that sync has finished and `grace` has passed (its
/// files are all on disk when it finishes; the grace covers the watcher and the settle time).
/// A problem the coordinator makes herself within that window is counted as the sync's.
public struct ScheduleNews {
    /// How long after its sync finished the window stays open.
    public static let grace: TimeInterval = 2

    private struct Window {
        var sync: Int
        let before: Set<ScheduleConflict>
        var said: [ScheduleConflict] = []
    }

    private var window: Window?

    public init() {}

    /// Whether reloads are being compared with the schedule before a sync.
    public var isOpen: Bool { window != nil }

    /// Before a reload applies its files. `progress` says which sync is bringing changes;
    /// `delegations` (the schedule on screen) is read only when a window opens.
    public mutating func beforeReload(_ delegations: @autoclosure () -> [Delegation], progress: BackgroundSync.Progress, now: Date) {
        if let open = window, progress.finished >= open.sync, let finishedAt = progress.finishedAt, now.timeIntervalSince(finishedAt) > Self.grace {
            window = nil
        }
        guard let incoming = progress.incoming else { return }
        if var open = window {
            // Another sync brought more while the window was open: wait for that one too.
            open.sync = max(open.sync, incoming)
            window = open
        } else {
            window = Window(sync: incoming, before: Set(ConflictFinder.conflicts(in: delegations())))
        }
    }

    /// After the reload: every problem the sync brought that is still there, oldest first
    /// (repeated while the window is open, so a later reload's message does not hide it).
    public mutating func afterReload(_ delegations: [Delegation]) -> [ScheduleConflict] {
        guard var open = window else { return [] }
        let now = ConflictFinder.conflicts(in: delegations)
        let present = Set(now)
        open.said = open.said.filter(present.contains)
        for conflict in now where !open.before.contains(conflict) && !open.said.contains(conflict) {
            open.said.append(conflict)
        }
        window = open
        return open.said
    }
}
