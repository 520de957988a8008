import Foundation
import VisitDeskStore

/// One record changed by a colleague's commit that a sync brought in.
public struct ArrivedChange: Sendable {
    /// Relative to the store: `delegations/qingdao-bank.toml`.
    public var path: String
    public var change: RecordChange
}

/// What syncs brought in: each range is `our HEAD before the merge..their tip`, so the commits
/// listed are exactly the ones that arrived (ours are never in it). Read when asked for — the
/// list's key — not at every sync: two blob reads per record and commit would cost every sync
/// time for a list nobody may open.
public struct ArrivedChanges {
    let repository: GitRepository

    public init(git: GitRunner) { repository = GitRepository(git: git) }

    /// Newest commit first; within a commit, by path. `ranges` oldest first, as they arrived.
    public func read(_ ranges: [SyncReport.Arrival]) -> [ArrivedChange] {
        var seen: Set<String> = []
        var all: [ArrivedChange] = []
        for range in ranges.reversed() {
            for change in read(range) where seen.insert(change.change.commit + change.path).inserted { all.append(change) }
        }
        return all
    }

    private func read(_ range: SyncReport.Arrival) -> [ArrivedChange] {
        let format = "%x1e" + ["%H", "%an", "%ae", "%aI", "%ad", "%s"].joined(separator: "%x1f")
        let log = repository.git.run([
            "log", "--no-merges", "--no-renames", "--name-only", "--format=\(format)", "--date=format:%-d %b %Y %H:%M",
            "\(range.from)..\(range.to)", "--",
        ] + RecordKind.allCases.map(\.folder))
        guard log.succeeded else { return [] }
        var changes: [ArrivedChange] = []
        for entry in log.text.split(separator: "\u{1E}") {
            let lines = entry.split(separator: "\n").map(String.init)
            guard let head = lines.first else { continue }
            let parts = head.components(separatedBy: "\u{1F}")
            guard parts.count == 6 else { continue }
            for path in lines.dropFirst().sorted() where !path.isEmpty {
                let differences = RecordHistory.differences(before: repository.blob(parts[0] + "^1", path), after: repository.blob(parts[0], path))
                let change = RecordChange(
                    commit: parts[0], author: parts[1], email: parts[2], date: parts[3], shownDate: parts[4], summary: parts[5],
                    changes: differences)
                changes.append(ArrivedChange(path: path, change: change))
            }
        }
        return changes
    }
}
