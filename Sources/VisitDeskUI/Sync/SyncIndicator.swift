/// The shared store's sync state, always in the status bar (not only as a passing message): when
/// the shared repository was last reached, what waits to go (↑) or to come in (↓), offline,
/// conflicts. Words and arrows, never colour alone, so it reads the same under NO_COLOR; short
/// enough for 80 columns in every language. Filled by the executable from the sync's report.
public struct SyncIndicator: Sendable, Equatable {
    public enum Reach: Sendable, Equatable {
        /// The last sync reached the shared repository.
        case reached
        /// It could not: the network or the hub is away. Normal; the work goes on.
        case offline
        /// It stopped for another reason (a detached HEAD, files in the way): `S` says which.
        case stopped
    }

    public var reach: Reach
    /// Commits made here that the shared repository does not have yet.
    public var toSend: Int
    /// Commits that arrived but are not merged (a conflict holds them).
    public var toReceive: Int
    /// Files the last sync could not merge.
    public var conflicts: Int
    /// When the shared repository was last reached, as the home clock shows it ("14:02"); nil
    /// when it has not been in this session.
    public var lastSync: String?

    public init(reach: Reach, toSend: Int = 0, toReceive: Int = 0, conflicts: Int = 0, lastSync: String? = nil) {
        self.reach = reach
        self.toSend = toSend
        self.toReceive = toReceive
        self.conflicts = conflicts
        self.lastSync = lastSync
    }

    /// "synced 14:02", "offline since 14:02 ↑3", "2 conflicts (S) ↓1 ↑1", "sync stopped (S)".
    func text(_ l10n: Localization) -> String {
        let main: String
        if conflicts > 0 {
            main = l10n.plural(conflicts, "%d conflict (S)", "%d conflicts (S)")
        } else {
            switch reach {
            case .stopped: main = l10n.text("sync stopped (S)")
            case .offline: main = lastSync.map { l10n.format("offline since %s", $0) } ?? l10n.text("offline")
            case .reached: main = lastSync.map { l10n.format("synced %s", $0) } ?? l10n.text("synced")
            }
        }
        let arrows = [toReceive > 0 ? "↓\(toReceive)" : nil, toSend > 0 ? "↑\(toSend)" : nil].compactMap { $0 }
        return ([main] + arrows).joined(separator: " ")
    }

    /// Conflicts and a stopped sync want a person; offline and up to date are normal.
    var needsAttention: Bool { conflicts > 0 || reach == .stopped }
}
